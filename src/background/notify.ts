import { t } from '../shared/i18n';
import { browser } from '../shared/platform';
import type { Guard } from '../shared/site-memory';
import { writeItems } from './storage-write';

/**
 * A notification backs up the in-page banner on medium/high checkouts: the page can hide its own
 * content, not the browser's notifications. One per tab and site, and one more when the page
 * hides the banner (`renotifyAfterHiding`); clicking it opens the popup for that tab.
 */
const notifiedKey = (tabId: number, site: string) => `notified:${tabId}:${site}`;
const NOTIFICATION_PREFIX = 'shopwatch-guard-';

export async function notifyRiskyCheckout(tabId: number, guard: Guard, hidden: boolean): Promise<void> {
  const key = notifiedKey(tabId, guard.site);
  if ((await browser.storage.session.get(key))[key] === true) return;
  if (!browser.notifications) return; // Firefox for Android: the badge carries it
  await writeItems('session', { [key]: true });
  const reason = hidden ? t('notificationBannerHidden') : (guard.reasons[0] ?? guard.site);
  await browser.notifications
    .create(`${NOTIFICATION_PREFIX}${tabId}`, { type: 'basic', iconUrl: browser.runtime.getURL('icons/icon-128.png'), title: guard.title, message: `${guard.site}: ${reason}`.slice(0, 300), priority: 2 })
    .catch((error: unknown) => console.warn('[Shopwatch] notification not shown', error));
}

/** The page hid the banner: its next report notifies again, saying so. */
export async function renotifyAfterHiding(tabId: number, site: string): Promise<void> {
  await browser.storage.session.remove(notifiedKey(tabId, site));
}

/** The tab a notification is about, from its id; null for foreign ids. */
export function tabOfNotification(id: string): number | null {
  if (!id.startsWith(NOTIFICATION_PREFIX)) return null;
  const tabId = Number(id.slice(NOTIFICATION_PREFIX.length));
  return Number.isInteger(tabId) ? tabId : null;
}

export async function forgetNotifications(tabId: number): Promise<void> {
  await browser.notifications?.clear(`${NOTIFICATION_PREFIX}${tabId}`).catch(() => false);
}
