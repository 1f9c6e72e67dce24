/// <reference types="chrome" />
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { badgeOf, expect, openPopup, routeSite, tabIdOf, test, waitForTabState } from './fixtures';
import { csvOf, LIST_FIXTURE, listedHosts, openOptions, pressUpdateNow, serveWatchlist, updateNow } from './lists-helpers';

// Lists are our own files in Watchlist Internet's format (tests/fixtures/lists); its server is played by context.route.

test('a listed shop gets a red badge and the list reason, with a link to look it up', async ({ context, serviceWorker, extensionId }) => {
  await serveWatchlist(context, [{ body: LIST_FIXTURE, headers: { etag: '"v1"', 'last-modified': 'Tue, 24 Nov 2026 06:00:00 GMT' } }]);
  const options = await openOptions(context, extensionId);
  await pressUpdateNow(options);
  await expect(options.getByTestId('list-source').first()).toContainText('9 entries, list of 2026-11-24');

  // A page with no warning signs of its own, on a listed domain (www. of a listed entry).
  await routeSite(context, 'https://www.fahrrad-traum-outlet.shop', { '/produkt': 'shops/proper-shop-de.html' });
  const page = await context.newPage();
  await page.goto('https://www.fahrrad-traum-outlet.shop/produkt');
  const tabId = await tabIdOf(serviceWorker, page.url());
  await waitForTabState(serviceWorker, tabId);
  await expect.poll(async () => (await badgeOf(serviceWorker, tabId)).text).toBe('!!');

  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.getByTestId('traffic-light')).toHaveAttribute('data-level', 'high');
  const reason = popup.locator('[data-reason-id="listed-fraud"]');
  await expect(reason).toContainText('Listed by Watchlist Internet as a fraudulent shop (list of 2026-11-24)');
  await reason.locator('summary').click();
  await expect(reason).toContainText('category on the list: Betrügerische Shops');
  await expect(reason.getByTestId('listed-link')).toHaveAttribute('href', /watchlist-internet\.at\/liste-betruegerischer-shops\/\?tx_solr%5Bq%5D=fahrrad-traum-outlet\.shop$/);
});

test('the badge turns red from the address, before the page has finished loading', async ({ userDataDir }) => {
  // A local server under a listed name that sends half a page and holds the rest.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.write('<!doctype html><html lang="de"><head><title>Räder</title></head><body><h1>Fahrräder</h1>');
    void held.then(() => res.end('<p>Nur Vorkasse.</p></body></html>'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const { launchWithExtension, serviceWorkerOf } = await import('./fixtures');
  const context = await launchWithExtension(userDataDir, 'en', ['langsam-rad-outlet.shop']);
  try {
    const serviceWorker = await serviceWorkerOf(context);
    const extensionId = new URL(serviceWorker.url()).host;
    await serveWatchlist(context, [{ body: csvOf(['langsam-rad-outlet.shop']) }]);
    await updateNow(await openOptions(context, extensionId));

    const page = await context.newPage();
    const url = `http://langsam-rad-outlet.shop:${port}/rad`;
    await page.goto(url, { waitUntil: 'commit' });
    const tabId = await tabIdOf(serviceWorker, url);
    await expect.poll(async () => (await badgeOf(serviceWorker, tabId)).text).toBe('!!');
    // Still loading, and the result is the one made from the address: the content script has not reported yet.
    const early = await serviceWorker.evaluate(async (id) => ({
      status: (await chrome.tabs.get(id)).status,
      state: (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as { result: { level: string; reasons: Array<{ id: string }> } },
    }), tabId);
    expect(early.status).toBe('loading');
    expect(early.state.result.level).toBe('high');
    // The list first; the name's own reasons (read from the address in the background) come with it.
    expect(early.state.result.reasons.map((r) => r.id)).toEqual(['listed-fraud', 'domain-cheap-tld', 'domain-shop-words']);
    release();
    await page.waitForLoadState('load');
    await expect.poll(async () => (await badgeOf(serviceWorker, tabId)).text).toBe('!!');
  } finally {
    release();
    await context.close();
    server.closeAllConnections();
    server.close();
  }
});

test('an update replaces the list, asks with the validators it got, and a broken update keeps the old one', async ({ context, extensionId }) => {
  const requests = await serveWatchlist(context, [
    { body: csvOf(['alter-shop-eins.shop', 'alter-shop-zwei.shop']), headers: { etag: '"v1"' } },
    { body: csvOf(['neuer-shop-eins.shop', 'neuer-shop-zwei.shop', 'neuer-shop-drei.shop']), headers: { etag: '"v2"' } },
    { body: '<!DOCTYPE html><html><body>Wartungsarbeiten</body></html>' },
  ]);
  const options = await openOptions(context, extensionId);
  await updateNow(options);
  expect(await listedHosts(options, 'https://alter-shop-eins.shop/x')).toEqual(['alter-shop-eins.shop']);

  await updateNow(options);
  expect(requests[1]?.['if-none-match']).toBe('"v1"');
  expect(await listedHosts(options, 'alter-shop-eins.shop')).toEqual([]);
  expect(await listedHosts(options, 'shop.neuer-shop-drei.shop')).toEqual(['neuer-shop-drei.shop']);
  await expect(options.getByTestId('list-source').first()).toContainText('3 entries');

  await updateNow(options);
  await expect(options.getByTestId('list-problem')).toHaveText('The server sent a web page instead of a list. The list in use stays.');
  expect(await listedHosts(options, 'neuer-shop-eins.shop')).toEqual(['neuer-shop-eins.shop']);
  await expect(options.getByTestId('list-source').first()).toContainText('3 entries');
  // Nothing about the shopper goes with a download: no cookie, no referrer.
  for (const headers of requests) {
    expect(headers.cookie).toBeUndefined();
    expect(headers.referer).toBeUndefined();
  }
});
