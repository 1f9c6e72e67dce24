import { browser } from '../shared/platform';
import { ImpressumDetailsSchema, type ImpressumDetails } from '../shared/facts-shop';
import { z } from '../shared/zod';

/**
 * Per-site cache of Impressum details, in storage.session (gone when the browser closes). It also
 * counts fetch attempts so one site costs at most MAX_ATTEMPTS requests per session (issue #4).
 */
export const MAX_ATTEMPTS = 3;
const TTL_MS = 24 * 60 * 60 * 1000;

const EntrySchema = z.object({ details: ImpressumDetailsSchema.nullable(), attempts: z.number().int(), storedAt: z.number() });
type Entry = z.infer<typeof EntrySchema>;
const keyFor = (site: string) => `impressum:${site}`;

async function readEntry(site: string): Promise<Entry | null> {
  const raw = (await browser.storage.session.get(keyFor(site)))[keyFor(site)];
  const parsed = EntrySchema.safeParse(raw);
  if (!parsed.success || Date.now() - parsed.data.storedAt > TTL_MS) return null;
  return parsed.data;
}

/** Cached details, and whether the caller may try one more fetch (which is counted now). */
export async function getImpressum(site: string, followLinks: boolean): Promise<{ details: ImpressumDetails | null; mayFetch: boolean }> {
  const entry = await readEntry(site);
  if (entry?.details) return { details: entry.details, mayFetch: false };
  const attempts = entry?.attempts ?? 0;
  if (!followLinks || attempts >= MAX_ATTEMPTS) return { details: null, mayFetch: false };
  await browser.storage.session.set({ [keyFor(site)]: { details: null, attempts: attempts + 1, storedAt: entry?.storedAt ?? Date.now() } });
  return { details: null, mayFetch: true };
}

export async function putImpressum(site: string, details: ImpressumDetails | null): Promise<void> {
  const entry = await readEntry(site);
  await browser.storage.session.set({ [keyFor(site)]: { details, attempts: entry?.attempts ?? 1, storedAt: Date.now() } });
}
