import { z } from './zod';

/** User settings, stored in storage.local and validated on every read. */
export const SettingsSchema = z.object({
  /** UI language: "auto" follows the browser. */
  language: z.enum(['auto', 'de', 'en']).default('auto'),
  /** Country for where-to-report links; "auto" derives it from the browser language. */
  country: z.enum(['auto', 'DE', 'AT', 'CH']).default('auto'),
  sensitivity: z.enum(['relaxed', 'normal', 'strict']).default('normal'),
  /** The shopper's own marks per site (registrable domain). */
  marks: z.record(z.string().max(300), z.enum(['trusted', 'suspicious'])).default({}),
  /** Read the shop's own Impressum page (same site only). A request to the shop, so it can be switched off. */
  followLegalLinks: z.boolean().default(true),
  /** Days to keep the history of checked shops (0 = keep); reports are kept until deleted. */
  retentionDays: z.union([z.literal(0), z.literal(30), z.literal(90), z.literal(365)]).default(365),
});
export type Settings = z.infer<typeof SettingsSchema>;
export const SettingsPatchSchema = SettingsSchema.partial();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;
export type Country = Exclude<Settings['country'], 'auto'>;

/** DE/AT/CH from the setting or, on "auto", from a browser language like "de-AT". */
export function resolveCountry(setting: Settings['country'], uiLanguage: string): Country {
  if (setting !== 'auto') return setting;
  const region = uiLanguage.split(/[-_]/)[1]?.toUpperCase();
  return region === 'AT' || region === 'CH' ? region : 'DE';
}
