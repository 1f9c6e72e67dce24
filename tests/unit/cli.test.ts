import { spawnSync } from 'node:child_process';
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
