/**
 * Issue 15, classes 1 and 2 in Chromium with the built extension: a shop's Impressum gets a
 * verdict of its own, and a product page visited afterwards is rated with the Impressum's evidence
 * (the site's evidence profile); the popup names the page each reason came from.
 */
import { badgeOf, expect, openAnalysed, openPopup, routeSite, test } from './fixtures';

const SHOP = 'https://www.polsterhaus-kuehn.de';
const PAGES = { '/impressum.html': 'profile-shop/impressum.html', '/product.html': 'profile-shop/product.html', '/kontakt.html': 'profile-shop/kontakt.html' };

test('an Impressum visited first: the product page is rated with its evidence and the popup names the page', async ({ context, serviceWorker, extensionId }) => {
  await routeSite(context, SHOP, PAGES);
  const requested: string[] = [];
  context.on('request', (request) => requested.push(request.url()));

  // A contact page without any shop evidence, before the site has shown it sells: no verdict.
  const { tabId: contactBefore } = await openAnalysed(context, serviceWorker, `${SHOP}/kontakt.html`, 'not-shop');
  expect((await badgeOf(serviceWorker, contactBefore)).text).toBe('');

  // The Impressum itself: a verdict from what it shows (failing VAT id, no street, malformed HRB, free-mail).
  const { tabId: impressumTab } = await openAnalysed(context, serviceWorker, `${SHOP}/impressum.html`);
  expect((await badgeOf(serviceWorker, impressumTab)).text).toBe('!!');
  const impressumPopup = await openPopup(context, extensionId, impressumTab);
  await expect(impressumPopup.locator('[data-reason-id="vat-id-invalid"]')).toContainText('DE283915446');
  await expect(impressumPopup.locator('[data-reason-id="impressum-incomplete"]')).toBeVisible();
  // Everything came from this very page: no source line is needed.
  await expect(impressumPopup.getByTestId('reason-source')).toHaveCount(0);

  // The product page alone shows nothing wrong; with the Impressum's evidence the shop is high risk.
  const { tabId: productTab } = await openAnalysed(context, serviceWorker, `${SHOP}/product.html`);
  expect((await badgeOf(serviceWorker, productTab)).text).toBe('!!');
  const popup = await openPopup(context, extensionId, productTab);
  const vat = popup.locator('[data-reason-id="vat-id-invalid"]');
  await expect(vat).toBeVisible();
  await expect(vat.getByTestId('reason-source')).toHaveText('seen on /impressum.html');
  await expect(popup.locator('[data-reason-id="contact-free-mail"]').getByTestId('reason-source')).toHaveText('seen on /impressum.html');

  // Now the site is known to sell: its contact page gets the site's verdict too.
  const { tabId: contactAfter } = await openAnalysed(context, serviceWorker, `${SHOP}/kontakt.html?again`);
  expect((await badgeOf(serviceWorker, contactAfter)).text).toBe('!!');

  // The Impressum was requested once, by the shopper's visit: the profile, not a second fetch, carried it.
  expect(requested.filter((u) => u.endsWith('/impressum.html'))).toHaveLength(1);
});
