/** Checks and set-ups shared by the UI specs: axe, injected popup states, the UI language. */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, tabIdOf, waitForTabState } from './fixtures';

export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${label}: ${v.id} (${v.nodes.length}) ${v.help}`)).toEqual([]);
}

/** Store a tab state as the background would, so the popup renders it. */
export async function setState(serviceWorker: Worker, tabId: number, state: unknown): Promise<void> {
  await serviceWorker.evaluate(async ([id, value]) => chrome.storage.session.set({ [`tab:${id as number}`]: value }), [tabId, state] as const);
}

export async function setLanguage(serviceWorker: Worker, language: 'de' | 'en'): Promise<void> {
  await serviceWorker.evaluate(async (lang) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object | undefined), language: lang } });
  }, language);
}

/** A served page whose content script has reported, so injected states are not overwritten. */
export async function quietTab(context: BrowserContext, serviceWorker: Worker, origin: string): Promise<number> {
  const page = await context.newPage();
  const url = `${origin}/shops/blog-not-shop-en.html`;
  await page.goto(url);
  const tabId = await tabIdOf(serviceWorker, url);
  await waitForTabState(serviceWorker, tabId, 'not-shop');
  return tabId;
}
