/**
 * Keep only what was promised (issue #18), in Chromium with the built extension: a pruning
 * schedule exists, old site records go when the history period changes and on "Delete history",
 * a report's screenshot leaves session storage once the report page has it, and a storage that
 * is really full is reported in the popup instead of failing silently.
 */
import type { Worker } from '@playwright/test';
import { expect, openAnalysed, openPopup, putSiteProfiles, siteProfileKeys, test } from './fixtures';

const DAY = 86_400_000;

const localKeys = (worker: Worker) => worker.evaluate(async () => Object.keys(await chrome.storage.local.get(null)).sort());

test('a pruning alarm is scheduled, and changing the history period removes site records past their time', async ({ context, serviceWorker, extensionId }) => {
  await expect.poll(() => serviceWorker.evaluate(async () => (await chrome.alarms.get('shopwatch-prune'))?.periodInMinutes ?? null)).toBe(360);
  const now = Date.now();
  await expect.poll(() => putSiteProfiles(serviceWorker, [{ key: 'old-shop.de', updatedAt: now - 40 * DAY }, { key: 'recent-shop.de', updatedAt: now - 2 * DAY }])).toBe(true);
  await serviceWorker.evaluate(async (day) => {
    await chrome.storage.local.set({ 'seller:amazon:A1HU50MU6HH3XH': { value: null, attempts: 1, storedAt: Date.now() - 2 * day } });
  }, DAY);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await options.getByRole('radio', { name: '90 days' }).check();
  await expect(options.getByTestId('options-status')).toContainText('Saved');
  await expect.poll(() => siteProfileKeys(serviceWorker)).toEqual(['recent-shop.de']);
  expect(await localKeys(serviceWorker)).not.toContain('seller:amazon:A1HU50MU6HH3XH');
});

test('“Delete history” also deletes what was remembered about the sites', async ({ context, serviceWorker, extensionId, server }) => {
  await openAnalysed(context, serviceWorker, `${server.origin}/shops/fake-maskshop-de.html`);
  await expect.poll(() => siteProfileKeys(serviceWorker)).toContain('127.0.0.1');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await expect(options.getByTestId('history-list')).toContainText('127.0.0.1');
  options.on('dialog', (dialog) => void dialog.accept());
  await options.getByRole('button', { name: 'Delete history' }).click();
  await expect(options.getByTestId('history-list').locator('li')).toHaveCount(0);
  await expect.poll(() => siteProfileKeys(serviceWorker)).not.toContain('127.0.0.1');
});

test('a report’s screenshot leaves session storage once the report page has it', async ({ context, serviceWorker, extensionId, server }) => {
  const { tabId } = await openAnalysed(context, serviceWorker, `${server.origin}/shops/fake-maskshop-de.html`);
  // A 1×1 JPEG, stored as report/start stores a capture.
  const image = 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=';
  await serviceWorker.evaluate(async ({ id, data }) => chrome.storage.session.set({ [`capture:${id}`]: { image: data, at: Date.now() } }), { id: tabId, data: image });
  const report = await context.newPage();
  await report.goto(`chrome-extension://${extensionId}/src/report/index.html?tabId=${tabId}`);
  await expect(report.getByText('Attach the screenshot')).toBeVisible();
  const left = await serviceWorker.evaluate(async () => Object.keys(await chrome.storage.session.get(null)).filter((k) => k.startsWith('capture:')));
  expect(left).toEqual([]);
});

test('a storage.local that is really full is reported in the popup', async ({ context, serviceWorker, extensionId, server }) => {
  // Fill chrome.storage.local up to its real quota (10 MB), with ever smaller items until none fits.
  const stored = await serviceWorker.evaluate(async () => {
    let bytes = 0;
    for (const size of [1_000_000, 100_000, 10_000, 1_000, 100]) {
      for (let i = 0; ; i++) {
        try {
          await chrome.storage.local.set({ [`filler-${size}-${i}`]: 'x'.repeat(size) });
          bytes += size;
        } catch {
          break;
        }
      }
    }
    return bytes;
  });
  expect(stored).toBeGreaterThan(9_000_000);
  const { tabId } = await openAnalysed(context, serviceWorker, `${server.origin}/shops/fake-maskshop-de.html`);
  // Site records live in IndexedDB now; a write to storage.local is a setting the shopper changes.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  // click, not check: the form may show the saved value again at once when the write fails.
  await options.getByRole('radio', { name: 'Strict' }).click();
  await expect(options.getByTestId('options-status')).toContainText('Could not save');
  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.getByTestId('storage-notice')).toBeVisible();
  await expect(popup.getByTestId('traffic-light')).toHaveAttribute('data-level', 'high');
});

test('a storage.session that is really full is reported in the popup', async ({ context, serviceWorker, extensionId, server }) => {
  await serviceWorker.evaluate(async () => {
    for (const size of [1_000_000, 100_000, 10_000, 1_000, 100]) {
      for (let i = 0; ; i++) {
        try {
          await chrome.storage.session.set({ [`filler-${size}-${i}`]: 'x'.repeat(size) });
        } catch {
          break;
        }
      }
    }
  });
  const page = await context.newPage();
  await page.goto(`${server.origin}/shops/fake-maskshop-de.html`);
  const tabId = await serviceWorker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id ?? -1, `${server.origin}/shops/fake-maskshop-de.html`);
  // The result cannot be stored, but the badge still shows it and the problem is said.
  await expect.poll(() => serviceWorker.evaluate(async (id) => chrome.action.getBadgeText({ tabId: id }), tabId), { timeout: 15_000 }).toBe('!!');
  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.getByTestId('storage-notice')).toBeVisible();
});
