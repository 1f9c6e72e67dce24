import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { expect, openPopup, PAGES, ROOT, tabIdOf, test } from './fixtures';

const LISTING = 'https://www.amazon.de/Kyocera-Klimaschutz-System-Ecosys-P3145dn-Laserdrucker/dp/B07TXRHFYS';

test('an amazon.de listing (saved real page) shows the seller and the trader details from the profile', async ({ context, serviceWorker, extensionId }) => {
  const listing = zlib.gunzipSync(fs.readFileSync(path.join(ROOT, 'tests/fixtures/corpus/pages/amazon-de-printer.html.gz')));
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
  await expect(popup.getByTestId('traffic-light')).not.toHaveAttribute('data-level', 'high');
  expect(requested.filter((p) => p === '/sp')).toHaveLength(1);
});
