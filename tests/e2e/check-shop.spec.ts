/// <reference types="chrome" />
import AxeBuilder from '@axe-core/playwright';
import { expect, openPopup, routeSite, tabIdOf, test } from './fixtures';
import { LIST_FIXTURE, openOptions, pressUpdateNow, serveWatchlist } from './lists-helpers';

// The context menu cannot be opened in headless Chromium, so the test fires the menu's onClicked
// event in the service worker (chrome.Event#dispatch) with what Chrome passes for a link.

test('"Check this shop" on a link opens the result in the popup layout; "read the shop" adds what its pages show', async ({ context, serviceWorker, extensionId }) => {
  await serveWatchlist(context, [{ body: LIST_FIXTURE, headers: { 'last-modified': 'Tue, 24 Nov 2026 06:00:00 GMT' } }]);
  await pressUpdateNow(await openOptions(context, extensionId));
  const fetched: string[] = [];
  context.on('request', (request) => {
    if (request.url().startsWith('https://fahrrad-traum-outlet.shop/')) fetched.push(new URL(request.url()).pathname);
  });
  await routeSite(context, 'https://fahrrad-traum-outlet.shop', { '/shop/product.html': 'impressum-shop/product.html', '/shop/impressum.html': 'impressum-shop/impressum.html' });

  const opened = context.waitForEvent('page');
  await serviceWorker.evaluate((linkUrl) => {
    (chrome.contextMenus.onClicked as unknown as { dispatch(info: unknown, tab: unknown): void }).dispatch({ menuItemId: 'shopwatch-check-link', linkUrl, editable: false }, undefined);
  }, 'https://fahrrad-traum-outlet.shop/shop/product.html?utm_source=ad');
  const view = await opened;
  expect(view.url()).toContain(`chrome-extension://${extensionId}/src/check/index.html?address=`);
  await expect(view.getByTestId('traffic-light')).toHaveAttribute('data-level', 'high');
  await expect(view.getByTestId('site')).toHaveText('Address: fahrrad-traum-outlet.shop');
  await expect(view.locator('[data-reason-id="listed-fraud"]')).toContainText('list of 2026-11-24');
  await expect(view.getByTestId('check-scope')).toContainText('the shop was not visited');
  expect(fetched).toEqual([]);

  await view.getByTestId('read-shop').click();
  await expect(view.getByTestId('check-scope')).toHaveText('Checked from the address, the shop’s page and its Impressum.');
  // The shop's own Impressum was read: its PO box is evidence now; the listing still makes it high.
  await expect(view.locator('[data-reason-id="impressum-incomplete"]')).toBeVisible();
  await expect(view.getByTestId('traffic-light')).toHaveAttribute('data-level', 'high');
  expect(fetched).toEqual(['/shop/product.html', '/shop/impressum.html']);
  expect((await new AxeBuilder({ page: view }).analyze()).violations.map((v) => v.id)).toEqual([]);
  await view.screenshot({ path: 'test-results/check-view.png', fullPage: true });
});

test('"Check an address" in the popup opens the check view; a bad address says so', async ({ context, serviceWorker, extensionId, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/shops/proper-shop-de.html`);
  const popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, page.url()));
  const opened = context.waitForEvent('page');
  await popup.getByTestId('check-address').fill('billig-sneaker-germany.de');
  await popup.getByTestId('check-address-go').click();
  const view = await opened;
  await expect(view.getByTestId('site')).toHaveText('Address: billig-sneaker-germany.de');
  await expect(view.getByTestId('traffic-light')).toBeVisible();

  await view.goto(`chrome-extension://${extensionId}/src/check/index.html?address=${encodeURIComponent('javascript:alert(1)')}`);
  await expect(view.getByTestId('check-invalid')).toContainText('is not a web address');
});
