/// <reference types="chrome" />
import type { BrowserContext } from '@playwright/test';
import { expect, openPopup, routeSite, tabIdOf, test, waitForTabState } from './fixtures';

/**
 * Issue #12 part 3 in the built extension: the domain-age lookup is off by default and then sends
 * nothing; switched on in the options, the page is scored again with the registry's date. IANA's
 * bootstrap file and the registry are played by context.route (our own answers; nothing leaves).
 */
const DAY = 24 * 60 * 60 * 1000;
const SHOP = 'https://www.nike-outlet-deutschland.com';

async function playRegistries(context: BrowserContext, registeredDaysAgo: number): Promise<string[]> {
  const asked: string[] = [];
  await context.route('https://data.iana.org/rdap/dns.json', async (route) => {
    asked.push(route.request().url());
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ services: [[['com'], ['https://rdap.registry.test/']]] }) });
  });
  await context.route('https://rdap.registry.test/**', async (route) => {
    asked.push(route.request().url());
    const registration = new Date(Date.now() - registeredDaysAgo * DAY).toISOString();
    await route.fulfill({ contentType: 'application/rdap+json', body: JSON.stringify({ objectClassName: 'domain', events: [{ eventAction: 'registration', eventDate: registration }] }) });
  });
  return asked;
}

async function reasonIds(serviceWorker: import('@playwright/test').Worker, tabId: number): Promise<string[]> {
  return serviceWorker.evaluate(async (id) => {
    const state = (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as { result?: { reasons: Array<{ id: string }> } } | undefined;
    return state?.result?.reasons.map((r) => r.id) ?? [];
  }, tabId);
}

test('off by default: a shop page makes no request to any registry', async ({ context, serviceWorker }) => {
  const asked = await playRegistries(context, 20);
  await routeSite(context, SHOP, { '/p': 'shops/fake-sneakers-en.html' });
  const page = await context.newPage();
  await page.goto(`${SHOP}/p`);
  const tabId = await tabIdOf(serviceWorker, page.url());
  await waitForTabState(serviceWorker, tabId);
  expect(await reasonIds(serviceWorker, tabId)).toContain('domain-brand');
  await page.waitForTimeout(1_000);
  expect(asked).toEqual([]);
  expect(await reasonIds(serviceWorker, tabId)).not.toContain('domain-new');
});

test('switched on in the options: the page is scored again with "registered 20 days ago"', async ({ context, serviceWorker, extensionId }) => {
  const asked = await playRegistries(context, 20);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await options.getByTestId('domain-age').check();
  await expect.poll(() => serviceWorker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { domainAge?: boolean } | undefined)?.domainAge)).toBe(true);

  await routeSite(context, SHOP, { '/p': 'shops/fake-sneakers-en.html' });
  const page = await context.newPage();
  await page.goto(`${SHOP}/p`);
  const tabId = await tabIdOf(serviceWorker, page.url());
  await expect.poll(() => reasonIds(serviceWorker, tabId), { timeout: 20_000 }).toContain('domain-new');
  expect(asked).toEqual(['https://data.iana.org/rdap/dns.json', 'https://rdap.registry.test/domain/nike-outlet-deutschland.com']);

  const popup = await openPopup(context, extensionId, tabId);
  const reason = popup.locator('[data-reason-id="domain-new"]');
  await expect(reason).toContainText('The domain was registered only 20 days ago');
  await reason.locator('summary').click();
  await expect(reason).toContainText('according to rdap.registry.test');
});
