import { TamperRecordSchema, type TamperKind, type TamperRecord } from '../shared/guard-tamper';
import { createKeyedStore } from './prunable';

/**
 * Sites whose pages hid, moved, shrank or removed Shopwatch's checkout warning (issue #18). Kept
 * per site in storage.local for 30 days (or the retention setting, if shorter), so the shop's
 * next pages carry the reason too.
 */
export const tamperStore = createKeyedStore({ name: 'guard-tamper', area: 'local', prefix: 'tamper', ttlMs: 30 * 86_400_000, schema: TamperRecordSchema, timeOf: (r) => r.at });

export async function recordTamper(site: string, how: TamperKind, now: number): Promise<void> {
  await tamperStore.write(site, { how, at: now });
}

export function readTamper(site: string, now: number, retentionDays: number): Promise<TamperRecord | null> {
  return tamperStore.read(site, now, retentionDays);
}
