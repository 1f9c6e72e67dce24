import { z } from './zod';

/**
 * Each setting's schema without its default. The patch is built from these, because zod fills
 * `.default()`s even inside `.partial()`: a patch naming one field would reset all the others.
 */
const fields = {
  /** UI language: "auto" follows the browser. */
  language: z.enum(['auto', 'de', 'en']),
  /** Country for where-to-report links; "auto" derives it from the browser language. */
  country: z.enum(['auto', 'DE', 'AT', 'CH']),
  sensitivity: z.enum(['relaxed', 'normal', 'strict']),
  /** Read the shop's own Impressum page (same site only). A request to the shop, so it can be switched off. */
  followLegalLinks: z.boolean(),
  /** Ask the domain's registry (RDAP) when it was registered: names the shop to a third party, so off unless switched on. */
  domainAge: z.boolean(),
  /** Days to keep the history of checked shops (0 = keep); reports are kept until deleted. */
  retentionDays: z.union([z.literal(0), z.literal(30), z.literal(90), z.literal(365)]),
  /** Download the fake-shop lists once a day in the background. Off: nothing leaves the browser for lists. */
  listUpdates: z.boolean(),
};

/** User settings, stored in storage.local and validated on every read. */
export const SettingsSchema = z.object({
  language: fields.language.default('auto'),
  country: fields.country.default('auto'),
  sensitivity: fields.sensitivity.default('normal'),
  /** The shopper's own marks per site (registrable domain); kept in IndexedDB, changed only by `site/mark`. */
  marks: z.record(z.string().max(300), z.enum(['trusted', 'suspicious'])).default({}),
  followLegalLinks: fields.followLegalLinks.default(true),
  domainAge: fields.domainAge.default(false),
  retentionDays: fields.retentionDays.default(365),
  listUpdates: fields.listUpdates.default(true),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** A change of some settings: it names only what changes, and never carries marks. */
export const SettingsPatchSchema = z.strictObject(fields).partial();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;
export type Country = Exclude<Settings['country'], 'auto'>;

/** The shopper's mark for a site or seller key; own keys only, so "constructor" finds nothing inherited. */
export function markOf(marks: Settings['marks'], key: string): 'trusted' | 'suspicious' | null {
  return Object.hasOwn(marks, key) ? (marks[key] ?? null) : null;
}

/** DE/AT/CH from the setting or, on "auto", from a browser language like "de-AT". */
export function resolveCountry(setting: Settings['country'], uiLanguage: string): Country {
  if (setting !== 'auto') return setting;
  const region = uiLanguage.split(/[-_]/)[1]?.toUpperCase();
  return region === 'AT' || region === 'CH' ? region : 'DE';
}
