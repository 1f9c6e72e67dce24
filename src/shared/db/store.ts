import type { IDBPDatabase } from 'idb';
import type { ShopwatchDB } from './database';
import { ExportFileSchema, HistoryEntrySchema, ReportSchema, SiteMarkRecordSchema, type ExportFile, type HandOffTarget, type HistoryEntry, type Report } from './schema';

/** Thrown when the browser refuses a write for lack of space: the UI must tell the user. */
export class StorageFullError extends Error {
  constructor() {
    super('storage-full');
  }
}

/** Run a write; a full disk becomes StorageFullError so callers can tell the shopper. */
export async function writing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DOMException && error.name === 'QuotaExceededError') throw new StorageFullError();
    throw error;
  }
}

/** One visit: read-modify-write in a single transaction, so two tabs reporting at once lose nothing. */
export function recordVisit(db: IDBPDatabase<ShopwatchDB>, visit: Pick<HistoryEntry, 'key' | 'kind' | 'label' | 'lastLevel' | 'lastScore'>, now: number): Promise<HistoryEntry> {
  return writing(async () => {
    const tx = db.transaction('history', 'readwrite');
    const previous = HistoryEntrySchema.safeParse(await tx.store.get(visit.key));
    const entry: HistoryEntry = previous.success
      ? { ...previous.data, ...visit, lastSeen: now, count: previous.data.count + 1 }
      : { ...visit, firstSeen: now, lastSeen: now, count: 1 };
    await tx.store.put(entry);
    await tx.done;
    return entry;
  });
}

/** Newest first; `query` matches the key or label, case-insensitive. Unparseable records are skipped. */
export async function listHistory(db: IDBPDatabase<ShopwatchDB>, query = ''): Promise<HistoryEntry[]> {
  const q = query.trim().toLowerCase();
  const all = (await db.getAll('history')).map((r) => HistoryEntrySchema.safeParse(r)).filter((r) => r.success).map((r) => r.data);
  return all.filter((e) => !q || e.key.toLowerCase().includes(q) || e.label.toLowerCase().includes(q)).sort((a, b) => b.lastSeen - a.lastSeen);
}

export async function listReports(db: IDBPDatabase<ShopwatchDB>, query = ''): Promise<Report[]> {
  const q = query.trim().toLowerCase();
  const all = (await db.getAll('reports')).map((r) => ReportSchema.safeParse(r)).filter((r) => r.success).map((r) => r.data);
  return all.filter((r) => !q || `${r.site} ${r.seller ?? ''} ${r.note} ${r.url}`.toLowerCase().includes(q)).sort((a, b) => b.createdAt - a.createdAt);
}

export function saveReport(db: IDBPDatabase<ShopwatchDB>, report: Report): Promise<Report> {
  return writing(async () => {
    const valid = ReportSchema.parse(report);
    await db.put('reports', valid);
    return valid;
  });
}

export function addHandOff(db: IDBPDatabase<ShopwatchDB>, id: string, target: HandOffTarget, now: number): Promise<Report | null> {
  return writing(async () => {
    const tx = db.transaction('reports', 'readwrite');
    const parsed = ReportSchema.safeParse(await tx.store.get(id));
    if (!parsed.success) return null;
    const report: Report = { ...parsed.data, status: parsed.data.status === 'resolved' ? 'resolved' : 'reported', updatedAt: now, handOffs: [...parsed.data.handOffs, { target, at: now }].slice(-50) };
    await tx.store.put(report);
    await tx.done;
    return report;
  });
}

export async function deleteEntries(db: IDBPDatabase<ShopwatchDB>, store: 'history' | 'reports' | 'marks', key: string | null): Promise<void> {
  if (key === null) await db.clear(store);
  else await db.delete(store, key);
}

/** Forget history older than the retention period; reports are the user's and are kept. */
export async function pruneHistory(db: IDBPDatabase<ShopwatchDB>, retentionDays: number, now: number): Promise<number> {
  if (retentionDays <= 0) return 0;
  const tx = db.transaction('history', 'readwrite');
  let removed = 0;
  for (let cursor = await tx.store.index('lastSeen').openCursor(IDBKeyRange.upperBound(now - retentionDays * 86_400_000)); cursor; cursor = await cursor.continue()) {
    await cursor.delete();
    removed++;
  }
  await tx.done;
  return removed;
}

export async function exportAll(db: IDBPDatabase<ShopwatchDB>, now: number): Promise<ExportFile> {
  const marks = (await db.getAll('marks')).flatMap((raw) => {
    const parsed = SiteMarkRecordSchema.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
  return { format: 'shopwatch-export', version: 1, exportedAt: now, history: await listHistory(db), reports: await listReports(db), marks };
}

type ImportCheck = { ok: true; file: ExportFile; newTrusted: string[] } | { ok: false; error: string };

/**
 * Validate an import and list the trusted marks it would add (sites the shopper does not trust
 * yet). A shared "list of verified shops" must not silence warnings without the shopper's say.
 */
export async function checkImport(db: IDBPDatabase<ShopwatchDB>, raw: unknown): Promise<ImportCheck> {
  const parsed = ExportFileSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.path.join('.') || 'not a Shopwatch export' };
  const current = await readMarks(db);
  const newTrusted = parsed.data.marks.filter((m) => m.mark === 'trusted' && current[m.site] !== 'trusted').map((m) => m.site);
  return { ok: true, file: parsed.data, newTrusted: [...new Set(newTrusted)] };
}

/**
 * Validate first, then write everything in one transaction: a bad file changes nothing. Trusted
 * marks the shopper does not have yet are written only with `acceptTrusted` (asked first).
 */
export async function importAll(db: IDBPDatabase<ShopwatchDB>, raw: unknown, options: { acceptTrusted: boolean }): Promise<{ ok: true; history: number; reports: number; marks: number } | { ok: false; error: string }> {
  const checked = await checkImport(db, raw);
  if (!checked.ok) return checked;
  const declined = new Set(options.acceptTrusted ? [] : checked.newTrusted);
  const marks = checked.file.marks.filter((m) => !(m.mark === 'trusted' && declined.has(m.site)));
  await writing(async () => {
    const tx = db.transaction(['history', 'reports', 'marks'], 'readwrite');
    for (const entry of checked.file.history) await tx.objectStore('history').put(entry);
    for (const report of checked.file.reports) await tx.objectStore('reports').put(report);
    for (const mark of marks) await tx.objectStore('marks').put(mark);
    await tx.done;
  });
  return { ok: true, history: checked.file.history.length, reports: checked.file.reports.length, marks: marks.length };
}

export type SiteMarks = Record<string, 'trusted' | 'suspicious'>;

export async function readMarks(db: IDBPDatabase<ShopwatchDB>): Promise<SiteMarks> {
  // No prototype: a site called "constructor" or "__proto__" must not find an inherited value.
  const marks: SiteMarks = Object.create(null) as SiteMarks;
  for (const raw of await db.getAll('marks')) {
    const parsed = SiteMarkRecordSchema.safeParse(raw);
    if (parsed.success) marks[parsed.data.site] = parsed.data.mark;
  }
  return marks;
}

/** Set (or, with null, remove) one mark; the others are not touched. */
export function writeMark(db: IDBPDatabase<ShopwatchDB>, site: string, mark: 'trusted' | 'suspicious' | null, now: number): Promise<void> {
  return writing(async () => {
    if (mark) await db.put('marks', { site, mark, at: now });
    else await db.delete('marks', site);
  });
}

/** Add marks in one transaction (the one-time move of old storage.local marks); existing ones win. */
export function writeMarks(db: IDBPDatabase<ShopwatchDB>, marks: SiteMarks, now: number): Promise<void> {
  return writing(async () => {
    const tx = db.transaction('marks', 'readwrite');
    for (const [site, mark] of Object.entries(marks)) if ((await tx.store.get(site)) === undefined) await tx.store.put({ site, mark, at: now });
    await tx.done;
  });
}
