import type { Runtime } from '../shared/platform';
import type { Message, MessageType } from '../shared/messages';
import { tabIdOf, type HandlerMap } from './handler-types';
import { applyRetention, database, recordHistory } from './history';
import { deleteEntries } from '../shared/db/store';
import { reportHandlers } from './reports';
import { browser, sendToTab } from '../shared/platform';
import { showBadge } from './badge';
import { dismissGuard, guardFor, openDetails } from './guard';
import { impressumCache, sellerCache } from './follow-up-cache';
import { forgetSubject, identityStore, judgeReport, siteSellsFor } from './site';
import { markSite, readSettings, updateSettings } from './settings';
import { readTabState, writeTabState } from './tab-state';
import { listHandlers } from './lists/handlers';
import { forgetLists, runListUpdates } from './lists';
import { syncListSchedule } from './lists/schedule';


export const handlers: HandlerMap = {
  ...reportHandlers,
  ...listHandlers,
  async 'analysis/started'(message, sender) {
    const tabId = tabIdOf(sender);
    const current = await readTabState(tabId);
    // Keep a finished result for the same URL visible while a re-check runs.
    if (current?.status !== 'done' || current.url !== message.url) await writeTabState(tabId, { status: 'analysing', url: message.url });
    return { ok: true, siteSells: await siteSellsFor(message.url) };
  },

  async 'facts/report'({ facts }, sender) {
    const tabId = tabIdOf(sender);
    // The verdict is the site's: this page together with what its other pages showed (src/background/site/).
    const { verdict, trusted } = await judgeReport(facts);
    if (verdict.status === 'not-shop') {
      const state = { status: 'not-shop', url: facts.url, pageType: verdict.pageType } as const;
      await showBadge(tabId, state);
      await writeTabState(tabId, state);
      return { ok: true };
    }
    const { site, result } = verdict;
    const state = { status: 'done', url: facts.url, site, pageType: verdict.pageType, result, analysedAt: Date.now(), marketplace: facts.marketplace, connections: verdict.connections } as const;
    // Badge before state: whoever sees the stored state can rely on the badge being set.
    await showBadge(tabId, state);
    await writeTabState(tabId, state);
    await recordHistory(site, facts, result);
    return { ok: true, guard: await guardFor(tabId, site, facts, result, trusted) };
  },

  async 'analysis/failed'(message, sender) {
    const tabId = tabIdOf(sender);
    const state = { status: 'error', url: message.url, error: message.error } as const;
    // Badge before state: whoever sees the stored state can rely on the badge being set.
    await showBadge(tabId, state);
    await writeTabState(tabId, state);
    return { ok: true };
  },

  async 'impressum/get'({ site }, sender) {
    tabIdOf(sender);
    const { value, mayFetch } = await impressumCache.get(site, (await readSettings()).followLegalLinks);
    return { details: value, mayFetch };
  },

  async 'impressum/put'({ site, details }, sender) {
    tabIdOf(sender);
    await impressumCache.put(site, details);
    return { ok: true };
  },

  async 'seller/get'({ key }, sender) {
    tabIdOf(sender);
    const { value, mayFetch } = await sellerCache.get(key, (await readSettings()).followLegalLinks);
    return { profile: value, mayFetch };
  },

  async 'seller/put'({ key, profile }, sender) {
    tabIdOf(sender);
    await sellerCache.put(key, profile);
    return { ok: true };
  },

  async 'guard/dismiss'({ site }, sender) {
    await dismissGuard(tabIdOf(sender), site);
    return { ok: true };
  },

  async 'guard/trust'({ site }, sender) {
    const tabId = tabIdOf(sender);
    await markSite(site, 'trusted');
    await sendToTab(tabId, { type: 'content/analyse' }).catch(() => null);
    return { ok: true };
  },

  async 'guard/details'(_message, sender) {
    await openDetails(tabIdOf(sender));
    return { ok: true };
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
    if (patch.retentionDays !== undefined) await applyRetention(settings.retentionDays);
    if (patch.listUpdates !== undefined) {
      await syncListSchedule(settings.listUpdates);
      // Switched on: fetch what is due now rather than a day later (in the background).
      if (settings.listUpdates) void runListUpdates(false).catch(() => undefined);
    }
    return settings;
  },

  async 'site/mark'({ site, mark, tabId }) {
    const settings = await markSite(site, mark);
    // Re-score the open page with the new mark: the content script reports its facts again.
    if (tabId !== undefined) await sendToTab(tabId, { type: 'content/analyse' }).catch(() => null);
    return settings;
  },

  async 'data/clearAll'() {
    const db = await database();
    await deleteEntries(db, 'history', null);
    await deleteEntries(db, 'reports', null);
    await deleteEntries(db, 'marks', null);
    await forgetSubject(null);
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
const FROM_CONTENT: ReadonlySet<MessageType> = new Set(['facts/report', 'analysis/failed', 'analysis/started', 'impressum/get', 'impressum/put', 'seller/get', 'seller/put', 'guard/dismiss', 'guard/trust', 'guard/details']);

export function isAllowedSender(message: Message, sender: Runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  if (FROM_CONTENT.has(message.type)) return sender.tab?.id !== undefined;
  const extensionOrigin = browser.runtime.getURL('');
  return typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}
