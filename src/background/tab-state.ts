import { browser } from '../shared/platform';
import { TabStateSchema, type TabState } from '../shared/result';
import { writeItems } from './storage-write';

/** Per-tab results live in storage.session: the service worker may be stopped at any time. */
const keyFor = (tabId: number) => `tab:${tabId}`;

export async function readTabState(tabId: number): Promise<TabState | null> {
  const key = keyFor(tabId);
  const stored = (await browser.storage.session.get(key))[key];
  if (stored === undefined) return null;
  const parsed = TabStateSchema.safeParse(stored);
  if (!parsed.success) {
    console.warn('[Shopwatch] dropping malformed tab state', tabId);
    await browser.storage.session.remove(key);
    return null;
  }
  return parsed.data;
}

/** A failed write (storage.session full) is flagged for the popup; the badge still carries the level. */
export async function writeTabState(tabId: number, state: TabState): Promise<void> {
  await writeItems('session', { [keyFor(tabId)]: state });
}

export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyFor(tabId));
}
