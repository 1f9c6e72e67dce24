#!/usr/bin/env node
// Firefox smoke test over WebDriver BiDi (Playwright cannot drive Debian's firefox-esr):
// install dist-firefox as a temporary add-on, open a local fake-shop page, and check that the
// content script's facts reached the background and the popup shows a high risk for that tab.
// Also: a single-page step is followed, a news article is left alone, no add-on file is readable
// by a page (issues 16, 18). Prints "N passed, N failed", exits non-zero on failure. Needs node --experimental-websocket.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findFirefox } from '../../scripts/find-browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.resolve(ROOT, process.env.SHOPWATCH_FIREFOX_DIST ?? 'dist-firefox');
const ADDON_ID = JSON.parse(fs.readFileSync(path.join(DIST, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
const UUID = '5e7a1c2b-0d4f-4c3e-9a61-5d0c8a7b3f21'; // fixed so the test knows the moz-extension:// origin
const deadline = Date.now() + 90_000;

function serve() {
  const server = http.createServer((req, res) => {
    const file = path.join(ROOT, 'tests/fixtures/pages', path.normalize(new URL(req.url, 'http://x').pathname));
    if (!file.startsWith(path.join(ROOT, 'tests/fixtures/pages')) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function startFirefox(profile) {
  fs.writeFileSync(path.join(profile, 'user.js'), [
    `user_pref("extensions.webextensions.uuids", ${JSON.stringify(JSON.stringify({ [ADDON_ID]: UUID }))});`,
    'user_pref("browser.shell.checkDefaultBrowser", false);',
    'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
    'user_pref("app.update.enabled", false);',
    'user_pref("network.captive-portal-service.enabled", false);',
    'user_pref("browser.safebrowsing.update.enabled", false);',
  ].join('\n'));
  const firefox = spawn(findFirefox(), ['--headless', '--remote-debugging-port=0', '--remote-allow-system-access', '--no-remote', '--profile', profile], { stdio: ['ignore', 'ignore', 'pipe'] });
  const url = new Promise((resolve, reject) => {
    let log = '';
    firefox.stderr.on('data', (chunk) => {
      log += chunk;
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(log);
      if (match) resolve(match[1]);
    });
    firefox.on('exit', (code) => reject(new Error(`firefox exited (${code}): ${log.slice(-500)}`)));
  });
  return { firefox, url };
}

class Bidi {
  constructor(ws) {
    this.ws = ws;
    this.id = 0;
    this.pending = new Map();
    ws.addEventListener('message', (event) => {
      const msg = JSON.parse(event.data);
      const waiter = this.pending.get(msg.id);
      if (!waiter) return;
      this.pending.delete(msg.id);
      msg.type === 'error' ? waiter.reject(new Error(`${msg.error}: ${msg.message}`)) : waiter.resolve(msg.result);
    });
  }
  send(method, params = {}) {
    const id = ++this.id;
    this.ws.send(JSON.stringify({ id, method, params }));
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }
  async evaluate(context, expression) {
    const result = await this.send('script.evaluate', { expression, target: { context }, awaitPromise: true });
    if (result.type === 'exception') throw new Error(result.exceptionDetails.text);
    return result.result.value;
  }
}

/**
 * BiDi may not navigate content tabs to moz-extension:// pages, so open them from the browser
 * window (chrome scope, allowed by --remote-allow-system-access) and find the new context.
 */
async function openExtensionPage(bidi, url) {
  const { contexts: windows } = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const before = new Set((await bidi.send('browsingContext.getTree', {})).contexts.map((c) => c.context));
  await bidi.evaluate(windows[0].context, `gBrowser.selectedTab = gBrowser.addTab(${JSON.stringify(url)}, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() }); true`);
  return poll(async () => {
    const { contexts } = await bidi.send('browsingContext.getTree', {});
    const created = contexts.find((c) => !before.has(c.context) && c.url.startsWith('moz-extension://'));
    return created?.context ?? null;
  }, `extension page ${url}`);
}

async function poll(fn, what) {
  while (Date.now() < deadline) {
    const value = await fn().catch(() => null);
    if (value) return value;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The stored state of the tab showing `url`, when it has `status` (read from an extension page). */
async function stateFor(bidi, extensionPage, url, status) {
  const json = await bidi.evaluate(extensionPage, 'browser.storage.session.get(null).then((all) => JSON.stringify(all))');
  return Object.values(JSON.parse(json)).find((v) => v.url === url && v.status === status) ?? null;
}

function listFiles(dir, prefix = '') {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
}

const results = [];
async function check(name, fn) {
  try {
    await fn();
    results.push([name, true]);
    console.log(`  ✓ ${name}`);
  } catch (error) {
    results.push([name, false]);
    console.log(`  ✗ ${name}: ${error.message}`);
  }
}

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'shopwatch-ff-'));
const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}`;
const { firefox, url } = startFirefox(profile);
try {
  const ws = new WebSocket(`${await url}/session`);
  await new Promise((resolve, reject) => { ws.onopen = resolve; ws.onerror = reject; });
  const bidi = new Bidi(ws);
  await bidi.send('session.new', { capabilities: {} });
  const { contexts } = await bidi.send('browsingContext.getTree', {});
  const tab = contexts[0].context;
  const pageUrl = `${origin}/shops/fake-maskshop-de.html`;
  let tabId = null;

  await check('Firefox installs dist-firefox as a temporary add-on', async () => {
    const { extension } = await bidi.send('webExtension.install', { extensionData: { type: 'path', path: DIST } });
    if (extension !== ADDON_ID) throw new Error(`installed ${extension}`);
  });

  await check('the content script reports a fake shop and the background rates it high', async () => {
    await bidi.send('browsingContext.navigate', { context: tab, url: pageUrl, wait: 'complete' });
    const ext = await openExtensionPage(bidi, `moz-extension://${UUID}/src/popup/index.html`);
    const state = await poll(async () => {
      const json = await bidi.evaluate(ext, 'browser.storage.session.get(null).then((all) => JSON.stringify(all))');
      const entry = Object.entries(JSON.parse(json)).find(([, v]) => v.url === pageUrl && v.status === 'done');
      return entry ? { key: entry[0], value: entry[1] } : null;
    }, 'an analysed tab state');
    if (state.value.result.level !== 'high') throw new Error(`level ${state.value.result.level}`);
    tabId = state.key.replace('tab:', '');
    await bidi.send('browsingContext.close', { context: ext });
  });

  await check('the popup shows the high level and the reasons for that tab', async () => {
    if (!tabId) throw new Error('no tab state');
    const popup = await openExtensionPage(bidi, `moz-extension://${UUID}/src/popup/index.html?tabId=${tabId}`);
    const ids = await poll(async () => {
      const value = await bidi.evaluate(popup, `document.querySelector('[data-testid="traffic-light"]')?.dataset.level === 'high' ? [...document.querySelectorAll('[data-reason-id]')].map((e) => e.dataset.reasonId).join(',') : ''`);
      return value || null;
    }, 'the popup');
    if (!ids.includes('impressum-missing') || !ids.includes('prepayment-only')) throw new Error(`reasons: ${ids}`);
  });
  await check('a single-page step is followed by events (no polling): the new view is analysed', async () => {
    await bidi.send('browsingContext.navigate', { context: tab, url: pageUrl, wait: 'complete' });
    const ext = await openExtensionPage(bidi, `moz-extension://${UUID}/src/popup/index.html`);
    await poll(() => stateFor(bidi, ext, pageUrl, 'done'), 'the shop analysed');
    await bidi.evaluate(tab, `document.querySelectorAll('script[type="application/ld+json"]').forEach((s) => s.remove()); document.body.innerHTML = '<article><h1>Our story</h1><p>A family business since 1921.</p></article>'; history.pushState({}, '', '/about-us'); true`);
    // The new view shows nothing shop-like, but the site has shown that it sells (its site profile): it gets the site's verdict.
    await poll(() => stateFor(bidi, ext, `${origin}/about-us`, 'done'), 'the new view analysed');
    await bidi.send('browsingContext.close', { context: ext });
  });

  await check('a news article gets the sentinel only and is no shop', async () => {
    // Another site than the shop's (127.0.0.1): a page of a site that has shown it sells would get the site's verdict.
    const newsUrl = `http://localhost:${server.address().port}/news/article-de.html`;
    await bidi.send('browsingContext.navigate', { context: tab, url: newsUrl, wait: 'complete' });
    const ext = await openExtensionPage(bidi, `moz-extension://${UUID}/src/popup/index.html`);
    await poll(() => stateFor(bidi, ext, newsUrl, 'not-shop'), 'the article rated not a shop');
    await bidi.send('browsingContext.close', { context: ext });
  });

  await check('a page cannot fetch any file of the add-on (no web-accessible resources)', async () => {
    const files = listFiles(DIST);
    if (!files.includes('content/extractor.js')) throw new Error('no content/extractor.js in the build');
    const readable = await bidi.evaluate(tab, `Promise.all(${JSON.stringify(files)}.map((p) => fetch('moz-extension://${UUID}/' + p).then((r) => (r.ok ? p : null), () => null))).then((all) => all.filter(Boolean).join(','))`);
    if (readable) throw new Error(`readable: ${readable}`);
  });
  ws.close();
} catch (error) {
  results.push(['Firefox session', false]);
  console.log(`  ✗ Firefox session: ${error.message}`);
} finally {
  firefox.kill('SIGKILL');
  server.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
const passed = results.filter(([, ok]) => ok).length;
const failed = results.length - passed;
console.log(`firefox: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
