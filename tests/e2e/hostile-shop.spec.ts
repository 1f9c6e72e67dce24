/**
 * A hostile shop (issue #18): a fake shop that knows Shopwatch's code attacks the banner, floods
 * the background with forged messages and offers a "list of verified shops" to import. Each
 * attack must fail. The attack scripts are ours (tests/fixtures/pages/hostile-shop/).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { badgeOf, expect, openPopup, PAGES, test, siteProfileKeys } from './fixtures';
import { bannerText, onGuardShadow } from './guard-shadow';

const SHOP = 'https://www.masken-discount24.de';
const SITE = 'masken-discount24.de';

/** Serve the fake checkout shop; `attack` is appended to its checkout page (a script or a stylesheet). */
async function routeHostileShop(context: BrowserContext, attack: string | null): Promise<void> {
  await context.route(`${SHOP}/**`, async (route) => {
    const name = new URL(route.request().url()).pathname.slice(1);
    const file = path.join(PAGES, 'fakeshop-checkout', name);
    if (!/^[\w-]+\.html$/.test(name) || !fs.existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    let html = fs.readFileSync(file, 'utf8');
    if (attack && name === 'kasse.html') {
      const code = fs.readFileSync(path.join(PAGES, 'hostile-shop', attack), 'utf8');
      const tag = attack.endsWith('.css') ? `<style>${code}</style>` : `<script>${code}</script>`;
      html = html.replace('</body>', `${tag}</body>`);
    }
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
}

/** Product page first (the shop's history makes the checkout risky), then the checkout. */
async function openCheckout(context: BrowserContext, worker: Worker, attack: string | null): Promise<{ page: Page; tabId: number }> {
  await routeHostileShop(context, attack);
  const page = await context.newPage();
  await page.goto(`${SHOP}/product.html`);
  await expect.poll(() => siteProfileKeys(worker), { timeout: 15_000 }).toContain(SITE);
  await page.goto(`${SHOP}/kasse.html`);
  const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id ?? -1, `${SHOP}/kasse.html`);
  return { page, tabId };
}

/** The shopper's trust/suspicion marks, read from the extension's IndexedDB. */
function marksOf(worker: Worker): Promise<Array<{ site: string; mark: string }>> {
  return worker.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('shopwatch');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('marks').objectStore('marks').getAll();
          request.onsuccess = () => resolve(request.result as Array<{ site: string; mark: string }>);
        };
      }),
  );
}

const tamperOf = (worker: Worker, site: string) => worker.evaluate(async (key) => ((await chrome.storage.local.get(key))[key] as { how: string } | undefined)?.how ?? null, `tamper:${site}`);

test('clickjacking: a real click on the invisible banner’s trust button does not trust the shop', async ({ context, serviceWorker }) => {
  const { page, tabId } = await openCheckout(context, serviceWorker, 'clickjack.js');
  await expect.poll(() => page.evaluate(() => document.getElementById('lure') !== null)).toBe(true);
  await page.waitForTimeout(3000); // let the page do its worst, and Shopwatch answer it
  // One real click where the trust button is (if a banner is still there), else on the lure.
  const target = (await onGuardShadow<{ x: number; y: number }>(page, `function () { const r = this.querySelector('[data-action="trust"]').getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; }`)) ?? { x: 200, y: 120 };
  await page.mouse.click(target.x, target.y);
  await page.waitForTimeout(2000);
  expect(await marksOf(serviceWorker)).toEqual([]);
  // Restyling the banner is recorded as the shop hiding it.
  await expect.poll(() => tamperOf(serviceWorker, SITE), { timeout: 10_000 }).toBe('restyled');
  expect((await badgeOf(serviceWorker, tabId)).text).toBe('!!');
});

test('a page that removes the banner gets it back once, and it counts as a strong warning sign', async ({ context, serviceWorker, extensionId }) => {
  const { page, tabId } = await openCheckout(context, serviceWorker, 'remove-banner.js');
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.removedBanners ?? '0'), { timeout: 15_000 }).toBe('2');
  await page.waitForTimeout(3000);
  expect(await page.evaluate(() => document.documentElement.dataset.removedBanners)).toBe('2'); // re-inserted once, no fight
  await expect.poll(() => tamperOf(serviceWorker, SITE)).toBe('removed');
  // The warning is carried where the page cannot reach: badge, notification, popup.
  expect((await badgeOf(serviceWorker, tabId)).text).toBe('!!');
  const notifications = await serviceWorker.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
  expect(notifications).toContain(`shopwatch-guard-${tabId}`);
  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.locator('[data-reason-id="checkout-guard-hidden"]')).toContainText('hides Shopwatch');
});

test('the page’s own !important rules cannot hide, shrink or move the banner', async ({ context, serviceWorker }) => {
  const { page } = await openCheckout(context, serviceWorker, 'hide-banner.css');
  await expect.poll(() => bannerText(page), { timeout: 15_000 }).toContain('stop before you pay');
  const box = await page.evaluate(() => {
    const host = document.querySelector('[data-shopwatch-guard]') as HTMLElement;
    const style = getComputedStyle(host);
    const rect = host.getBoundingClientRect();
    return { display: style.display, opacity: style.opacity, height: rect.height, top: rect.top + scrollY };
  });
  expect(box).toMatchObject({ display: 'block', opacity: '1' });
  expect(box.height).toBeGreaterThan(80);
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.top).toBeLessThan(50);
});

test('forged messages from a content script about other sites change nothing, and a flood does not stop the extension', async ({ context, serviceWorker, extensionId }) => {
  await routeHostileShop(context, null);
  const page = await context.newPage();
  await page.goto(`${SHOP}/product.html`);
  const tabId = await serviceWorker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id ?? -1, `${SHOP}/product.html`);
  await expect.poll(() => serviceWorker.evaluate(async (key) => ((await chrome.storage.session.get(key))[key] as { status?: string } | undefined)?.status, `tab:${tabId}`), { timeout: 15_000 }).toBe('done');

  // Run code inside Shopwatch's own content-script world, as if the page had subverted it.
  const cdp = await context.newCDPSession(page);
  const worlds: Array<{ id: number; origin: string }> = [];
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => worlds.push({ id: c.id, origin: c.origin }));
  await cdp.send('Runtime.enable');
  await expect.poll(() => worlds.some((w) => w.origin.startsWith('chrome-extension://'))).toBe(true);
  const world = worlds.find((w) => w.origin.startsWith('chrome-extension://'));
  const forge = `(async () => {
    const send = (m) => chrome.runtime.sendMessage(m).catch(() => 'error');
    const facts = { url: 'https://victim-shop.de/p/1', host: 'victim-shop.de', lang: 'de', pageType: { pageType: 'product', shopEvidence: [] }, extraction: { elapsedMs: 1, truncated: false, failed: [] } };
    const forged = [
      { type: 'facts/report', facts },
      { type: 'facts/report', facts: { ...facts, url: location.href } },
      { type: 'analysis/started', url: 'https://victim-shop.de/p/1' },
      { type: 'analysis/failed', url: 'https://victim-shop.de/p/1', error: 'x' },
      { type: 'impressum/put', site: 'victim-shop.de', details: null },
      { type: 'impressum/get', site: 'victim-shop.de' },
      { type: 'seller/put', key: 'amazon:A1VICTIM00001', profile: null },
      { type: 'guard/trust', site: 'victim-shop.de' },
      { type: 'guard/trust', site: '${SITE}' },
      { type: 'guard/dismiss', site: 'victim-shop.de' },
      { type: 'guard/hidden', site: '${SITE}', how: 'removed' },
    ];
    const answers = [];
    for (const m of forged) answers.push(await send(m));
    await Promise.all(Array.from({ length: 400 }, (_, i) => send({ type: 'guard/trust', site: 'shop-' + i + '.de' })));
    await Promise.all(Array.from({ length: 200 }, (_, i) => send({ type: 'facts/report', facts: { ...facts, url: 'https://victim-' + i + '.de/', host: 'victim-' + i + '.de' } })));
    // A refused message gets no answer: the promise rejects ("port closed") or resolves to null.
    return answers.map((a) => a === undefined || a === null || a === 'error' ? 'ignored' : JSON.stringify(a));
  })()`;
  const { result } = await cdp.send('Runtime.evaluate', { expression: forge, contextId: world?.id, awaitPromise: true, returnByValue: true });
  expect(result.value).toEqual(Array(11).fill('ignored'));

  const stored = await serviceWorker.evaluate(async () => [...Object.keys(await chrome.storage.local.get(null)), ...Object.keys(await chrome.storage.session.get(null))]);
  expect(stored.filter((key) => /victim|shop-\d|trustAsk|tamper/.test(key))).toEqual([]);
  expect(await marksOf(serviceWorker)).toEqual([]);
  const history = await serviceWorker.evaluate(() => new Promise<string[]>((resolve) => {
    const open = indexedDB.open('shopwatch');
    open.onsuccess = () => {
      const request = open.result.transaction('history').objectStore('history').getAllKeys();
      request.onsuccess = () => resolve(request.result as string[]);
    };
  }));
  expect(history).toEqual([SITE]);
  // The tab still shows the shop's own result, and the popup still answers.
  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.getByTestId('site')).toContainText(SITE);
  await cdp.detach();
});

test('a huge import is refused unread, and trusted marks in an import are asked about first', async ({ context, extensionId }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shopwatch-import-'));
  const exportFile = (marks: Array<{ site: string; mark: string }>) => ({ format: 'shopwatch-export', version: 1, exportedAt: 1, history: [{ key: 'scam-shop.de', kind: 'shop', label: 'scam-shop.de', lastLevel: 'high', lastScore: 80, firstSeen: 1, lastSeen: 1, count: 1 }], reports: [], marks: marks.map((m) => ({ ...m, at: 1 })) });
  try {
    // A valid export padded past 50 MB: it would import fine if it were read.
    const huge = path.join(dir, 'verified-shops-huge.json');
    fs.writeFileSync(huge, JSON.stringify(exportFile([{ site: 'scam-shop.de', mark: 'trusted' }])));
    fs.appendFileSync(huge, ' '.repeat(51 * 1024 * 1024));
    const small = path.join(dir, 'verified-shops.json');
    fs.writeFileSync(small, JSON.stringify(exportFile([{ site: 'scam-shop.de', mark: 'trusted' }, { site: 'other-scam.de', mark: 'trusted' }, { site: 'dodgy.shop', mark: 'suspicious' }])));

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    await options.getByTestId('import-json').setInputFiles(huge);
    await expect(options.getByTestId('options-status')).toContainText('larger than 50 MB');
    await expect(options.getByTestId('history-list').locator('li')).toHaveCount(0);

    await options.getByTestId('import-json').setInputFiles(small);
    await expect(options.getByTestId('import-trusted-sites')).toHaveText(/scam-shop\.de\s*other-scam\.de/);
    await options.getByTestId('import-cancel').click();
    await expect(options.getByTestId('options-status')).toContainText('Nothing was changed');
    await expect(options.getByTestId('history-list').locator('li')).toHaveCount(0);

    await options.getByTestId('import-json').setInputFiles(small);
    await options.getByTestId('import-without-trusted').click();
    await expect(options.getByTestId('history-list')).toContainText('scam-shop.de');
    await expect(options.getByTestId('marked-sites')).toContainText('dodgy.shop');
    await expect(options.getByTestId('marked-sites')).not.toContainText('scam-shop.de');

    await options.getByTestId('import-json').setInputFiles(small);
    await options.getByTestId('import-with-trusted').click();
    await expect(options.getByTestId('marked-sites')).toContainText('scam-shop.de — trusted');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('follow-up reads never follow a redirect to another origin', async ({ context, serviceWorker }) => {
  // A followed redirect is a new request (Playwright's routes do not see it; the request event does).
  const tracked: string[] = [];
  context.on('request', (request) => {
    if (new URL(request.url()).hostname === 'tracker.example') tracked.push(request.url());
  });
  await context.route('https://www.redirect-shop.de/**', (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === '/impressum.html') return route.fulfill({ status: 302, headers: { location: 'https://tracker.example/collect?from=shopwatch' } });
    if (pathname !== '/product.html') return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fs.readFileSync(path.join(PAGES, 'impressum-shop/product.html')) });
  });
  const page = await context.newPage();
  await page.goto('https://www.redirect-shop.de/product.html');
  // The content script asks for the Impressum once the page is analysed; give it time to try.
  await expect.poll(() => serviceWorker.evaluate(async () => Object.keys(await chrome.storage.session.get(null)).some((k) => k.startsWith('impressum:redirect-shop.de'))), { timeout: 15_000 }).toBe(true);
  await page.waitForTimeout(2000);
  expect(tracked).toEqual([]);
});
