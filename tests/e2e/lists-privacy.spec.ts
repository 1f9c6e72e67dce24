/// <reference types="chrome" />
import { expect, openPopup, routeSite, tabIdOf, test, waitForTabState } from './fixtures';
import { csvOf, listedHosts, openOptions, serveWatchlist } from './lists-helpers';

test('with list updates off no request leaves the browser; switched on, the list is fetched', async ({ context, serviceWorker, extensionId, server }) => {
  // Every request of every page, and of the service worker, that is not for the local test server.
  const outside: string[] = [];
  const local = new URL(server.origin).host;
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (/^https?:$/.test(url.protocol) && url.host !== local) outside.push(request.url());
  });
  await serveWatchlist(context, [{ body: csvOf(['aus-liste-shop.shop', 'zweiter-shop.shop']) }]);
  await routeSite(context, 'https://aus-liste-shop.shop', { '/': 'shops/proper-shop-de.html' });

  // The first-run page explains the daily download, on by default, and switches it off.
  await expect.poll(() => context.pages().some((p) => p.url().includes('/src/welcome/index.html'))).toBe(true);
  const welcome = context.pages().find((p) => p.url().includes('/src/welcome/index.html'))!;
  const choice = welcome.getByTestId('choice-list-updates');
  await expect(choice).toBeChecked();
  await expect(welcome.locator('[data-choice="list-updates"]')).toContainText('nothing about the pages you visit');
  await choice.uncheck();
  await expect.poll(() => serviceWorker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { listUpdates?: boolean } | undefined)?.listUpdates)).toBe(false);

  const options = await openOptions(context, extensionId);
  await expect(options.getByTestId('list-updates')).not.toBeChecked();
  await expect(options.getByTestId('lists-update-now')).toBeDisabled();

  // A daily alarm left over from before must not fetch either.
  await serviceWorker.evaluate(() => chrome.alarms.create('lists/daily-update', { when: Date.now() + 100 }));
  // Adding a list by its address while updates are off only saves it.
  await options.getByTestId('list-url').fill(`${server.origin}/lists/own.txt`);
  await options.getByRole('button', { name: 'Add' }).click();
  await expect(options.getByTestId('options-status')).toHaveText('List saved; it is downloaded once list updates are on.');
  // Browsing, the popup and checking an address stay local.
  const page = await context.newPage();
  await page.goto(`${server.origin}/shops/fake-maskshop-de.html`);
  const tabId = await tabIdOf(serviceWorker, page.url());
  await waitForTabState(serviceWorker, tabId);
  await openPopup(context, extensionId, tabId);
  expect(await listedHosts(options, 'https://some-other-shop.shop/p/1')).toEqual([]);
  await options.waitForTimeout(1500);
  expect(outside).toEqual([]);

  await options.locator('#lists-title').scrollIntoViewIfNeeded();
  await options.screenshot({ path: 'test-results/options-lists.png', fullPage: true });

  // Positive control: the watcher sees the service worker's downloads. Switched on, the lists are fetched.
  await options.getByTestId('list-updates').check();
  await expect.poll(() => outside.filter((u) => u.startsWith('https://www.watchlist-internet.at/')).length).toBe(1);
  await expect.poll(() => listedHosts(options, 'aus-liste-shop.shop')).toEqual(['aus-liste-shop.shop']);
  // The list added by its address came from the local server with the same update.
  await expect.poll(() => listedHosts(options, 'www.eigene-liste-shop.shop')).toEqual(['eigene-liste-shop.shop']);
});
