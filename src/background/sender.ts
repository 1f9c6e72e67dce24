import { getDomainWithoutSuffix } from 'tldts';
import type { Runtime } from '../shared/platform';
import { isHttpUrl, isSameDocumentUrl } from '../shared/http-url';
import { parseSellerKey } from '../shared/seller-id';
import { siteFromUrl } from '../shared/site';

/**
 * Who sent a content-script message, as the browser says it — never as the message claims.
 * A content script can be fed anything by its page, so the site a message is about is derived
 * from the sender's frame, and claims that disagree with it are refused (issue #18).
 */
export interface ContentSender {
  tabId: number;
  /** The frame's URL as the browser recorded it when the script's context was created. */
  url: string;
  /** The tab's current URL: after a single-page shop's pushState, only this one follows. */
  tabUrl: string | null;
  host: string;
  site: string;
}

export class ForeignClaimError extends Error {
  constructor(what: string) {
    super(`rejected: ${what} does not match the sending page`);
  }
}

/**
 * The top frame of a tab, showing an http(s) document that is the active one (not prerendered,
 * not parked in the back/forward cache; Chrome says so in documentLifecycle, Firefox does not
 * run content scripts in such documents). Returns null for anything else.
 */
export function contentSenderOf(sender: Runtime.MessageSender): ContentSender | null {
  const tabId = sender.tab?.id;
  const url = sender.url ?? '';
  const lifecycle = (sender as { documentLifecycle?: string }).documentLifecycle;
  if (tabId === undefined || tabId < 0 || sender.frameId !== 0 || !isHttpUrl(url)) return null;
  if (lifecycle !== undefined && lifecycle !== 'active') return null;
  const host = new URL(url).hostname;
  const tabUrl = sender.tab?.url && isHttpUrl(sender.tab.url) ? sender.tab.url : null;
  return { tabId, url, tabUrl, host, site: siteFromUrl(url) };
}

/** The sender, or an error: for handlers, which only run after isAllowedSender said yes. */
export function requireContentSender(sender: Runtime.MessageSender): ContentSender {
  const from = contentSenderOf(sender);
  if (!from) throw new ForeignClaimError('sender');
  return from;
}

/**
 * A page address in a message must be the sender's own document: the frame's URL, or — after
 * history.pushState, which Chrome's sender.url does not follow — the tab's current URL, on the
 * frame's own origin (pushState cannot leave it).
 */
export function checkUrlClaim(from: ContentSender, url: string): void {
  if (isSameDocumentUrl(url, from.url)) return;
  if (from.tabUrl && isSameDocumentUrl(url, from.tabUrl) && new URL(url).origin === new URL(from.url).origin) return;
  throw new ForeignClaimError('url');
}

export function checkSiteClaim(from: ContentSender, site: string): void {
  if (site !== from.site) throw new ForeignClaimError('site');
}

/** A seller key must be well-formed and belong to the marketplace the sender is on. */
export function checkSellerClaim(from: ContentSender, key: string): void {
  const seller = parseSellerKey(key);
  if (!seller || getDomainWithoutSuffix(from.host) !== seller.marketplace) throw new ForeignClaimError('seller');
}
