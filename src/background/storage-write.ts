import { browser } from '../shared/platform';

/**
 * Writes to storage.local / storage.session that report a full or failing storage instead of
 * losing data silently, like the IndexedDB writes do: the popup and options show the problem.
 * Chrome rejects with "…QUOTA_BYTES quota exceeded" / "Session storage quota bytes exceeded",
 * Firefox with a QuotaExceededError.
 */
export function isQuotaError(error: unknown): boolean {
  if (error instanceof DOMException && error.name === 'QuotaExceededError') return true;
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /quota/i.test(text);
}

export type StorageProblem = 'full' | 'failed';
/** Where lasting data lives: IndexedDB (history, reports, marks), storage.local, storage.session. */
export type StorageArea = 'idb' | 'local' | 'session';

/** One flag per area, so a good write to one area does not hide a full other one. */
export const problemKey = (area: StorageArea) => (area === 'idb' ? 'storageProblem' : `storageProblem:${area}`);

/**
 * Show the problem in the popup and options. The flag lives in storage.session; when that is the
 * full one, what can be rebuilt (follow-up caches, screenshots) makes room, and if there is still
 * none the flag goes to storage.local: the problem is never only in the console.
 */
export async function flagStorageProblem(area: StorageArea, problem: StorageProblem, error?: unknown): Promise<void> {
  console.warn('[Shopwatch] storage write failed', area, problem, error);
  const flag = { [problemKey(area)]: problem };
  if (await browser.storage.session.set(flag).then(() => true, () => false)) return;
  const all = await browser.storage.session.get(null).catch(() => ({}));
  const rebuildable = Object.keys(all).filter((key) => key.startsWith('impressum:') || key.startsWith('capture:'));
  if (rebuildable.length) await browser.storage.session.remove(rebuildable).catch(() => undefined);
  if (await browser.storage.session.set(flag).then(() => true, () => false)) return;
  await browser.storage.local.set(flag).catch(() => undefined);
}

/** A write to the area went through again: its earlier problem is over. */
export async function clearStorageProblem(area: StorageArea): Promise<void> {
  await browser.storage.session.remove(problemKey(area)).catch(() => undefined);
  await browser.storage.local.remove(problemKey(area)).catch(() => undefined);
}

/** Every flagged problem, from both places a flag can be; "full" wins over "failed". */
export const PROBLEM_KEYS = [problemKey('idb'), problemKey('local'), problemKey('session')];

/** Write items; on failure the problem is flagged and false returned (callers decide whether to go on). */
export async function writeItems(area: 'local' | 'session', items: Record<string, unknown>): Promise<boolean> {
  try {
    await browser.storage[area].set(items);
  } catch (error) {
    await flagStorageProblem(area, isQuotaError(error) ? 'full' : 'failed', error);
    return false;
  }
  await clearStorageProblem(area);
  return true;
}
