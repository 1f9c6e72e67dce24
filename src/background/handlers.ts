import type { Runtime } from '../shared/platform';
import type { Message, MessageType } from '../shared/messages';
import type { HandlerMap } from './handler-types';
import { database, recordHistory } from './history';
import { deleteEntries } from '../shared/db/store';
import { reportHandlers } from './reports';
import { browser, sendToTab } from '../shared/platform';
import { isMarketplaceHost } from '../shared/marketplaces';
import { showBadge, showLevelBadge } from './badge';
import { domainAgeFor } from './domain-age';
import { askToConfirmTrust, clearTrustQuestion, dismissGuard, guardFor, isShowingBanner, openDetails, pendingTrustQuestion, recordBanner } from './guard';
import { recordTamper } from './guard-tamper';
import { impressumCache, sellerCache } from './follow-up-cache';
import { fetchListingDescription } from './listing-description';
import { notifyRiskyCheckout, renotifyAfterHiding } from './notify';
import { pruneAll } from './prunable-stores';
import { checkSellerClaim, checkSiteClaim, checkUrlClaim, contentSenderOf, ForeignClaimError, requireContentSender, type ContentSender } from './sender';
import { identityStore, judgeReport, siteProfiles, siteSellsFor } from './site';
import { markSite, readSettings, updateSettings } from './settings';
import { readTabState, writeTabState } from './tab-state';
import { listHandlers } from './lists/handlers';
import { forgetLists, runListUpdates } from './lists';
import { syncListSchedule } from './lists/schedule';

const LEVEL_RANK = { low: 0, incomplete: 0, medium: 1, high: 2 } as const;

/** Trust, dismiss and "hidden" are about the banner this tab was given for this very site. */
async function checkBannerClaim(from: ContentSender, site: string): Promise<void> {
  checkSiteClaim(from, site);
  if (!(await isShowingBanner(from.tabId, site))) throw new ForeignClaimError('banner');
}

export const handlers: HandlerMap = {
  ...reportHandlers,
  ...listHandlers,
  async 'analysis/started'(message, sender) {
    const from = requireContentSender(sender);
    checkUrlClaim(from, message.url);
    const current = await readTabState(from.tabId);
    // Keep a finished result for the same URL visible while a re-check runs.
    if (current?.status !== 'done' || current.url !== message.url) await writeTabState(from.tabId, { status: 'analysing', url: message.url });
    return { ok: true, siteSells: await siteSellsFor(message.url) };
  },

  async 'facts/report'({ facts }, sender) {
    const from = requireContentSender(sender);
    // The page the facts claim to be about must be the sender's own: the site comes from the browser.
    checkUrlClaim(from, facts.url);
    if (facts.host !== from.host) throw new ForeignClaimError('host');
    const { tabId } = from;
    // Opt-in domain age, asked only for a page that gets a verdict: a cached answer now; a fresh one re-scores the page when it arrives.
    const domainAge = async () => (isMarketplaceHost(facts.host) ? null : domainAgeFor(facts.host, await readSettings(), () => void sendToTab(tabId, { type: 'content/analyse' }).catch(() => null)));
    // The verdict is the site's: this page together with what its other pages showed (src/background/site/).
    const { verdict, trusted, guardTampering } = await judgeReport(facts, domainAge);
    if (verdict.status === 'not-shop') {
      const state = { status: 'not-shop', url: facts.url, pageType: verdict.pageType } as const;
      await showBadge(tabId, state);
      await writeTabState(tabId, state);
      await recordBanner(tabId, null);
      return { ok: true };
    }
    const { site, result } = verdict;
    const state = { status: 'done', url: facts.url, site, pageType: verdict.pageType, result, analysedAt: Date.now(), marketplace: facts.marketplace, connections: verdict.connections } as const;
    // Badge before state: whoever sees the stored state can rely on the badge being set.
    await showBadge(tabId, state);
    await writeTabState(tabId, state);
    await recordHistory(site, facts, result);
    const guard = await guardFor(tabId, site, facts, result, trusted);
    await recordBanner(tabId, guard ? site : null);
    if (guard) {
      // The banner is backed up where the page cannot reach: the toolbar badge and a notification.
      if (LEVEL_RANK[guard.level] > LEVEL_RANK[result.level]) await showLevelBadge(tabId, guard.level, result.score).catch(() => undefined);
      await notifyRiskyCheckout(tabId, guard, guardTampering !== null);
    }
    return { ok: true, guard };
  },

  async 'analysis/failed'(message, sender) {
    const from = requireContentSender(sender);
    checkUrlClaim(from, message.url);
    const state = { status: 'error', url: message.url, error: message.error } as const;
    // Badge before state: whoever sees the stored state can rely on the badge being set.
    await showBadge(from.tabId, state);
    await writeTabState(from.tabId, state);
    return { ok: true };
  },

  async 'impressum/get'({ site }, sender) {
    checkSiteClaim(requireContentSender(sender), site);
    const { value, mayFetch } = await impressumCache.get(site, (await readSettings()).followLegalLinks);
    return { details: value, mayFetch };
  },

  async 'impressum/put'({ site, details }, sender) {
    checkSiteClaim(requireContentSender(sender), site);
    await impressumCache.put(site, details);
    return { ok: true };
  },

  async 'seller/get'({ key }, sender) {
    checkSellerClaim(requireContentSender(sender), key);
    const { value, mayFetch } = await sellerCache.get(key, (await readSettings()).followLegalLinks);
    return { profile: value, mayFetch };
  },

  async 'seller/put'({ key, profile }, sender) {
    checkSellerClaim(requireContentSender(sender), key);
    await sellerCache.put(key, profile);
    return { ok: true };
  },

  async 'listing/description'({ url }, sender) {
    requireContentSender(sender);
    // The same privacy switch as the Impressum and seller-profile reads.
    if (!(await readSettings()).followLegalLinks) return { html: null };
    return { html: await fetchListingDescription(url) };
  },

  async 'guard/dismiss'({ site }, sender) {
    const from = requireContentSender(sender);
    await checkBannerClaim(from, site);
    await dismissGuard(from.tabId, site);
    await recordBanner(from.tabId, null);
    return { ok: true };
  },

  async 'guard/trust'({ site }, sender) {
    const from = requireContentSender(sender);
    await checkBannerClaim(from, site);
    await askToConfirmTrust(from.tabId, site);
    return { ok: true };
  },

  async 'guard/hidden'({ site, how }, sender) {
    const from = requireContentSender(sender);
    await checkBannerClaim(from, site);
    await recordTamper(site, how, Date.now());
    await renotifyAfterHiding(from.tabId, site);
    // Re-score: the page's next report carries the reason, and the re-inserted banner names it.
    await sendToTab(from.tabId, { type: 'content/analyse' }).catch(() => null);
    return { ok: true };
  },

  async 'guard/details'(_message, sender) {
    await openDetails(requireContentSender(sender).tabId);
    return { ok: true };
  },

  async 'guard/question'({ tabId }) {
    return { site: await pendingTrustQuestion(tabId) };
  },

  /** The shopper's answer in the popup; the site is the one the banner asked about, not the popup's say. */
  async 'guard/answer'({ tabId, trust }) {
    const site = await pendingTrustQuestion(tabId);
    await clearTrustQuestion(tabId);
    if (!site || !trust) return readSettings();
    const settings = await markSite(site, 'trusted');
    await sendToTab(tabId, { type: 'content/analyse' }).catch(() => null);
    return settings;
  },

  async 'tab/getState'({ tabId }) {
    return { state: await readTabState(tabId) };
  },

  async 'tab/recheck'({ tabId }) {
    const answer = await sendToTab(tabId, { type: 'content/analyse' }).catch(() => null);
    return { ok: answer?.ok === true };
  },

  async 'settings/get'() {
    return readSettings();
  },

  async 'settings/update'({ patch }) {
    const settings = await updateSettings(patch);
    if (patch.retentionDays !== undefined) await pruneAll(Date.now(), settings.retentionDays);
    if (patch.listUpdates !== undefined) {
      await syncListSchedule(settings.listUpdates);
      // Switched on: fetch what is due now rather than a day later (in the background).
      if (settings.listUpdates) void runListUpdates(false).catch(() => undefined);
    }
    return settings;
  },

  async 'site/mark'({ site, mark, tabId }) {
    const settings = await markSite(site, mark);
    // The banner's "I trust this shop" question is answered (or overtaken) by this choice.
    if (tabId !== undefined) await clearTrustQuestion(tabId);
    // Re-score the open page with the new mark: the content script reports its facts again.
    if (tabId !== undefined) await sendToTab(tabId, { type: 'content/analyse' }).catch(() => null);
    return settings;
  },

  async 'data/clearAll'() {
    const db = await database();
    await deleteEntries(db, 'history', null);
    await deleteEntries(db, 'reports', null);
    await deleteEntries(db, 'marks', null);
    await siteProfiles.delete(null);
    await identityStore.delete(null);
    await forgetLists();
    await browser.storage.local.clear();
    await browser.storage.session.clear();
    const tabs = await browser.tabs.query({});
    await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : showBadge(tab.id, null))));
    return { ok: true };
  },

  async 'connections/list'() {
    return { connections: (await identityStore.connections(null)).filter((c) => !c.removed).sort((a, b) => b.lastSeen - a.lastSeen) };
  },

  async 'connections/remove'({ key }) {
    const connection = await identityStore.getConnection(key);
    if (connection) await identityStore.putConnection({ ...connection, removed: true });
    return { ok: connection !== null };
  },

  async 'content/analyse'() {
    return { ok: false }; // meant for content scripts; the background ignores it
  },
};

/** Content scripts may only send content messages; extension pages only page messages. */
const FROM_CONTENT: ReadonlySet<MessageType> = new Set(['facts/report', 'analysis/failed', 'analysis/started', 'impressum/get', 'impressum/put', 'seller/get', 'seller/put', 'listing/description', 'guard/dismiss', 'guard/trust', 'guard/hidden', 'guard/details']);

/**
 * Content messages only from the top frame of a tab showing an active http(s) document; page
 * messages only from the extension's own pages. The handlers then check each claim against it.
 */
export function isAllowedSender(message: Message, sender: Runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  if (FROM_CONTENT.has(message.type)) return contentSenderOf(sender) !== null;
  const extensionOrigin = browser.runtime.getURL('');
  return typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}
