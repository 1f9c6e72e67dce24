/// <reference types="chrome" />
/**
 * Playwright harness: Chromium with the built extension loaded, a local HTTP server for fixture
 * pages, and helpers to read a tab's badge and open the popup for a tab. No real network: every
 * foreign host resolves to NOTFOUND; "real" hostnames are served with context.route.
 */
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
// @ts-expect-error plain ESM helper shared with scripts/ensure-browsers.mjs
import { findChromium } from '../../scripts/find-browser.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const PAGES = path.join(ROOT, 'tests/fixtures/pages');
export const DIST = path.resolve(ROOT, process.env.SHOPWATCH_DIST ?? 'dist');

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml', '.css': 'text/css' };

/** Serve tests/fixtures/pages on 127.0.0.1 at a random port. */
async function startServer(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(PAGES, path.normalize(pathname).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(PAGES) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }) };
}

/** `mappedHosts` resolve to 127.0.0.1 (a local server that must answer under a real-looking name); all other hosts stay NOTFOUND. */
export async function launchWithExtension(userDataDir: string, locale = 'en', mappedHosts: string[] = []): Promise<BrowserContext> {
  const executablePath = findChromium() as string | null;
  if (!executablePath) throw new Error('No Chromium found: run `node scripts/ensure-browsers.mjs`');
  if (!fs.existsSync(path.join(DIST, 'manifest.json'))) throw new Error(`No built extension in ${DIST}: run npm run build`);
  return chromium.launchPersistentContext(userDataDir, {
    executablePath,
    locale,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${locale}`,
      `--host-resolver-rules=${mappedHosts.map((host) => `MAP ${host} 127.0.0.1 , `).join('')}MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1`,
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
    ],
  });
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  server: { origin: string };
  userDataDir: string;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  userDataDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shopwatch-e2e-'));
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },
  context: async ({ userDataDir }, use) => {
    const context = await launchWithExtension(userDataDir);
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => use(await serviceWorkerOf(context)),
  extensionId: async ({ serviceWorker }, use) => use(new URL(serviceWorker.url()).host),
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const server = await startServer();
    await use(server);
    await server.close();
  },
});
export const expect = test.expect;

/** Serve one fixture page under a real-looking origin (e.g. https://masken-discount24.de). */
export async function routeSite(context: BrowserContext, origin: string, files: Record<string, string>): Promise<void> {
  await context.route(`${origin}/**`, async (route) => {
    const pathname = new URL(route.request().url()).pathname;
    const file = files[pathname];
    if (!file) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fs.readFileSync(path.join(PAGES, file)) });
  });
}

/** The tab id Chrome gave the page, looked up by URL in the service worker (a tab still committing may only have a pendingUrl). */
export async function tabIdOf(serviceWorker: Worker, url: string): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    const id = await serviceWorker.evaluate(async (target) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === target || t.pendingUrl === target)?.id ?? null;
    }, url);
    if (id !== null) return id;
    if (attempt >= 50) throw new Error(`no tab for ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function badgeOf(serviceWorker: Worker, tabId: number): Promise<{ text: string; title: string }> {
  return serviceWorker.evaluate(async (id) => ({
    text: await chrome.action.getBadgeText({ tabId: id }),
    title: await chrome.action.getTitle({ tabId: id }),
  }), tabId);
}

/** Wait until the background holds a finished state for the tab (analysis is asynchronous). */
export async function waitForTabState(serviceWorker: Worker, tabId: number, status = 'done'): Promise<void> {
  await expect
    .poll(() => serviceWorker.evaluate(async (id) => {
      const stored = await chrome.storage.session.get(`tab:${id}`);
      return (stored[`tab:${id}`] as { status?: string } | undefined)?.status ?? null;
    }, tabId), { timeout: 15_000 })
    .toBe(status);
}

/** Open the popup for a tab in its own page (Chromium cannot open the real action popup headless). */
export async function openPopup(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=${tabId}`);
  return popup;
}

/** Open a served page in a new tab and wait until the background has analysed it. */
export async function openAnalysed(context: BrowserContext, serviceWorker: Worker, url: string, status = 'done'): Promise<{ page: Page; tabId: number }> {
  const page = await context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(serviceWorker, url);
  await waitForTabState(serviceWorker, tabId, status);
  return { page, tabId };
}

/**
 * The extension's site profiles (IndexedDB "shopwatch", store "siteProfiles"), read or written in
 * the service worker. A database that does not exist yet is not created here (the upgrade is aborted).
 */
export async function siteProfileKeys(worker: Worker): Promise<string[]> {
  return worker.evaluate(() => new Promise<string[]>((resolve) => {
    const open = indexedDB.open('shopwatch');
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => resolve([]);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('siteProfiles')) return resolve([]), db.close();
      const request = db.transaction('siteProfiles').objectStore('siteProfiles').getAllKeys();
      request.onsuccess = () => resolve((request.result as string[]).sort());
      request.onerror = () => resolve([]);
    };
  }));
}

/** Put site profiles (as the extension stores them); false while the extension has not created its database yet. */
export async function putSiteProfiles(worker: Worker, profiles: Array<{ key: string; updatedAt: number }>): Promise<boolean> {
  return worker.evaluate((list) => new Promise<boolean>((resolve) => {
    const open = indexedDB.open('shopwatch');
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => resolve(false);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('siteProfiles')) return resolve(false), db.close();
      const tx = db.transaction('siteProfiles', 'readwrite');
      for (const p of list) tx.objectStore('siteProfiles').put({ key: p.key, kind: 'shop', tld: 'de', updatedAt: p.updatedAt, pages: [] });
      tx.oncomplete = () => resolve(true);
      tx.onerror = () => resolve(false);
    };
  }), profiles);
}
