import type { IDBPDatabase } from 'idb';
import { WATCHLIST_CSV_URL, WATCHLIST_SOURCE_ID, type ListSource } from '../../shared/lists/list-records';
import type { ListFormat, ParsedList } from '../../shared/lists/parse-list';
import type { ListsDB } from './list-db';
import { fetchList } from './download';
import { readSource, readSources, replaceList, writeSource } from './list-store';
import { judgeDownload, listDateOf } from './validate-download';

type Db = IDBPDatabase<ListsDB>;

export function newSource(kind: ListSource['kind'], id: string, label: string, url: string | null, format: ListFormat): ListSource {
  return { id, kind, label: label.slice(0, 200), url, format, entryCount: 0, rejectedCount: 0, listDate: null, fetchedAt: null, checkedAt: null, etag: null, lastModified: null, problem: null };
}

/** Watchlist Internet's list is a source from the first start on (its entries arrive with the first update). */
export async function ensureDefaultSources(db: Db): Promise<void> {
  if (!(await readSource(db, WATCHLIST_SOURCE_ID))) {
    await writeSource(db, newSource('watchlist', WATCHLIST_SOURCE_ID, 'Watchlist Internet', WATCHLIST_CSV_URL, 'watchlist-csv'));
  }
}

export interface UpdateDeps {
  now: number;
  fetchImpl?: typeof fetch;
  /** False when the browser would refuse the request (a user list whose host permission was withdrawn). */
  mayFetch?: (url: string) => Promise<boolean>;
}

/** Store a parsed list as the one in use for this source. */
export async function useList(db: Db, source: ListSource, parsed: ParsedList, meta: Partial<ListSource> & { listDate: string; fetchedAt: number }): Promise<ListSource> {
  const next: ListSource = { ...source, ...meta, rejectedCount: parsed.rejectedCount, entryCount: parsed.entries.length, problem: null };
  await replaceList(db, next, parsed.entries);
  return next;
}

/** Download one source and replace its list only when the download passes judgeDownload. */
export async function updateSource(db: Db, source: ListSource, deps: UpdateDeps): Promise<ListSource> {
  if (!source.url) return source;
  const checked = { ...source, checkedAt: deps.now };
  if (deps.mayFetch && !(await deps.mayFetch(source.url))) return saved(db, { ...checked, problem: 'no-permission' });
  let fetched;
  try {
    fetched = await fetchList(source.url, source, deps.fetchImpl);
  } catch {
    return saved(db, { ...checked, problem: 'network' });
  }
  const verdict = judgeDownload(fetched, source.format, source.entryCount);
  if (verdict.outcome === 'not-modified') return saved(db, { ...checked, problem: null });
  if (verdict.outcome === 'rejected') return saved(db, { ...checked, problem: verdict.problem });
  return useList(db, checked, verdict.parsed, {
    etag: fetched.etag,
    lastModified: fetched.lastModified,
    listDate: listDateOf(fetched.lastModified, deps.now),
    fetchedAt: deps.now,
  });
}

async function saved(db: Db, source: ListSource): Promise<ListSource> {
  await writeSource(db, source);
  return source;
}

/** Every source that has an address, one after the other (a daily job; no hurry, little memory). */
export async function updateAll(db: Db, deps: UpdateDeps): Promise<ListSource[]> {
  await ensureDefaultSources(db);
  const out: ListSource[] = [];
  for (const source of await readSources(db)) out.push(source.url ? await updateSource(db, source, deps) : source);
  return out;
}
