/**
 * What the browser benchmark does with one page: fresh loads with a trace, 30 idle seconds, the
 * popup's first result, and the heap after same-document navigations.
 */
import type { CDPSession, Page } from '@playwright/test';
import { reportedExtraction, serveOnly, settledState, startTrace, stopTrace, tabIdOf, treeWalkerPassMs, type BenchBrowser } from './browser';
import type { BenchPage } from './pages';
import { summariseTrace, type TraceSummary } from './trace';

export interface LoadRun {
  trace: TraceSummary | null;
  /** The extension's own elapsedMs from its facts report; null when it did not analyse. */
  elapsedMs: number | null;
  status: string;
  treeWalkerMs: number | null;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One fresh load in a new tab, traced until the extension has settled (or 1.5 s after load without it). */
export async function tracedLoad(browser: BenchBrowser, page: BenchPage): Promise<LoadRun> {
  const url = new URL(page.url).href;
  await serveOnly(browser.context, url, page.html);
  const tab = await browser.context.newPage();
  const cdp = await startTrace(tab);
  await tab.goto(url, { waitUntil: 'load' });
  let status = 'no extension';
  let elapsedMs: number | null = null;
  if (browser.origin) {
    const tabId = await tabIdOf(browser.context, url);
    status = await settledState(browser.context, tabId, url);
    await pause(1000); // follow-ups (Impressum, seller profile) are aborted like every other request
    elapsedMs = (await reportedExtraction(browser.context, tabId))?.elapsedMs ?? null;
  } else {
    await pause(1500);
  }
  const trace = summariseTrace(await stopTrace(cdp), url, browser.origin);
  const treeWalkerMs = browser.origin ? null : await treeWalkerPassMs(tab);
  await tab.close();
  return { trace, elapsedMs, status, treeWalkerMs };
}

/** Load, let the extension settle, then trace `seconds` of nothing happening. */
export async function idleTime(browser: BenchBrowser, page: BenchPage, seconds: number): Promise<TraceSummary | null> {
  const url = new URL(page.url).href;
  await serveOnly(browser.context, url, page.html);
  const tab = await browser.context.newPage();
  await tab.goto(url, { waitUntil: 'load' });
  await settledState(browser.context, await tabIdOf(browser.context, url), url);
  await pause(1500);
  const cdp = await startTrace(tab);
  await pause(seconds * 1000);
  const trace = summariseTrace(await stopTrace(cdp), url, browser.origin);
  await tab.close();
  return trace;
}

/** ms from opening the popup (navigation start) to its first result in the DOM, for an analysed tab. */
export async function popupFirstResult(browser: BenchBrowser, page: BenchPage, runs: number): Promise<number[]> {
  const url = new URL(page.url).href;
  await serveOnly(browser.context, url, page.html);
  const tab = await browser.context.newPage();
  await tab.goto(url, { waitUntil: 'load' });
  const tabId = await tabIdOf(browser.context, url);
  await settledState(browser.context, tabId, url);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const popup = await browser.context.newPage();
    await popup.addInitScript(() => {
      const scope = window as unknown as { firstResultAt?: number };
      new MutationObserver((_records, observer) => {
        if (document.querySelector('[data-testid="traffic-light"], [data-testid="state-not-shop"]')) {
          scope.firstResultAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await popup.goto(`${browser.origin}src/popup/index.html?tabId=${tabId}`);
    await popup.waitForSelector('[data-testid="traffic-light"], [data-testid="state-not-shop"]');
    times.push(await popup.evaluate(() => (window as unknown as { firstResultAt?: number }).firstResultAt ?? NaN));
    await popup.close();
  }
  await tab.close();
  return times;
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** JS heap of the page's renderer after `checkpoints` same-document navigations (pushState), each analysed. */
export async function heapAfterNavigations(browser: BenchBrowser, page: BenchPage, checkpoints: number[]): Promise<Array<{ navigations: number; bytes: number }>> {
  const url = new URL(page.url).href;
  await serveOnly(browser.context, url, page.html);
  const tab: Page = await browser.context.newPage();
  await tab.goto(url, { waitUntil: 'load' });
  const tabId = await tabIdOf(browser.context, url);
  await settledState(browser.context, tabId, url);
  const cdp = await browser.context.newCDPSession(tab);
  const results: Array<{ navigations: number; bytes: number }> = [];
  for (let n = 1; n <= Math.max(...checkpoints); n++) {
    const next = new URL(url);
    next.searchParams.set('view', String(n));
    await tab.evaluate((href) => history.pushState({}, '', href), next.href);
    await settledState(browser.context, tabId, next.href);
    if (checkpoints.includes(n)) results.push({ navigations: n, bytes: await heapAfterGc(cdp) });
  }
  await tab.close();
  return results;
}
