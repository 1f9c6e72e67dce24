import { badgeOf, expect, openAnalysed, openPopup, routeSite, tabIdOf, test, waitForTabState } from './fixtures';

test('a fake shop without Impressum and with prepayment only gets a red badge and reasons', async ({ context, serviceWorker, extensionId, server }) => {
  const url = `${server.origin}/shops/fake-maskshop-de.html`;
  const { tabId } = await openAnalysed(context, serviceWorker, url);
  const badge = await badgeOf(serviceWorker, tabId);
  expect(badge.text).toBe('!!');
  expect(badge.title).toMatch(/high risk/i);

  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.getByTestId('traffic-light')).toHaveAttribute('data-level', 'high');
  await expect(popup.locator('[data-reason-id="impressum-missing"]')).toBeVisible();
  await expect(popup.locator('[data-reason-id="prepayment-only"]')).toContainText(/prepayment/i);
});

test('a proper shop on its real hostname shows no warning', async ({ context, serviceWorker, extensionId }) => {
  await routeSite(context, 'https://www.bergsport-huber.de', { '/trail-2': 'shops/proper-shop-de.html' });
  const page = await context.newPage();
  await page.goto('https://www.bergsport-huber.de/trail-2');
  const tabId = await tabIdOf(serviceWorker, 'https://www.bergsport-huber.de/trail-2');
  await waitForTabState(serviceWorker, tabId);
  expect((await badgeOf(serviceWorker, tabId)).text).toBe('OK');
  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.getByTestId('traffic-light')).toHaveAttribute('data-level', 'low');
  await expect(popup.locator('[data-reason-id]')).toHaveCount(0);
  await expect(popup.getByTestId('site')).toContainText('bergsport-huber.de');
});

test('a page that is not a shop gets no badge and says so in the popup', async ({ context, serviceWorker, extensionId, server }) => {
  const page = await context.newPage();
  const url = `${server.origin}/shops/blog-not-shop-en.html`;
  await page.goto(url);
  const tabId = await tabIdOf(serviceWorker, url);
  await waitForTabState(serviceWorker, tabId, 'not-shop');
  expect((await badgeOf(serviceWorker, tabId)).text).toBe('');
  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.getByTestId('state-not-shop')).toBeVisible();
});

test('leaving a risky shop for a site that sells nothing clears its badge', async ({ context, serviceWorker, server }) => {
  const url = `${server.origin}/shops/fake-maskshop-de.html`;
  const { page, tabId } = await openAnalysed(context, serviceWorker, url);
  await routeSite(context, 'https://walks.example.at', { '/autumn': 'shops/blog-not-shop-en.html' });
  await page.goto('https://walks.example.at/autumn');
  await waitForTabState(serviceWorker, tabId, 'not-shop');
  expect((await badgeOf(serviceWorker, tabId)).text).toBe('');
});

test('in-page (SPA) navigation is analysed again: the shop’s “about” page gets the shop’s verdict', async ({ context, serviceWorker, server }) => {
  const url = `${server.origin}/shops/fake-maskshop-de.html`;
  const { page, tabId } = await openAnalysed(context, serviceWorker, url);
  expect((await badgeOf(serviceWorker, tabId)).text).toBe('!!');
  // A single-page shop swaps its content and URL without a reload.
  await page.evaluate(() => {
    document.querySelectorAll('script[type="application/ld+json"]').forEach((s) => s.remove());
    document.body.innerHTML = '<article><h1>Our story</h1><p>We are a family business since 1921.</p></article>';
    history.pushState({}, '', '/about-us');
  });
  // Analysed anew as the page it now is; its site showed it sells, so the verdict is the site's.
  await expect.poll(() => serviceWorker.evaluate(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as { url?: string; pageType?: string } | undefined, tabId), { timeout: 15_000 }).toMatchObject({ url: `${server.origin}/about-us`, pageType: 'info' });
  expect((await badgeOf(serviceWorker, tabId)).text).toBe('!!');
});
