import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers';
import { describeRealPages, variantPath } from '../real-pages';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

/** `npm run -s check -- …` as a user runs it (same entry point, no npm banner). */
function check(...args: string[]) {
  const run = spawnSync(TSX, ['src/cli/check.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describeRealPages('CLI check on a variant of a real page', () => {
  it('prints one JSON object with the listing and its seller for a marketplace page', () => {
    const run = check(variantPath('kleinanzeigen-scam-ad-de.html'), '--url', 'https://www.kleinanzeigen.de/s-anzeige/iphone/3381091635-173-6431', '--json');
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as Record<string, unknown> & { marketplace: Record<string, unknown>; seller: Record<string, unknown>; reasons: Array<{ id: string }> };
    expect(json.marketplace).toMatchObject({ id: 'kleinanzeigen', pageKind: 'product', priceCents: 29900, unprotectedPayment: ['PayPal Freunde & Familie'] });
    expect(json.seller).toMatchObject({ name: 'Lena M.', id: '90000001', sellerType: 'private', trader: null });
    expect(json.reasons.map((r) => r.id)).toContain('marketplace-off-platform');
  }, 60_000);
});

describe('CLI check', () => {
  it('an unreadable file or a bad URL exits with 2 and a message on stderr', () => {
    const missing = check(path.join(FIXTURES, 'no-such-page.html'), '--url', 'https://shop.example.de/');
    expect(missing.status).toBe(2);
    expect(missing.stderr).not.toBe('');
    const badUrl = check(path.join(FIXTURES, 'pages/shops/fake-maskshop-de.html'), '--url', 'not a url');
    expect(badUrl.status).toBe(2);
    expect(badUrl.stderr).not.toBe('');
  }, 60_000);
});

describe('CLI session replay', () => {
  it('--session --json prints one object a line, the shape of check --json plus connections, each verdict as shown at that moment', () => {
    const run = check('--session', path.join(FIXTURES, 'sessions/iban-network.jsonl'), '--json');
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { url: string; pageType: string; level: string; reasons: Array<{ id: string; source: { path: string } | null }>; connections: Array<{ label: string; status: { ratedHigh: boolean }; shared: Array<{ kind: string; value: string }> }> });
    expect(lines.map((l) => [new URL(l.url).pathname, l.level])).toEqual([['/product.html', 'high'], ['/kasse.html', 'high'], ['/zahlung.html', 'high']]);
    expect(Object.keys(lines[2] ?? {})).toEqual(['url', 'pageType', 'score', 'level', 'kind', 'unchecked', 'marketplace', 'seller', 'reasons', 'connections']);
    expect(lines[1]?.reasons.find((r) => r.id === 'prices-too-good')?.source?.path).toBe('/product.html');
    expect(lines[2]?.connections).toMatchObject([{ label: 'masken-discount24.de', status: { ratedHigh: true }, shared: [{ kind: 'iban', value: 'LT12 … 1000' }] }]);
    expect(lines[2]?.reasons.map((r) => r.id)).toContain('connected-risky-site');
  }, 60_000);

  it('a session file that cannot be read, or a line without "file", exits with 2', () => {
    expect(check('--session', path.join(FIXTURES, 'sessions/no-such.jsonl')).status).toBe(2);
    const bad = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'shopwatch-session-')), 'bad.jsonl');
    fs.writeFileSync(bad, '{"url": "https://shop.example.de/"}\n');
    const run = check('--session', bad);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('needs "file" and "url"');
    fs.rmSync(path.dirname(bad), { recursive: true, force: true });
  }, 60_000);
});
