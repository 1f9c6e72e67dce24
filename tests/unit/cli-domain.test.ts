import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRdapServer, type RdapServer } from '../rdap-server';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

/** `npm run -s check -- …` as a user runs it; async, so the local RDAP server can answer meanwhile. */
function check(args: string[], env: Record<string, string> = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(TSX, ['src/cli/check.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

type Line = { url: string; pageType: string; level: string | null; score: number | null; reasons: Array<{ id: string; points: number; evidence: string[] }> };
const lines = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as Line);

let server: RdapServer;
let dir: string;
beforeAll(async () => {
  server = await startRdapServer();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shopwatch-cli-'));
});
afterAll(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('CLI check --domain-only', () => {
  it('judges one address without a page, in the same JSON shape as a page check', async () => {
    const run = await check(['--url', 'nike-outlet-deutschland.shop', '--domain-only', '--json']);
    expect(run.status).toBe(0);
    const [json] = lines(run.stdout);
    expect(Object.keys(json ?? {})).toEqual(['url', 'pageType', 'score', 'level', 'kind', 'unchecked', 'marketplace', 'seller', 'reasons']);
    expect(json).toMatchObject({ url: 'https://nike-outlet-deutschland.shop/', pageType: 'none', level: 'medium' });
    expect(json?.reasons.map((r) => r.id)).toEqual(['domain-brand', 'domain-cheap-tld']);
    expect(json?.reasons[0]?.evidence[0]).toContain('uses the brand Nike');
  }, 60_000);

  it('reads a file of addresses in one process: one JSON object a line, comments and blanks skipped', async () => {
    const file = path.join(dir, 'reported.txt');
    fs.writeFileSync(file, '# reported this week\nsalomon-osterreich.at\n\nhttps://www.bergfreunde.de/jacken/\nnot an address\nwww.kemarde.com\n');
    const run = await check(['--urls', file, '--domain-only', '--json'], { SHOPWATCH_RDAP_BOOTSTRAP: server.bootstrapUrl });
    expect(run.status).toBe(0);
    const out = lines(run.stdout);
    expect(out.map((l) => [l.url, l.level])).toEqual([
      ['https://salomon-osterreich.at/', 'medium'],
      ['https://www.bergfreunde.de/jacken/', 'low'],
      ['not an address', null],
      ['https://www.kemarde.com/', 'medium'],
    ]);
    expect(server.requests).toEqual([]); // no network without --rdap
  }, 60_000);

  it('with --rdap asks the registry (here: our local one) and adds the age', async () => {
    const run = await check(['--url', 'nike-outlet-deutschland.com', '--domain-only', '--json', '--rdap', '--now', '2026-11-25T12:00:00Z'], { SHOPWATCH_RDAP_BOOTSTRAP: server.bootstrapUrl });
    expect(run.status).toBe(0);
    const [json] = lines(run.stdout);
    expect(json?.reasons.find((r) => r.id === 'domain-new')).toMatchObject({ points: 35 });
    expect(json?.reasons.find((r) => r.id === 'domain-new')?.evidence[0]).toContain('registered on 2026-11-05 (20 days ago)');
    expect(server.requests).toEqual(['/dns.json', '/gtld/domain/nike-outlet-deutschland.com']);
  }, 60_000);

  it('uses lists only when given with --list: a Watchlist CSV by its categories, a plain list as fakes', async () => {
    const file = path.join(dir, 'addresses.txt');
    fs.writeFileSync(file, 'https://shop.fahrrad-traum-outlet.shop/x\nmoebel-lager-sale.com\n');
    const without = lines((await check(['--urls', file, '--domain-only', '--json'])).stdout);
    expect(without.flatMap((l) => l.reasons.map((r) => r.id)).filter((id) => id.startsWith('listed-'))).toEqual([]);
    const watchlist = path.join(ROOT, 'tests/fixtures/lists/watchlist-sample.csv');
    const withList = await check(['--urls', file, '--domain-only', '--json', '--list', watchlist]);
    expect(withList.status).toBe(0);
    expect(withList.stderr).toContain('lines rejected'); // the sample's broken lines are reported, not used
    const [fraud, problematic] = lines(withList.stdout);
    expect(fraud).toMatchObject({ level: 'high' });
    expect(fraud?.reasons[0]).toMatchObject({ id: 'listed-fraud' });
    expect(problematic?.reasons.map((r) => r.id)).toContain('listed-problematic');
    const plain = path.join(dir, 'my-list.txt');
    fs.writeFileSync(plain, 'moebel-lager-sale.com\n');
    expect(lines((await check(['--urls', file, '--domain-only', '--json', '--list', plain])).stdout)[1]?.reasons[0]).toMatchObject({ id: 'listed-user' });
  }, 90_000);

  it('prints a readable text result, and exits with 2 on a bad address or missing file', async () => {
    const text = await check(['--url', 'https://adiddas-outlet.de/', '--domain-only']);
    expect(text.stdout).toContain('Page type: none (domain only, the page was not read)');
    expect(text.stdout).toContain('“adiddas” is Adidas with one letter changed');
    expect((await check(['--url', 'not an address', '--domain-only'])).status).toBe(2);
    expect((await check(['--urls', path.join(dir, 'missing.txt'), '--domain-only'])).status).toBe(2);
  }, 60_000);
});
