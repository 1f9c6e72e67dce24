/**
 * The background half of the two-stage content side (issue 16). The sentinel, on every page, sends
 * `page/probe`; when the page may sell — or the site is already known — the full extractor is
 * injected into the tab's top frame and asked to analyse, with the site computed here (tldts lives
 * in the background only). Everything else gets "not a shop" without loading anything more.
 */
import type { MessageOf } from '../shared/messages';
import { browser, sendToTab, type Runtime } from '../shared/platform';
import { pageSiteOf } from '../shared/site';
import { showBadge } from './badge';
import { listingForHost } from './lists';
import { checkUrlClaim, requireContentSender } from './sender';
import { readSettings } from './settings';
import { siteSellsFor } from './site';
import { writeTabState } from './tab-state';

/** The built extractor bundle (build/content-bundles.ts); a classic script, not web-accessible. */
export const EXTRACTOR_FILE = 'content/extractor.js';

const isWebUrl = (url: string | undefined): url is string => typeof url === 'string' && /^https?:\/\//i.test(url);


/**
 * A known site is worth the full look even when this page shows nothing shop-like: a fake-shop
 * list names it (its early red badge must not be replaced by "not a shop"), its site profile says
 * an earlier page sold (a shop's contact or about page gets the site's verdict), or the shopper
 * flagged it.
 */
async function isKnownSite(host: string, pageUrl: string, site: string): Promise<boolean> {
  if ((await listingForHost(host)).hits.length > 0) return true;
  if (await siteSellsFor(pageUrl)) return true;
  return (await readSettings()).marks[site] === 'suspicious';
}

/** Make sure the extractor is in the tab's top frame and let it analyse. `loaded`: the caller knows whether it is there already. */
export async function analyseTab(tabId: number, pageUrl: string, loaded: boolean | 'unknown' = 'unknown'): Promise<boolean> {
  const site = isWebUrl(pageUrl) ? pageSiteOf(pageUrl) : null;
  if (!site) return false;
  const message = { type: 'content/analyse', site } as const;
  if (loaded !== false) {
    const answer = await sendToTab(tabId, message, 0).catch(() => null);
    if (answer?.ok || loaded === true) return answer?.ok === true;
  }
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [EXTRACTOR_FILE] });
  const answer = await sendToTab(tabId, message, 0).catch(() => null);
  return answer?.ok === true;
}

/** Re-check the page open in a tab (popup "check again", a new site mark). */
export async function analyseOpenTab(tabId: number): Promise<boolean> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  return tab && isWebUrl(tab.url) ? analyseTab(tabId, tab.url).catch(() => false) : false;
}

export async function handleProbe(message: MessageOf<'page/probe'>, sender: Runtime.MessageSender): Promise<{ ok: boolean; analyse: boolean }> {
  // Who sent it, as the browser says (top frame, active http(s) document); the address must be that page's own.
  const from = requireContentSender(sender);
  checkUrlClaim(from, message.url);
  const analyse = message.evidence.length > 0 || (await isKnownSite(from.host, message.url, from.site));
  if (analyse) return { ok: await analyseTab(from.tabId, message.url, false), analyse };
  const state = { status: 'not-shop', url: message.url, pageType: 'not-shop' } as const;
  await showBadge(from.tabId, state);
  await writeTabState(from.tabId, state);
  return { ok: true, analyse };
}

/** A tab's URL changed: tell its sentinel, which looks again if this was a same-document navigation. */
export function forwardNavigation(tabId: number, url: string): void {
  if (!isWebUrl(url)) return;
  void sendToTab(tabId, { type: 'sentinel/navigated' }, 0).catch(() => undefined);
}
