import type { EngineConfig, SiteMark } from '../engine/types';
import { browser } from '../shared/platform';
import { z } from '../shared/zod';

/** Site marks ("I trust this shop" / "suspicious") and sensitivity, validated on every read. */
const SettingsSchema = z.object({
  sensitivity: z.enum(['relaxed', 'normal', 'strict']).default('normal'),
  marks: z.record(z.string().max(300), z.enum(['trusted', 'suspicious'])).default({}),
  /** Read the shop's own Impressum page (same site only). A request to the shop, so it can be switched off. */
  followLegalLinks: z.boolean().default(true),
});
export type Settings = z.infer<typeof SettingsSchema>;

const KEY = 'settings';

export async function readSettings(): Promise<Settings> {
  const raw = (await browser.storage.local.get(KEY))[KEY];
  const parsed = SettingsSchema.safeParse(raw ?? {});
  if (parsed.success) return parsed.data;
  console.warn('[Shopwatch] settings unreadable, using defaults');
  return SettingsSchema.parse({});
}

export async function engineConfigFor(site: string): Promise<EngineConfig> {
  const settings = await readSettings();
  const siteMark: SiteMark | null = settings.marks[site] ?? null;
  return { sensitivity: settings.sensitivity, siteMark };
}
