import type { EngineConfig, SiteMark } from '../engine/types';
import { browser } from '../shared/platform';
import { SettingsSchema, type Settings, type SettingsPatch } from '../shared/settings';

const KEY = 'settings';

export async function readSettings(): Promise<Settings> {
  const raw = (await browser.storage.local.get(KEY))[KEY];
  const parsed = SettingsSchema.safeParse(raw ?? {});
  if (parsed.success) return parsed.data;
  // Broken storage must not lock the user out: fall back to defaults, keep the raw value untouched.
  console.warn('[Shopwatch] settings unreadable, using defaults');
  return SettingsSchema.parse({});
}

export async function updateSettings(patch: SettingsPatch): Promise<Settings> {
  const next = SettingsSchema.parse({ ...(await readSettings()), ...patch });
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

export async function markSite(site: string, mark: SiteMark | null): Promise<Settings> {
  const { marks } = await readSettings();
  const next = { ...marks };
  if (mark) next[site] = mark;
  else delete next[site];
  return updateSettings({ marks: next });
}

export async function engineConfigFor(site: string): Promise<EngineConfig> {
  const settings = await readSettings();
  const siteMark: SiteMark | null = settings.marks[site] ?? null;
  return { sensitivity: settings.sensitivity, siteMark };
}
