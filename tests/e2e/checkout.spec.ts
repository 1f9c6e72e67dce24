import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, openPopup, routeSite, serviceWorkerOf, tabIdOf, test, waitForTabState } from './fixtures';
import { bannerText, clickBannerButton, exposeBannerForAxe, onGuardShadow } from './guard-shadow';

const FAKE = 'https://www.masken-discount24.de';
const GOOD = 'https://www.bergsport-huber.de';

async function shopFlow(context: BrowserContext, origin: string, dir: string, checkoutPath: string): Promise<Page> {
  await routeSite(context, origin, { '/product.html': `${dir}/product.html`, '/warenkorb.html': `${dir}/warenkorb.html`, [checkoutPath]: `${dir}${checkoutPath}` });
  const page = await context.newPage();
  await page.goto(`${origin}/product.html`);
  // The product page must be analysed (and be in the site's profile) before the checkout.
  await waitForTabState(await serviceWorkerOf(context), await tabIdOf(await serviceWorkerOf(context), `${origin}/product.html`));
  await page.goto(`${origin}${checkoutPath}`);
  return page;
}

const waitForBanner = (page: Page) => expect.poll(() => bannerText(page), { timeout: 15_000 });

test('a fake shop’s checkout (bank transfer only, private foreign IBAN) shows the banner with those reasons', async ({ context }) => {
  const page = await shopFlow(context, FAKE, 'fakeshop-checkout', '/kasse.html');
  await waitForBanner(page).toContain('stop before you pay');
  const text = (await bannerText(page)) ?? '';
  expect(text).toContain('Payment methods advertised by the shop');
  expect(text).toMatch(/account in another country \(LT\)|not the shop’s company \(Jonas Petraitis\)/);
  // The order button stays visible and clickable: the banner sits in the flow above the page.
  const order = page.getByRole('button', { name: 'Zahlungspflichtig bestellen' });
  await expect(order).toBeVisible();
  await order.click({ trial: true });

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await exposeBannerForAxe(page);
    const results = await new AxeBuilder({ page }).include('#shopwatch-banner-axe-copy').analyze();
    expect(results.violations.map((v) => `${colorScheme}: ${v.id} ${v.help}`)).toEqual([]);
    await page.evaluate(() => document.getElementById('shopwatch-banner-axe-copy')?.remove());
  }
});

test('dismiss hides the banner for this visit; “I trust this shop” removes it for good', async ({ context }) => {
  const page = await shopFlow(context, FAKE, 'fakeshop-checkout', '/kasse.html');
  await waitForBanner(page).toContain('stop before you pay');
  await clickBannerButton(page, 'dismiss');
  expect(await bannerText(page)).toBeNull();
  await page.reload();
  await page.waitForTimeout(1500);
  expect(await bannerText(page)).toBeNull(); // dismissed for this tab and shop

  const second = await context.newPage();
  await second.goto(`${FAKE}/kasse.html`);
  await waitForBanner(second).toContain('stop before you pay'); // another visit warns again
  // "I trust this shop" in the page only asks: the popup (extension UI) confirms.
  await clickBannerButton(second, 'trust');
  const worker = await serviceWorkerOf(context);
  // Two tabs show the checkout now; the newest is `second`.
  const tabId = await worker.evaluate(async (url) => Math.max(...(await chrome.tabs.query({ url })).map((t) => t.id ?? -1)), `${FAKE}/kasse.html`);
  await expect.poll(() => worker.evaluate(async (id) => (await chrome.storage.session.get(`trustAsk:${id}`))[`trustAsk:${id}`] ?? null, tabId)).toBe('masken-discount24.de');
  expect(await bannerText(second)).toContain('stop before you pay'); // nothing trusted yet
  const popup = await openPopup(context, new URL(worker.url()).host, tabId);
  await expect(popup.getByTestId('trust-question')).toContainText('masken-discount24.de');
  await popup.getByTestId('trust-confirm').click();
  await expect.poll(() => bannerText(second), { timeout: 15_000 }).toBeNull();
  const third = await context.newPage();
  await third.goto(`${FAKE}/kasse.html`);
  await third.waitForTimeout(1500);
  expect(await bannerText(third)).toBeNull();
  const extensionId = new URL(context.serviceWorkers()[0]?.url() ?? '').host;
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await expect(options.getByTestId('marked-sites')).toHaveText(/masken-discount24\.de — trusted/);
});

test('a page script cannot press the banner’s buttons', async ({ context }) => {
  const page = await shopFlow(context, FAKE, 'fakeshop-checkout', '/kasse.html');
  await waitForBanner(page).toContain('stop before you pay');
  // Synthetic (untrusted) clicks, as a shop's own script could send, are ignored.
  await onGuardShadow(page, 'function () { this.querySelector(\'[data-action="trust"]\').click(); return true; }');
  await page.waitForTimeout(500);
  expect(await bannerText(page)).toContain('stop before you pay');
});

test('a proper shop’s checkout shows no banner', async ({ context }) => {
  const page = await shopFlow(context, GOOD, 'goodshop-checkout', '/checkout.html');
  await expect.poll(() => context.serviceWorkers()[0]?.evaluate(async () => Object.values(await chrome.storage.session.get(null)).some((v) => (v as { pageType?: string }).pageType === 'checkout')), { timeout: 15_000 }).toBe(true);
  expect(await bannerText(page)).toBeNull();
});

test('page-derived text in the banner stays text', async ({ context }) => {
  const page = await shopFlow(context, FAKE, 'fakeshop-checkout', '/kasse-hostile.html');
  // The account holder is a (made-up) Lithuanian company whose name carries markup: the banner names it as text.
  await waitForBanner(page).toContain('UAB <img src=x onerror=alert(1)>Jonas');
  expect(await onGuardShadow<number>(page, 'function () { return this.querySelectorAll("img, script").length; }')).toBe(0);
});
