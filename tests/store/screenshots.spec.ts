/**
 * Store screenshots at 1280×800, made from real states of the built extension: the shop page as
 * the shopper sees it, with the popup (rendered for that tab) where the browser would open it.
 * `npm run screenshots` writes store/screenshots/<n>-<state>-<lang>.png for de and en.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { CORPUS_DIR, CORPUS_PRESENT } from '../../scripts/corpus-dir.mjs';
import { expect, openPopup, PAGES, ROOT, routeSite, tabIdOf, test, waitForTabState } from '../e2e/fixtures';
import { setLanguage } from '../e2e/ui-checks';

const OUT = path.join(ROOT, 'store/screenshots');
const SIZE = { width: 1280, height: 800 };

/** The page, and the popup placed under the toolbar icon as Chrome shows it. */
async function compose(context: BrowserContext, page: Page, popup: Page | null, file: string): Promise<void> {
  const shot = (await page.screenshot()).toString('base64');
  let overlay = '';
  if (popup) {
    const height = Math.min(760, await popup.evaluate(() => document.documentElement.scrollHeight));
    await popup.setViewportSize({ width: 380, height });
    overlay = `<img class="popup" src="data:image/png;base64,${(await popup.screenshot()).toString('base64')}">`;
  }
  const canvas = await context.newPage();
  await canvas.setViewportSize(SIZE);
  await canvas.setContent(`<style>body{margin:0;width:1280px;height:800px;overflow:hidden;background:#fff}
    .page{position:absolute;inset:0;width:1280px;height:800px}
    .popup{position:absolute;top:8px;right:16px;border-radius:8px;box-shadow:0 4px 24px rgba(0,0,0,.35);border:1px solid #c4c4ce}</style>
    <img class="page" src="data:image/png;base64,${shot}">${overlay}`);
  await canvas.screenshot({ path: path.join(OUT, file) });
  await canvas.close();
}

async function shopPage(context: BrowserContext, serviceWorker: Worker, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await context.newPage();
  await page.setViewportSize(SIZE);
  await page.goto(url);
  const tabId = await tabIdOf(serviceWorker, url);
  await waitForTabState(serviceWorker, tabId, 'done');
  return { page, tabId };
}

for (const language of ['en', 'de'] as const) {
  test(`store screenshots (${language})`, async ({ context, serviceWorker, extensionId }) => {
    fs.mkdirSync(OUT, { recursive: true });
    await setLanguage(serviceWorker, language);
    await context.route('https://www.masken-discount24.de/**', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: fs.readFileSync(path.join(PAGES, 'shops/fake-maskshop-de.html')) }));

    // 1. A fake shop rated high.
    const fake = await shopPage(context, serviceWorker, 'https://www.masken-discount24.de/p/ffp2');
    const popup = await openPopup(context, extensionId, fake.tabId);
    await expect(popup.getByTestId('traffic-light')).toHaveAttribute('data-level', 'high');
    await popup.locator('details').first().evaluate((el) => el.setAttribute('open', ''));
    await compose(context, fake.page, popup, `1-fake-shop-${language}.png`);

    // 2. A marketplace seller (a real amazon.de page of the shared corpus, our seller profile).
    if (CORPUS_PRESENT) {
      const listing = 'https://www.amazon.de/Kyocera-Klimaschutz-System-Ecosys-P3145dn-Laserdrucker/dp/B07TXRHFYS';
      await context.route('https://www.amazon.de/**', (route) => {
        const url = new URL(route.request().url());
        if (url.pathname.includes('/dp/')) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: fs.readFileSync(path.join(CORPUS_DIR, 'pages/amazon-de-printer.html')) });
        if (url.pathname === '/sp') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: fs.readFileSync(path.join(PAGES, 'amazon/seller-profile-complete-de.html')) });
        return route.fulfill({ status: 404, body: '' });
      });
      const seller = await shopPage(context, serviceWorker, listing);
      const sellerPopup = await openPopup(context, extensionId, seller.tabId);
      await expect(sellerPopup.getByTestId('seller-business-name')).toHaveText('Thorberg GmbH');
      await compose(context, seller.page, sellerPopup, `2-marketplace-seller-${language}.png`);
    }

    // 3. The checkout banner of a fake shop.
    const FAKE = 'https://www.fake-checkout-shop.de';
    await routeSite(context, FAKE, { '/product.html': 'fakeshop-checkout/product.html', '/warenkorb.html': 'fakeshop-checkout/warenkorb.html', '/kasse.html': 'fakeshop-checkout/kasse.html' });
    const product = await shopPage(context, serviceWorker, `${FAKE}/product.html`);
    await product.page.goto(`${FAKE}/kasse.html`);
    await expect.poll(() => product.page.evaluate(() => Boolean(document.querySelector('[data-shopwatch-guard]'))), { timeout: 15_000 }).toBe(true);
    await product.page.waitForTimeout(300);
    await compose(context, product.page, null, `3-checkout-warning-${language}.png`);

    // 4. The report page, prefilled from the fake shop's result.
    await popup.reload();
    const [report] = await Promise.all([context.waitForEvent('page'), popup.getByTestId('report-start').click()]);
    await report.setViewportSize(SIZE);
    await report.waitForLoadState();
    await expect(report.locator('main')).not.toBeEmpty();
    await report.screenshot({ path: path.join(OUT, `4-report-${language}.png`) });

    // 5. The options page.
    const options = await context.newPage();
    await options.setViewportSize(SIZE);
    await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    await expect(options.locator('main')).not.toBeEmpty();
    await options.screenshot({ path: path.join(OUT, `5-options-${language}.png`) });
  });
}
