/**
 * Issue #18 "data loss": a settings change must change only what it names. zod fills `.default()`s
 * even inside `.partial()`, so a patch of one field used to reset every other field and delete all
 * trust/suspicion marks. Real storage.local semantics (a Map), real IndexedDB (fake-indexeddb).
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const local = new Map<string, unknown>();
vi.mock('../../src/shared/platform', () => ({
  browser: {
    storage: {
      local: {
        get: async (key: string) => (local.has(key) ? { [key]: structuredClone(local.get(key)) } : {}),
        set: async (items: Record<string, unknown>) => Object.entries(items).forEach(([k, v]) => local.set(k, structuredClone(v))),
        remove: async (keys: string | string[]) => void [keys].flat().forEach((k) => local.delete(k)),
      },
      session: { set: async () => undefined, remove: async () => undefined },
    },
  },
}));
const { markSite, readSettings, updateSettings } = await import('../../src/background/settings');
const { SettingsPatchSchema } = await import('../../src/shared/settings');

/** Every field set to something other than its default. */
const customised = { language: 'de', country: 'AT', sensitivity: 'strict', followLegalLinks: false, domainAge: true, retentionDays: 30, listUpdates: false } as const;
/** For each field, another non-default value to change it to. */
const changes = { language: 'en', country: 'CH', sensitivity: 'relaxed', followLegalLinks: true, domainAge: false, retentionDays: 90, listUpdates: true } as const;

beforeEach(async () => {
  local.clear();
  await updateSettings(customised);
  for (const site of Object.keys((await readSettings()).marks)) await markSite(site, null);
  await markSite('good-shop.de', 'trusted');
  await markSite('amazon:A3SELLER', 'suspicious');
});

describe('settings patches', () => {
  for (const field of Object.keys(changes) as Array<keyof typeof changes>) {
    it(`changing ${field} alone leaves every other setting and all marks untouched`, async () => {
      const after = await updateSettings(SettingsPatchSchema.parse({ [field]: changes[field] }));
      expect(after).toEqual({ ...customised, [field]: changes[field], marks: { 'good-shop.de': 'trusted', 'amazon:A3SELLER': 'suspicious' } });
      expect(await readSettings()).toEqual(after);
    });
  }

  it('a parsed patch names only the fields it was given, and cannot carry marks', () => {
    expect(SettingsPatchSchema.parse({ sensitivity: 'strict' })).toEqual({ sensitivity: 'strict' });
    expect(SettingsPatchSchema.safeParse({ marks: {} }).success).toBe(false);
    expect(SettingsPatchSchema.safeParse({ retentionDays: 7 }).success).toBe(false);
  });

  it('marking or unmarking one site leaves the other marks and the settings untouched', async () => {
    await markSite('dodgy.shop', 'suspicious');
    await markSite('good-shop.de', null);
    expect(await readSettings()).toEqual({ ...customised, marks: { 'amazon:A3SELLER': 'suspicious', 'dodgy.shop': 'suspicious' } });
  });
});
