/// <reference types="chrome" />
import type { BrowserContext, Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { expect, ROOT } from './fixtures';

export const WATCHLIST_CSV = 'https://www.watchlist-internet.at/liste-betruegerischer-shops/csv/';
export const LIST_FIXTURE = fs.readFileSync(path.join(ROOT, 'tests/fixtures/lists/watchlist-sample.csv'), 'utf8');

/** A CSV in Watchlist Internet's published shape, listing our own invented domains. */
export const csvOf = (hosts: string[]) => hosts.map((h) => `"${h}";16.12.2025;"Betrügerische Shops"`).join('\r\n');

export interface ServedList {
  status?: number;
  body?: string;
  headers?: Record<string, string>;
}

/**
 * Play Watchlist Internet's server: each download gets the next queued answer (the last one
 * repeats). Records the request headers so tests can see what a download sends.
 */
export async function serveWatchlist(context: BrowserContext, answers: ServedList[]): Promise<Array<Record<string, string>>> {
  const seen: Array<Record<string, string>> = [];
  await context.route(`${WATCHLIST_CSV}**`, async (route) => {
    seen.push(await route.request().allHeaders());
    const answer = answers.length > 1 ? answers.shift()! : answers[0]!;
    await route.fulfill({ status: answer.status ?? 200, contentType: 'text/csv; charset=utf-8', headers: answer.headers ?? {}, body: answer.body ?? '' });
  });
  return seen;
}

export async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await expect(page.getByTestId('list-sources')).toBeVisible();
  return page;
}

/** Press "update now" on a freshly opened options page and wait until it says the lists were checked. */
export async function pressUpdateNow(options: Page): Promise<void> {
  await expect(options.getByTestId('options-status')).toHaveText('');
  await options.getByTestId('lists-update-now').click();
  await expect(options.getByTestId('options-status')).toHaveText('Lists checked.');
}

/** Run an update the way "update now" does and wait for it to finish; then show the options page anew. */
export async function updateNow(options: Page): Promise<void> {
  await options.evaluate(() => chrome.runtime.sendMessage({ type: 'lists/updateNow' }));
  await options.reload();
  await expect(options.getByTestId('list-sources')).toBeVisible();
}

/** What the background's lists say about an address, asked the way the check view asks. */
export async function listedHosts(page: Page, address: string): Promise<string[]> {
  return page.evaluate(async (a) => {
    const answer = (await chrome.runtime.sendMessage({ type: 'check/address', address: a })) as { check: { listing: { hits: Array<{ matched: string }> } } | null };
    return answer.check?.listing.hits.map((h) => h.matched) ?? [];
  }, address);
}
