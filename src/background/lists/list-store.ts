import type { IDBPDatabase } from 'idb';
import type { ListEntry } from '../../shared/lists/parse-list';
import { ListEntryRecordSchema, ListSourceSchema, type ListSource } from '../../shared/lists/list-records';
import { severityOfCategory, type ListingHit, type SiteListing } from '../../shared/lists/listing';
import { candidateHosts } from '../../shared/lists/normalise-host';
import { isKnownGood } from '../../shared/lists/known-good';
import type { ListsDB } from './list-db';

type Db = IDBPDatabase<ListsDB>;

export async function readSources(db: Db): Promise<ListSource[]> {
  const raw = await db.getAll('sources');
  return raw.flatMap((record) => {
    const parsed = ListSourceSchema.safeParse(record);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function readSource(db: Db, id: string): Promise<ListSource | null> {
  const parsed = ListSourceSchema.safeParse(await db.get('sources', id));
  return parsed.success ? parsed.data : null;
}

export async function writeSource(db: Db, source: ListSource): Promise<void> {
  await db.put('sources', ListSourceSchema.parse(source));
}

/**
 * Replace a source's entries and its record in one transaction: a reader sees the old list or
 * the new one, never half of each, and a failure part-way leaves the old list in place.
 */
export async function replaceList(db: Db, source: ListSource, entries: ListEntry[]): Promise<void> {
  const tx = db.transaction(['sources', 'entries'], 'readwrite');
  const store = tx.objectStore('entries');
  const writes: Array<Promise<unknown>> = [store.delete(IDBKeyRange.bound([source.id, ''], [source.id, '\uffff']))];
  for (const entry of entries) writes.push(store.put({ sourceId: source.id, ...entry }));
  writes.push(tx.objectStore('sources').put(ListSourceSchema.parse({ ...source, entryCount: entries.length })));
  await Promise.all([...writes, tx.done]);
}

export async function removeSource(db: Db, id: string): Promise<void> {
  const tx = db.transaction(['sources', 'entries'], 'readwrite');
  await Promise.all([tx.objectStore('entries').delete(IDBKeyRange.bound([id, ''], [id, '\uffff'])), tx.objectStore('sources').delete(id), tx.done]);
}

export async function clearLists(db: Db): Promise<void> {
  const tx = db.transaction(['sources', 'entries'], 'readwrite');
  await Promise.all([tx.objectStore('entries').clear(), tx.objectStore('sources').clear(), tx.done]);
}

function hitFor(source: ListSource, record: unknown, matched: string): ListingHit | null {
  const entry = ListEntryRecordSchema.safeParse(record);
  if (!entry.success || !source.listDate) return null;
  const watchlist = source.kind === 'watchlist';
  return {
    source: watchlist ? 'watchlist' : 'user',
    sourceLabel: watchlist ? '' : source.label,
    // A list the shopper added is a list of fakes by their choice; only Watchlist's categories grade.
    severity: watchlist ? severityOfCategory(entry.data.category) : 'fraud',
    matched,
    listDate: source.listDate,
    ...(entry.data.listedOn && { listedOn: entry.data.listedOn }),
    ...(entry.data.category && { category: entry.data.category }),
  };
}

/** What the lists say about a host: its own entry or its parents' down to the registrable domain. */
export async function lookupListing(db: Db, host: string): Promise<SiteListing> {
  const knownGood = isKnownGood(host);
  const sources = new Map((await readSources(db)).map((s) => [s.id, s]));
  const hits: ListingHit[] = [];
  // A list line naming a known-good site is not used (often a page on a platform, e.g. instagram.com/…).
  if (!knownGood) {
    for (const candidate of candidateHosts(host)) {
      for (const record of await db.getAllFromIndex('entries', 'host', candidate)) {
        const source = sources.get(record.sourceId);
        const hit = source ? hitFor(source, record, candidate) : null;
        if (hit && hits.length < 10) hits.push(hit);
      }
      if (hits.length > 0) break; // the most specific listed host wins
    }
  }
  return { hits, knownGood };
}
