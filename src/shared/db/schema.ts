import { HttpUrlSchema } from '../http-url';
import { z } from '../zod';
import { LevelSchema } from '../result';

/** Records kept in IndexedDB (issue #7). Every read goes through these schemas. */
export const HistoryEntrySchema = z.object({
  /** Site (registrable domain) or "amazon:SELLERID" for a marketplace seller. */
  key: z.string().min(1).max(300),
  kind: z.enum(['shop', 'seller']),
  label: z.string().max(300),
  lastLevel: LevelSchema,
  lastScore: z.number().int().min(0).max(100),
  firstSeen: z.number(),
  lastSeen: z.number(),
  count: z.number().int().min(1),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const HandOffTargetSchema = z.enum(['marketplace', 'watchlist-internet', 'verbraucherzentrale', 'police', 'konsumentenschutz', 'ombudsstelle', 'email', 'copied']);
export type HandOffTarget = z.infer<typeof HandOffTargetSchema>;

export const ReportSchema = z.object({
  id: z.string().min(1).max(60),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** The reported page: http(s) only (it becomes a link in the hand-off), or empty when there was none. */
  url: z.union([HttpUrlSchema, z.literal('')]),
  site: z.string().max(300),
  marketplace: z.string().max(30).nullable(),
  seller: z.string().max(300).nullable(),
  level: LevelSchema.nullable(),
  score: z.number().int().min(0).max(100).nullable(),
  /** Reasons as the shopper saw them: text plus evidence, in the UI language at the time. */
  reasons: z.array(z.object({ id: z.string().max(100), text: z.string().max(500), evidence: z.array(z.string().max(400)).max(10) })).max(30),
  what: z.enum(['suspicious', 'paid-nothing-arrived', 'off-platform-payment', 'counterfeit', 'other']),
  note: z.string().max(5000),
  screenshot: z.string().max(8_000_000).nullable(),
  status: z.enum(['draft', 'reported', 'resolved']),
  handOffs: z.array(z.object({ target: HandOffTargetSchema, at: z.number() })).max(50),
});
export type Report = z.infer<typeof ReportSchema>;

/** The export file: versioned so an import can tell ours from a foreign file. */
export const SiteMarkRecordSchema = z.object({ site: z.string().min(1).max(300), mark: z.enum(['trusted', 'suspicious']), at: z.number() });
export type SiteMarkRecord = z.infer<typeof SiteMarkRecordSchema>;

export const ExportFileSchema = z.object({
  format: z.literal('shopwatch-export'),
  version: z.literal(1),
  exportedAt: z.number(),
  history: z.array(HistoryEntrySchema).max(100_000),
  reports: z.array(ReportSchema).max(10_000),
  /** The shopper's trust/suspicion marks; files from before marks were exported have none. */
  marks: z.array(SiteMarkRecordSchema).max(10_000).default([]),
});
export type ExportFile = z.infer<typeof ExportFileSchema>;

