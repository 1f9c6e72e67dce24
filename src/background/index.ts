/**
 * Background service worker (Chrome) / event page (Firefox). Every listener is registered on the
 * first tick so a worker woken by an event finds it; no state is kept in globals.
 */
import { parseMessage, type Message } from '../shared/messages';
import { browser } from '../shared/platform';
import type { Runtime } from '../shared/platform';
import { showBadge } from './badge';
import { forgetDismissals } from './guard';
import { handlers, isAllowedSender } from './handlers';
import { clearTabState, readTabState } from './tab-state';
import { applyRetention } from './history';
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

// Leaving the page (a new URL) clears its result; the content script reports anew.
browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
  if (!changeInfo.url) return;
  void (async () => {
    const state = await readTabState(tabId);
    if (state && state.url !== changeInfo.url) {
      await clearTabState(tabId);
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
});

// Forget old history whenever the worker starts (it starts often enough: on any event).
void readSettings().then((settings) => applyRetention(settings.retentionDays)).catch(() => undefined);
