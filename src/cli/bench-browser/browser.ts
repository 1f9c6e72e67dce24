/**
 * Chromium for the browser benchmark: the system browser with or without the built extension, every
 * host but the benchmarked page unreachable, and small helpers that read the extension's state
 * through its service worker. Nothing here is part of the extension.
 */
/// <reference types="chrome" />
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from '@playwright/test';
import { TRACE_CATEGORIES, type TraceEvent } from './trace';

export interface BenchBrowser {
  context: BrowserContext;
  /** chrome-extension://<id>/ with the extension, null without. */
  origin: string | null;
  close(): Promise<void>;
}

export async function launch(executablePath: string, dist: string | null): Promise<BenchBrowser> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shopwatch-bench-'));
  const extensionArgs = dist ? [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`] : [];
  const context = await chromium.launchPersistentContext(dir, {
    executablePath,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1', ...extensionArgs],
  });
  let origin: string | null = null;
  if (dist) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    origin = `chrome-extension://${new URL(worker.url()).host}/`;
  }
  return { context, origin, close: async () => { await context.close(); fs.rmSync(dir, { recursive: true, force: true }); } };
}

/** Serve `html` at exactly `url`; every other web request is aborted (the extension's own files load). */
export async function serveOnly(context: BrowserContext, url: string, html: Buffer): Promise<void> {
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await context.route('**/*', (route) => {
    const requested = route.request().url();
    if (requested === url) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    return /^https?:/i.test(requested) ? route.abort() : route.continue();
  });
}

export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

export async function tabIdOf(context: BrowserContext, url: string): Promise<number> {
  return (await serviceWorker(context)).evaluate(async (target) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === target);
    if (tab?.id === undefined) throw new Error(`no tab for ${target}`);
    return tab.id;
  }, url);
}

/** Wait until the background has a final state (not "analysing") for the tab at `url`; returns its status. */
export async function settledState(context: BrowserContext, tabId: number, url: string, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = await (await serviceWorker(context)).evaluate(async ({ id, target }) => {
      const state = (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as { status?: string; url?: string } | undefined;
      return state && state.url === target && state.status !== 'analysing' ? state.status ?? null : null;
    }, { id: tabId, target: url });
    if (status) return status;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return 'timeout';
}

/**
 * The extension's own `elapsedMs` per tab: a second listener in the service worker keeps the last
 * facts/report's extraction record (it answers nothing, so the extension's handler is untouched).
 */
export async function watchReports(context: BrowserContext): Promise<void> {
  await (await serviceWorker(context)).evaluate(() => {
    const scope = globalThis as unknown as { benchExtraction?: Record<number, unknown> };
    if (scope.benchExtraction) return;
    scope.benchExtraction = {};
    chrome.runtime.onMessage.addListener((message: { type?: string; facts?: { extraction?: unknown } }, sender) => {
      if (message?.type === 'facts/report' && sender.tab?.id !== undefined) scope.benchExtraction![sender.tab.id] = message.facts?.extraction;
      return undefined;
    });
  });
}

export async function reportedExtraction(context: BrowserContext, tabId: number): Promise<{ elapsedMs: number; failed: string[] } | null> {
  return (await serviceWorker(context)).evaluate((id) => ((globalThis as unknown as { benchExtraction?: Record<number, { elapsedMs: number; failed: string[] }> }).benchExtraction?.[id] ?? null), tabId);
}

export async function startTrace(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReturnAsStream' });
  return cdp;
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<{ stream?: string }>((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  if (!stream) return [];
  const parts: string[] = [];
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    parts.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data);
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(parts.join('')) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/** One TreeWalker pass over the page's text nodes, as the extractor's collectText does: the floor of any text analysis (median of 3, ms). */
export async function treeWalkerPassMs(page: Page): Promise<number> {
  return page.evaluate(() => {
    const times: number[] = [];
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
      let chars = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += (node.nodeValue ?? '').trim().length;
      times.push(performance.now() - start + (chars < 0 ? 1 : 0));
    }
    return times.sort((a, b) => a - b)[1] ?? 0;
  });
}
