/**
 * Background service worker (Chrome) / event page (Firefox). Every listener is registered on the
 * first tick so a worker woken by an event finds it; no state is kept in globals.
 */
import { parseMessage, type Message } from '../shared/messages';
import { browser } from '../shared/platform';
import type { Runtime } from '../shared/platform';
import { showBadge } from './badge';
import { clearTrustQuestion, forgetDismissals, openDetails, recordBanner } from './guard';
import { handlers, isAllowedSender } from './handlers';
import { forgetNotifications, tabOfNotification } from './notify';
import { captureStore, ensurePruneAlarm, pruneAll, PRUNE_ALARM } from './prunable-stores';
import { clearTabState, readTabState } from './tab-state';
import { readSettings } from './settings';
import { flagListedTab } from './lists/early-badge';
import { registerListSchedule } from './lists/schedule';
import { registerContextMenu } from './lists/context-menu';
import { onInstalled } from './welcome';

function dispatch(message: Message, sender: Runtime.MessageSender): Promise<unknown> {
  const handler = handlers[message.type] as (m: Message, s: Runtime.MessageSender) => Promise<unknown>;
  return handler(message, sender);
}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  const message = parseMessage(raw);
  if (!message || !isAllowedSender(message, sender)) {
    console.warn('[Shopwatch] ignored foreign or malformed message');
    return undefined;
  }
  return dispatch(message, sender).catch((error: unknown) => {
    console.warn('[Shopwatch] handler failed', message.type, error);
    return undefined;
  });
});

// Leaving the page (a new URL) clears its result, banner and trust question; the content script reports anew.
browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
  if (!changeInfo.url) return;
  void (async () => {
    const state = await readTabState(tabId);
    if (state && state.url !== changeInfo.url) {
      await clearTabState(tabId);
      await recordBanner(tabId, null);
      await clearTrustQuestion(tabId);
      await showBadge(tabId, null);
    }
    // A listed shop is flagged from its address, before its page has loaded.
    await flagListedTab(tabId, changeInfo.url as string);
  })();
});

registerListSchedule();
registerContextMenu();
browser.runtime.onInstalled.addListener(({ reason }) => {
  void onInstalled(reason).catch((error: unknown) => console.warn('[Shopwatch] welcome page', error));
});

browser.tabs.onRemoved.addListener((tabId) => {
  void clearTabState(tabId);
  void forgetDismissals(tabId);
  void forgetNotifications(tabId);
  // A report that was never opened for this tab is abandoned: its screenshot goes.
  void captureStore.remove(String(tabId));
});

// Firefox for Android has no notifications API: there the badge alone backs up the banner.
browser.notifications?.onClicked.addListener((id) => {
  const tabId = tabOfNotification(id);
  if (tabId !== null) void openDetails(tabId);
});

/** Forget what is past its time: on the schedule, and whenever the worker starts (it starts often: on any event). */
async function pruneNow(): Promise<void> {
  const settings = await readSettings();
  await pruneAll(Date.now(), settings.retentionDays);
}

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === PRUNE_ALARM) void pruneNow().catch(() => undefined);
});

void ensurePruneAlarm().catch(() => undefined);
void pruneNow().catch(() => undefined);
