import { z } from '../zod';

/** Records of the list store (IndexedDB "shopwatch-lists"); every read goes through these schemas. */

/** Why the last download was not used; the options page shows it in words ("listProblem…" keys). */
export const ListProblemSchema = z.enum(['network', 'http', 'too-big', 'not-a-list', 'empty', 'mostly-invalid', 'shrunk', 'no-permission']);
export type ListProblem = z.infer<typeof ListProblemSchema>;

export const ListSourceSchema = z.object({
  /** "watchlist", "url:<address>" or "file:<name>:<time>". */
  id: z.string().min(1).max(2100),
  kind: z.enum(['watchlist', 'url', 'file']),
  /** What the shopper sees: the list's address or file name. */
  label: z.string().max(200),
  url: z.string().max(2000).nullable(),
  format: z.enum(['watchlist-csv', 'plain']),
  /** Entries of the list in use. */
  entryCount: z.number().int().min(0),
  /** Lines of the list in use that were not an address. */
  rejectedCount: z.number().int().min(0),
  /** Date of the list in use (ISO day): the server's Last-Modified, else the day it arrived. */
  listDate: z.string().max(10).nullable(),
  /** When the list in use arrived (ms). */
  fetchedAt: z.number().nullable(),
  /** When Shopwatch last asked the server (ms), whatever came of it. */
  checkedAt: z.number().nullable(),
  etag: z.string().max(300).nullable(),
  lastModified: z.string().max(100).nullable(),
  /** Why the last download did not replace the list in use; null when it did (or was not modified). */
  problem: ListProblemSchema.nullable(),
});
export type ListSource = z.infer<typeof ListSourceSchema>;

export const ListEntryRecordSchema = z.object({
  sourceId: z.string().max(2100),
  host: z.string().max(253),
  listedOn: z.string().max(10).optional(),
  category: z.string().max(60).optional(),
});
export type ListEntryRecord = z.infer<typeof ListEntryRecordSchema>;

export const ListsStatusSchema = z.object({ updatesOn: z.boolean(), sources: z.array(ListSourceSchema).max(50) });
export type ListsStatus = z.infer<typeof ListsStatusSchema>;

export const WATCHLIST_SOURCE_ID = 'watchlist';
export const WATCHLIST_CSV_URL = 'https://www.watchlist-internet.at/liste-betruegerischer-shops/csv/';
