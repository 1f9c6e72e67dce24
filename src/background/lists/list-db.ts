import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ListEntryRecord, ListSource } from '../../shared/lists/list-records';

/**
 * The fake-shop lists live in their own IndexedDB database, apart from history and reports: a
 * list is replaced whole, often, and may be tens of thousands of rows. Entries are keyed by
 * [sourceId, host] with an index on host, so a lookup is a few indexed reads whatever the size.
 */
export interface ListsDB extends DBSchema {
  sources: { key: string; value: ListSource };
  entries: { key: [string, string]; value: ListEntryRecord; indexes: { host: string } };
}

export const LISTS_DB_NAME = 'shopwatch-lists';

export function openListsDatabase(name = LISTS_DB_NAME): Promise<IDBPDatabase<ListsDB>> {
  return openDB<ListsDB>(name, 1, {
    upgrade(db) {
      db.createObjectStore('sources', { keyPath: 'id' });
      db.createObjectStore('entries', { keyPath: ['sourceId', 'host'] }).createIndex('host', 'host');
    },
  });
}

let opened: Promise<IDBPDatabase<ListsDB>> | null = null;

/** One connection per worker life; a failed open is retried on the next call. */
export function listsDatabase(): Promise<IDBPDatabase<ListsDB>> {
  opened ??= openListsDatabase().catch((error: unknown) => {
    opened = null;
    throw error;
  });
  return opened;
}
