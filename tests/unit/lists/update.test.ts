import 'fake-indexeddb/auto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openListsDatabase } from '../../../src/background/lists/list-db';
import { lookupListing, readSource } from '../../../src/background/lists/list-store';
import { ensureDefaultSources, updateAll, updateSource } from '../../../src/background/lists/update-lists';
import { judgeDownload, listDateOf, MAX_LIST_BYTES } from '../../../src/background/lists/validate-download';
import { WATCHLIST_CSV_URL, WATCHLIST_SOURCE_ID } from '../../../src/shared/lists/list-records';

const FIXTURE = fs.readFileSync(path.resolve(import.meta.dirname, '../../fixtures/lists/watchlist-sample.csv'), 'utf8');
const csv = (hosts: string[]) => hosts.map((h) => `"${h}";01.02.2026;"Betrügerische Shops"`).join('\n');
const hosts = (n: number, prefix = 'fake-shop') => Array.from({ length: n }, (_, i) => `${prefix}-${i}.shop`);

describe('judging a download', () => {
  const ok = (text: string) => ({ status: 200, text, tooBig: false });

  it('accepts a whole list and keeps its rejected lines for the record', () => {
    const verdict = judgeDownload(ok(FIXTURE), 'watchlist-csv', 0);
    expect(verdict.outcome).toBe('replace');
    if (verdict.outcome === 'replace') expect(verdict.parsed.entries).toHaveLength(9);
  });

  it.each([
    ['304 Not Modified keeps the list', { status: 304, text: null, tooBig: false }, 100, { outcome: 'not-modified' }],
    ['a server error', { status: 500, text: 'oops', tooBig: false }, 100, { outcome: 'rejected', problem: 'http' }],
    ['too big', { status: 200, text: null, tooBig: true }, 100, { outcome: 'rejected', problem: 'too-big' }],
    ['empty', ok('  \r\n'), 100, { outcome: 'rejected', problem: 'empty' }],
    ['only a header', ok('"Domain";"Datum"\n'), 100, { outcome: 'rejected', problem: 'empty' }],
    ['an HTML error page', ok('<!DOCTYPE html><html><body>Wartung</body></html>'), 100, { outcome: 'rejected', problem: 'not-a-list' }],
    ['mostly not addresses (broken format)', ok('a shop;x\nanother shop;y\nthird one;z\nok-shop.de;1'), 0, { outcome: 'rejected', problem: 'mostly-invalid' }],
    ['shrunk by more than half', ok(csv(hosts(49))), 100, { outcome: 'rejected', problem: 'shrunk' }],
  ] as const)('rejects or keeps: %s', (_name, download, inUse, expected) => {
    expect(judgeDownload(download, 'watchlist-csv', inUse)).toEqual(expected);
  });

  it('accepts a list that shrank by exactly half or less', () => {
    expect(judgeDownload(ok(csv(hosts(50))), 'watchlist-csv', 100).outcome).toBe('replace');
  });

  it('dates the list by Last-Modified, else by the day it arrived (and never in the future)', () => {
    const now = Date.UTC(2026, 10, 25, 12);
    expect(listDateOf('Wed, 21 Oct 2026 07:28:00 GMT', now)).toBe('2026-10-21');
    expect(listDateOf(null, now)).toBe('2026-11-25');
    expect(listDateOf('garbage', now)).toBe('2026-11-25');
    expect(listDateOf('Wed, 21 Oct 2099 07:28:00 GMT', now)).toBe('2026-11-25');
  });
});

/** A fake server: answers with the queued responses and records the requests. */
function server(responses: Array<() => Response>) {
  const requests: Array<{ url: string; init: RequestInit | undefined }> = [];
  const fetchImpl = (async (url: string, init?: RequestInit) => {
    requests.push({ url, init });
    const next = responses.shift();
    if (!next) throw new TypeError('network down');
    return next();
  }) as unknown as typeof fetch;
  return { requests, fetchImpl };
}

let n = 0;
const freshDb = () => openListsDatabase(`lists-test-${++n}-${Date.now()}`);
const NOW = Date.UTC(2026, 10, 25, 12);

describe('updating the lists', () => {
  it('downloads Watchlist Internet’s list, stores it, and a listed host is found with its date', async () => {
    const db = await freshDb();
    const { requests, fetchImpl } = server([() => new Response(FIXTURE, { status: 200, headers: { etag: '"v1"', 'last-modified': 'Tue, 24 Nov 2026 06:00:00 GMT' } })]);
    const [source] = await updateAll(db, { now: NOW, fetchImpl });
    expect(source).toMatchObject({ id: WATCHLIST_SOURCE_ID, entryCount: 9, rejectedCount: 7, listDate: '2026-11-24', etag: '"v1"', problem: null });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.url).toBe(WATCHLIST_CSV_URL);
    expect(requests[0]?.init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer', headers: {} });
    const listing = await lookupListing(db, 'www.fahrrad-traum-outlet.shop');
    expect(listing).toEqual({ knownGood: false, hits: [{ source: 'watchlist', sourceLabel: '', severity: 'fraud', matched: 'fahrrad-traum-outlet.shop', listDate: '2026-11-24', listedOn: '2025-12-16', category: 'Betrügerische Shops' }] });
    expect((await lookupListing(db, 'moebel-lager-sale.com')).hits[0]?.severity).toBe('problematic');
    // A list line naming a known-good platform is not used.
    expect(await lookupListing(db, 'instagram.com')).toEqual({ hits: [], knownGood: true });
  });

  it('asks with the validators it got, and a 304 keeps the list (only the check time changes)', async () => {
    const db = await freshDb();
    const first = server([() => new Response(csv(hosts(10)), { status: 200, headers: { etag: '"v1"', 'last-modified': 'Tue, 24 Nov 2026 06:00:00 GMT' } })]);
    const [stored] = await updateAll(db, { now: NOW, fetchImpl: first.fetchImpl });
    const second = server([() => new Response(null, { status: 304 })]);
    const after = await updateSource(db, stored!, { now: NOW + 86_400_000, fetchImpl: second.fetchImpl });
    expect(second.requests[0]?.init?.headers).toEqual({ 'If-None-Match': '"v1"', 'If-Modified-Since': 'Tue, 24 Nov 2026 06:00:00 GMT' });
    expect(after).toMatchObject({ entryCount: 10, checkedAt: NOW + 86_400_000, fetchedAt: NOW, problem: null });
    expect((await lookupListing(db, 'fake-shop-3.shop')).hits).toHaveLength(1);
  });

  it.each([
    ['broken', () => new Response('<html>502 Bad Gateway</html>', { status: 200 }), 'not-a-list'],
    ['empty', () => new Response('', { status: 200 }), 'empty'],
    ['shrunken', () => new Response(csv(hosts(4, 'other')), { status: 200 }), 'shrunk'],
    ['too big (declared)', () => new Response('x', { status: 200, headers: { 'content-length': String(MAX_LIST_BYTES + 1) } }), 'too-big'],
    ['too big (streamed)', () => new Response(new Blob([new Uint8Array(MAX_LIST_BYTES + 10).fill(97)]).stream(), { status: 200 }), 'too-big'],
    ['a server error', () => new Response('no', { status: 503 }), 'http'],
  ] as const)('a %s download never replaces the list in use', async (_name, respond, problem) => {
    const db = await freshDb();
    const [stored] = await updateAll(db, { now: NOW, fetchImpl: server([() => new Response(csv(hosts(10)), { status: 200 })]).fetchImpl });
    const after = await updateSource(db, stored!, { now: NOW + 1, fetchImpl: server([respond]).fetchImpl });
    expect(after).toMatchObject({ problem, entryCount: 10, fetchedAt: NOW });
    expect((await lookupListing(db, 'fake-shop-9.shop')).hits).toHaveLength(1);
    expect((await lookupListing(db, 'other-0.shop')).hits).toHaveLength(0);
  });

  it('a network failure is noted and the list stays', async () => {
    const db = await freshDb();
    const [stored] = await updateAll(db, { now: NOW, fetchImpl: server([() => new Response(csv(hosts(3)), { status: 200 })]).fetchImpl });
    const after = await updateSource(db, stored!, { now: NOW + 1, fetchImpl: server([]).fetchImpl });
    expect(after).toMatchObject({ problem: 'network', entryCount: 3 });
    expect(await readSource(db, WATCHLIST_SOURCE_ID)).toMatchObject({ problem: 'network', entryCount: 3 });
  });

  it('a good update replaces the old entries entirely', async () => {
    const db = await freshDb();
    await ensureDefaultSources(db);
    const [stored] = await updateAll(db, { now: NOW, fetchImpl: server([() => new Response(csv(hosts(4, 'old')), { status: 200 })]).fetchImpl });
    await updateSource(db, stored!, { now: NOW + 1, fetchImpl: server([() => new Response(csv(hosts(5, 'new')), { status: 200 })]).fetchImpl });
    expect((await lookupListing(db, 'old-1.shop')).hits).toHaveLength(0);
    expect((await lookupListing(db, 'new-1.shop')).hits).toHaveLength(1);
  });
});
