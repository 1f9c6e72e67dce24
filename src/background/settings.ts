import type { EngineConfig, SiteMark } from '../engine/types';
import { readMarks, writeMark, writeMarks } from '../shared/db/store';
import { browser } from '../shared/platform';
import { markOf, SettingsSchema, type Settings, type SettingsPatch } from '../shared/settings';
import { database, flagStorageProblem } from './history';
import { writeItems } from './storage-write';

/**
 * Settings live in storage.local; the per-site marks live in IndexedDB with the history and
 * reports (issue #7). Pages see one Settings object either way.
 */
const KEY = 'settings';

async function readLocal(): Promise<Settings> {
  const raw = (await browser.storage.local.get(KEY))[KEY];
  const parsed = SettingsSchema.safeParse(raw ?? {});
  if (parsed.success) return parsed.data;
  // Broken storage must not lock the user out: fall back to defaults, keep the raw value untouched.
  console.warn('[Shopwatch] settings unreadable, using defaults');
  return SettingsSchema.parse({});
}

async function marksFromDb(): Promise<Settings['marks']> {
  try {
    return await readMarks(await database());
  } catch (error) {
    console.warn('[Shopwatch] marks unreadable', error);
    return {};
  }
}

export async function readSettings(): Promise<Settings> {
  const local = await readLocal();
  // Marks written by 0.1 previews sat in storage.local: move them into IndexedDB once.
  if (Object.keys(local.marks).length > 0) {
    await writeMarks(await database(), local.marks, Date.now());
    await browser.storage.local.set({ [KEY]: { ...local, marks: {} } });
  }
  return { ...local, marks: await marksFromDb() };
}

/** Change only the settings the patch names; everything else, and every mark, stays as it is. */
export async function updateSettings(patch: SettingsPatch): Promise<Settings> {
  const next = SettingsSchema.parse({ ...(await readLocal()), ...patch, marks: {} });
  if (!(await writeItems('local', { [KEY]: next }))) throw new Error('settings not saved');
  return readSettings();
}

/** Set or remove one site's (or seller's) mark; the other marks are not touched. */
export async function markSite(site: string, mark: SiteMark | null): Promise<Settings> {
  try {
    await writeMark(await database(), site, mark, Date.now());
  } catch (error) {
    await flagStorageProblem(error);
    throw error;
  }
  return readSettings();
}

export async function engineConfigFor(site: string): Promise<EngineConfig> {
  const settings = await readSettings();
  const siteMark: SiteMark | null = markOf(settings.marks, site);
  return { sensitivity: settings.sensitivity, siteMark, now: Date.now() };
}
