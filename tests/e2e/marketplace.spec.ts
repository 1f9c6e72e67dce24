import fs from 'node:fs';
import path from 'node:path';
import { CORPUS_ABSENT_REASON, CORPUS_DIR, CORPUS_PRESENT, VARIANTS_DIR } from '../../scripts/corpus-dir.mjs';
import { expect, openPopup, PAGES, ROOT, tabIdOf, test } from './fixtures';

// These tests serve real pages of the shared corpus (never copied into the project) and a variant
// generated from one by the global set-up (scripts/make-variants.mjs).
test.skip(!CORPUS_PRESENT, CORPUS_ABSENT_REASON);

const LISTING = 'https://www.amazon.de/Kyocera-Klimaschutz-System-Ecosys-P3145dn-Laserdrucker/dp/B07TXRHFYS';

test('an amazon.de listing (saved real page) shows the seller and the trader details from the profile', async ({ context, serviceWorker, extensionId }) => {
  const listing = fs.readFileSync(path.join(CORPUS_DIR, 'pages/amazon-de-printer.html'));
  const requested: string[] = [];
  await context.route('https://www.amazon.de/**', (route) => {
    const url = new URL(route.request().url());
    requested.push(url.pathname);
    if (url.pathname.includes('/dp/')) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: listing });
    if (url.pathname === '/sp' && url.searchParams.get('seller') === 'AFHPKJP6PSK4G') {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fs.readFileSync(path.join(PAGES, 'amazon/seller-profile-complete-de.html')) });
    }
    return route.fulfill({ status: 404, body: '' });
  });
  const page = await context.newPage();
  await page.goto(LISTING);
  const tabId = await tabIdOf(serviceWorker, LISTING);
  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.getByTestId('seller-name')).toHaveText('Thorberg');
  await expect(popup.getByTestId('seller-business-name')).toHaveText('Thorberg GmbH', { timeout: 15_000 });
  await expect(popup.getByTestId('seller-section')).toContainText('DE811569869');
  await expect(popup.getByTestId('seller-country')).toHaveText('Germany');
  // The page's own "Andere Verkäufer auf Amazon" box: Amazon at 570,01 €.
  await expect(popup.getByTestId('seller-other-offers')).toHaveText('1 · €570.01');
  await popup.screenshot({ path: path.join(ROOT, 'test-results/screenshots/popup-amazon-en.png'), fullPage: true });
  await expect(popup.getByTestId('traffic-light')).not.toHaveAttribute('data-level', 'high');
  expect(requested.filter((p) => p === '/sp')).toHaveLength(1);
});

test('a kleinanzeigen.de ad (variant of a saved real ad) warns about a new account asking for PayPal friends & family; trust applies to that seller only', async ({ context, serviceWorker, extensionId }) => {
  // The account's "Aktiv seit" date is set to a week before today, so the test means the same on any day.
  const weekAgo = new Date(Date.now() - 7 * 86_400_000);
  const since = `${String(weekAgo.getDate()).padStart(2, '0')}.${String(weekAgo.getMonth() + 1).padStart(2, '0')}.${weekAgo.getFullYear()}`;
  const ad = fs.readFileSync(path.join(VARIANTS_DIR, 'kleinanzeigen-scam-ad-de.html'), 'utf8').replace('Aktiv seit 18.11.2026', `Aktiv seit ${since}`);
  const url = 'https://www.kleinanzeigen.de/s-anzeige/iphone-15-pro-256gb-neu-ovp/3381091635-173-6431';
  await context.route('https://www.kleinanzeigen.de/**', (route) =>
    new URL(route.request().url()).pathname.startsWith('/s-anzeige/') ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: ad }) : route.fulfill({ status: 404, body: '' }),
  );
  const page = await context.newPage();
  await page.goto(url);
  const popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, url));
  await expect(popup.getByTestId('seller-name')).toHaveText('Lena M.');
  await expect(popup.getByTestId('seller-member-since')).toHaveText(since);
  await expect(popup.getByTestId('seller-type')).toContainText('private person');
  await expect(popup.getByTestId('traffic-light')).toHaveAttribute('data-level', 'high');
  await expect(popup.getByText('PayPal Freunde & Familie').first()).toBeAttached();
  await popup.screenshot({ path: path.join(ROOT, 'test-results/screenshots/popup-kleinanzeigen-en.png'), fullPage: true });

  // Trusting this seller marks the seller, not the whole of kleinanzeigen.de.
  await popup.getByTestId('mark-trusted').click();
  await expect(popup.getByTestId('traffic-light')).toHaveAttribute('data-level', 'low');
  await expect(popup.getByTestId('mark-note')).toContainText('Other sellers here are still checked');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await expect(options.getByTestId('marked-sites')).toHaveText(/kleinanzeigen seller 90000001/);
  await expect(options.getByTestId('marked-sites')).not.toContainText('kleinanzeigen.de');
});

test('an ebay.com item (saved real page) shows the seller card and join date, and the profile adds the 12-month feedback', async ({ context, serviceWorker, extensionId }) => {
  const item = fs.readFileSync(path.join(CORPUS_DIR, 'pages/ebay-com-item-226771798286.html'));
  const requested: string[] = [];
  await context.route('https://www.ebay.com/**', (route) => {
    const { pathname } = new URL(route.request().url());
    requested.push(pathname);
    if (pathname === '/itm/226771798286') return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: item });
    if (pathname === '/usr/salomon0651') return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fs.readFileSync(path.join(PAGES, 'ebay/seller-profile-active-en.html')) });
    return route.fulfill({ status: 404, body: '' });
  });
  const url = 'https://www.ebay.com/itm/226771798286';
  const page = await context.newPage();
  await page.goto(url);
  const popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, url));
  await expect(popup.getByTestId('seller-name')).toHaveText('salomon0651');
  await expect(popup.getByTestId('seller-member-since')).toHaveText('Aug 2007');
  // Read from the profile, which the extension fetched in the background.
  await expect(popup.getByTestId('seller-ratings-12m')).toHaveText('41', { timeout: 15_000 });
  await expect(popup.getByTestId('seller-section')).toContainText('113 · 100 %');
  await expect(popup.getByTestId('seller-section')).toContainText('Paris, France');
  await expect(popup.getByTestId('traffic-light')).not.toHaveAttribute('data-level', 'high');
  expect(requested.filter((p) => p.startsWith('/usr/'))).toEqual(['/usr/salomon0651']);
});
