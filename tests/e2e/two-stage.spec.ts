/**
 * Issue 16: the sentinel runs everywhere and the full extractor is injected only on pages that may
 * sell. Issue 18: no file of the extension can be fetched by a page (no web-accessible resources).
 * Pages are served under opaque paths of one neutral host, so neither the address nor a known
 * marketplace host helps the sentinel: the page's markup has to.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { DIST, PAGES, expect, tabIdOf, test, waitForTabState } from './fixtures';
import { CORPUS_DIR, CORPUS_PRESENT } from '../../scripts/corpus-dir.mjs';

const HOST = 'https://pages.shopwatch.test';
const SHOP_FOLDERS = ['shops', 'amazon', 'ebay', 'fakeshop-checkout', 'goodshop-checkout', 'impressum-shop'];
const NOT_SHOPS = ['news/article-de.html', 'shops/blog-not-shop-en.html'];

/** Own fixture pages of a folder, as paths under tests/fixtures/pages. */
function pagesIn(folder: string): string[] {
  return fs.readdirSync(path.join(PAGES, folder)).filter((f) => /\.html(\.gz)?$/.test(f)).map((f) => path.join(PAGES, folder, f));
}

/** The saved real pages of the shared corpus (all product pages of shops and marketplaces), where present. */
function corpusPages(): string[] {
  if (!CORPUS_PRESENT) return [];
  const index = fs.readFileSync(path.join(CORPUS_DIR, 'index.jsonl'), 'utf8').split('\n').filter(Boolean);
  return index.map((line) => path.join(CORPUS_DIR, (JSON.parse(line) as { file: string }).file));
}

/** Serve each page file at `${HOST}/page-<n>`, gzipped ones unpacked; everything else is a 404. */
async function servePages(context: BrowserContext, files: string[]): Promise<string[]> {
  await context.route(`${HOST}/**`, (route) => {
    const index = /^\/page-(\d+)$/.exec(new URL(route.request().url()).pathname)?.[1];
    const file = index === undefined ? undefined : files[Number(index)];
    if (!file) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
    const raw = fs.readFileSync(file);
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: file.endsWith('.gz') ? zlib.gunzipSync(raw) : raw });
  });
  return files.map((_, i) => `${HOST}/page-${i}`);
}

/** Which of the extension's scripts the page has parsed (content scripts show up in the debugger too). */
async function watchExtensionScripts(page: Page, context: BrowserContext): Promise<{ cdp: CDPSession; parsed: string[] }> {
  const cdp = await context.newCDPSession(page);
  const parsed: string[] = [];
  cdp.on('Debugger.scriptParsed', (event) => {
    if (event.url.startsWith('chrome-extension://')) parsed.push(new URL(event.url).pathname);
  });
  await cdp.send('Debugger.enable');
  return { cdp, parsed };
}

test('the sentinel loads the full extractor on every shop and marketplace fixture and real page', async ({ context, serviceWorker }) => {
  test.setTimeout(400_000);
  const notShops = NOT_SHOPS.map((file) => path.join(PAGES, file));
  const files = [...SHOP_FOLDERS.flatMap(pagesIn).filter((file) => !notShops.includes(file)), ...corpusPages()];
  const urls = await servePages(context, files);
  const missed: string[] = [];
  for (const [i, url] of urls.entries()) {
    const page = await context.newPage();
    const { parsed } = await watchExtensionScripts(page, context);
    await page.goto(url);
    await expect.poll(() => parsed.includes('/content/extractor.js'), { timeout: 15_000 }).toBe(true).catch(() => missed.push(path.basename(files[i] ?? url)));
    expect(parsed).toContain('/content/sentinel.js');
    await page.close();
  }
  expect(files.length).toBeGreaterThan(30);
  expect(missed).toEqual([]);
  // …and it really analyses: a page's tab gets a result, not just a loaded script.
  const page = await context.newPage();
  await page.goto(urls[0] ?? '');
  await waitForTabState(serviceWorker, await tabIdOf(serviceWorker, urls[0] ?? ''));
});

test('a news article and a blog post get the sentinel only, never the extractor', async ({ context, serviceWorker }) => {
  const urls = await servePages(context, NOT_SHOPS.map((file) => path.join(PAGES, file)));
  for (const url of urls) {
    const page = await context.newPage();
    const { parsed } = await watchExtensionScripts(page, context);
    await page.goto(url);
    await waitForTabState(serviceWorker, await tabIdOf(serviceWorker, url), 'not-shop');
    expect(parsed).toEqual(['/content/sentinel.js']);
    await page.close();
  }
});

test('a page cannot fetch any file of the extension', async ({ context, extensionId, server }) => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(path.relative(DIST, full).split(path.sep).join('/'));
    }
  };
  walk(DIST);
  expect(files).toContain('content/extractor.js');
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  expect(manifest.web_accessible_resources).toBeUndefined();

  const page = await context.newPage();
  await page.goto(`${server.origin}/shops/fake-maskshop-de.html`);
  const readable = await page.evaluate(async ({ id, paths }) => {
    const results = await Promise.all(paths.map(async (p) => {
      try {
        const response = await fetch(`chrome-extension://${id}/${p}`);
        return response.ok ? p : null;
      } catch {
        return null; // blocked: what we want
      }
    }));
    return results.filter((p): p is string => p !== null);
  }, { id: extensionId, paths: files });
  expect(readable).toEqual([]);
});
