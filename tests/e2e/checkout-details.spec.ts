/**
 * Banner details not covered by checkout.spec.ts. "details" opens the popup view (issue #8). Chromium supports
 * `action.openPopup()` even headless; the popup then is a CDP target of its own that Playwright
 * does not list as a page, so the test looks for it among the browser's targets. (The fallback —
 * the popup page in a new tab with ?tabId=<n> — runs only where openPopup is missing or rejects.)
 */
import type { Page } from '@playwright/test';
import { expect, routeSite, test } from './fixtures';
import { bannerText, clickBannerButton } from './guard-shadow';

const FAKE = 'https://www.masken-discount24.de';

async function popupTargets(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    return targetInfos.map((t) => t.url).filter((url) => url.includes('/src/popup/index.html'));
  } finally {
    await cdp.detach();
  }
}

test('“details” opens the popup view and leaves the banner in place', async ({ context }) => {
  await routeSite(context, FAKE, { '/product.html': 'fakeshop-checkout/product.html', '/kasse.html': 'fakeshop-checkout/kasse.html' });
  const page = await context.newPage();
  await page.goto(`${FAKE}/product.html`);
  await page.goto(`${FAKE}/kasse.html`);
  await expect.poll(() => bannerText(page), { timeout: 15_000 }).toContain('stop before you pay');
  expect(await popupTargets(page)).toEqual([]);

  await clickBannerButton(page, 'details');
  await expect.poll(() => popupTargets(page), { timeout: 10_000 }).toHaveLength(1);
  // Reading the details is not consent: the warning stays until dismissed or trusted.
  expect(await bannerText(page)).toContain('stop before you pay');
});

test('the banner speaks the language chosen in the options, not only the browser’s', async ({ context, serviceWorker }) => {
  // The browser runs in English (fixtures.ts); the shopper picked German in the options.
  await serviceWorker.evaluate(async () => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object | undefined), language: 'de' } });
  });
  await routeSite(context, FAKE, { '/kasse.html': 'fakeshop-checkout/kasse.html' });
  const page = await context.newPage();
  await page.goto(`${FAKE}/kasse.html`);
  await expect.poll(() => bannerText(page), { timeout: 15_000 }).toContain('Halt, bevor Sie bezahlen');
  expect(await bannerText(page)).not.toContain('stop before you pay');
});
