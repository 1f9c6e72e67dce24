/**
 * Issue 17 in Chromium with the built extension: two fixture shops on different domains show the
 * same IBAN; the popup of the second names the first under "Connected to", and the options page
 * lists the connection and removes it.
 */
import { expect, openAnalysed, openPopup, routeSite, test } from './fixtures';

const FAKE = 'https://www.masken-discount24.de';
const SECOND = 'https://www.kuechen-outlet24.de';

test('two shops sharing an IBAN: the popup of the second names the first; the shopper can remove the connection', async ({ context, serviceWorker, extensionId }) => {
  await routeSite(context, FAKE, { '/kasse.html': 'fakeshop-checkout/kasse.html' });
  await routeSite(context, SECOND, { '/zahlung.html': 'connected-iban/zahlung.html' });

  await openAnalysed(context, serviceWorker, `${FAKE}/kasse.html`);
  const { tabId } = await openAnalysed(context, serviceWorker, `${SECOND}/zahlung.html`);

  const popup = await openPopup(context, extensionId, tabId);
  const connected = popup.getByTestId('connected-to');
  await expect(connected).toContainText('masken-discount24.de');
  await expect(connected).toContainText('same IBAN: LT12 … 1000');
  await expect(connected).toContainText('shows signs of fraud');
  await expect(popup.locator('[data-reason-id="connected-risky-site"]')).toContainText('Connected to masken-discount24.de');
  await expect(popup.getByTestId('traffic-light')).toHaveAttribute('data-level', 'high');

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  const list = options.getByTestId('connections');
  await expect(list).toContainText('kuechen-outlet24.de');
  await expect(list).toContainText('masken-discount24.de');
  await options.getByRole('button', { name: /Remove the connection between/ }).click();
  await expect(options.getByTestId('no-connections')).toBeVisible();

  // The next look at the second shop no longer names the first.
  await popup.getByTestId('recheck').click();
  await expect(popup.getByTestId('connected-to')).toHaveCount(0, { timeout: 15_000 });
});
