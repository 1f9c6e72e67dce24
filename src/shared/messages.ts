import { z } from './zod';
import { PageFactsSchema } from './facts';
import { ImpressumDetailsSchema } from './facts-shop';
import { MarketplaceFactsSchema } from './facts-marketplace';
import { SettingsPatchSchema, SettingsSchema } from './settings';
import { GuardSchema } from './site-memory';
import { ExportFileSchema, HandOffTargetSchema, HistoryEntrySchema, ReportSchema } from './db/schema';
import { TabStateSchema } from './result';
import { ConnectionRecordSchema } from './identity';
import { TamperKindSchema } from './guard-tamper';
import { HttpUrlSchema } from './http-url';
import { LIST_MESSAGES, LIST_RESPONSES } from './lists/list-messages';

/**
 * Every runtime message, as one discriminated union. Names are `area/verb`.
 * Both ends validate: the sender builds a message through `makeMessage`, the receiver `safeParse`s.
 */
export const MessageSchema = z.discriminatedUnion('type', [
  // content script → background
  z.object({ type: z.literal('facts/report'), facts: PageFactsSchema }),
  z.object({ type: z.literal('analysis/failed'), url: HttpUrlSchema, error: z.string().max(500) }),
  z.object({ type: z.literal('analysis/started'), url: HttpUrlSchema }),
  z.object({ type: z.literal('impressum/get'), site: z.string().max(300) }),
  z.object({ type: z.literal('impressum/put'), site: z.string().max(300), details: ImpressumDetailsSchema.nullable() }),
  z.object({ type: z.literal('seller/get'), key: z.string().max(100) }),
  z.object({ type: z.literal('seller/put'), key: z.string().max(100), profile: MarketplaceFactsSchema.nullable() }),
  z.object({ type: z.literal('listing/description'), url: z.string().max(2000) }),
  z.object({ type: z.literal('guard/dismiss'), site: z.string().max(300) }),
  z.object({ type: z.literal('guard/trust'), site: z.string().max(300) }),
  z.object({ type: z.literal('guard/details') }),
  z.object({ type: z.literal('guard/hidden'), site: z.string().max(300), how: TamperKindSchema }),
  // popup/options → background
  z.object({ type: z.literal('tab/getState'), tabId: z.number().int() }),
  z.object({ type: z.literal('tab/recheck'), tabId: z.number().int() }),
  z.object({ type: z.literal('guard/question'), tabId: z.number().int() }),
  z.object({ type: z.literal('guard/answer'), tabId: z.number().int(), trust: z.boolean() }),
  z.object({ type: z.literal('settings/get') }),
  z.object({ type: z.literal('settings/update'), patch: SettingsPatchSchema }),
  z.object({ type: z.literal('site/mark'), site: z.string().min(1).max(300), mark: z.enum(['trusted', 'suspicious']).nullable(), tabId: z.number().int().optional() }),
  z.object({ type: z.literal('data/clearAll') }),
  z.object({ type: z.literal('history/list'), query: z.string().max(200) }),
  z.object({ type: z.literal('history/delete'), key: z.string().max(300).nullable() }),
  z.object({ type: z.literal('report/start'), tabId: z.number().int(), screenshot: z.boolean() }),
  z.object({ type: z.literal('report/capture'), tabId: z.number().int() }),
  z.object({ type: z.literal('report/save'), report: ReportSchema }),
  z.object({ type: z.literal('report/list'), query: z.string().max(200) }),
  z.object({ type: z.literal('report/delete'), id: z.string().max(60).nullable() }),
  z.object({ type: z.literal('report/handoff'), id: z.string().max(60), target: HandOffTargetSchema }),
  z.object({ type: z.literal('data/export') }),
  z.object({ type: z.literal('connections/list') }),
  z.object({ type: z.literal('connections/remove'), key: z.string().min(1).max(700) }),
  z.object({ type: z.literal('data/importCheck'), file: z.unknown() }),
  z.object({ type: z.literal('data/import'), file: z.unknown(), acceptTrusted: z.boolean() }),
  // background → content script
  z.object({ type: z.literal('content/analyse') }),
  // fake-shop lists and "check a shop" (options page, check view → background)
  ...LIST_MESSAGES,
]);
export type Message = z.infer<typeof MessageSchema>;
export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/** What each message answers. */
export const ResponseSchemas = {
  'facts/report': z.object({ ok: z.boolean(), guard: GuardSchema.nullable().optional() }),
  'seller/get': z.object({ profile: MarketplaceFactsSchema.nullable(), mayFetch: z.boolean() }),
  'seller/put': z.object({ ok: z.boolean() }),
  'listing/description': z.object({ html: z.string().max(1_000_000).nullable() }),
  'guard/dismiss': z.object({ ok: z.boolean() }),
  'guard/trust': z.object({ ok: z.boolean() }),
  'guard/details': z.object({ ok: z.boolean() }),
  'guard/hidden': z.object({ ok: z.boolean() }),
  'guard/question': z.object({ site: z.string().max(300).nullable() }),
  'guard/answer': SettingsSchema,
  'analysis/failed': z.object({ ok: z.boolean() }),
  /** siteSells: an earlier page of this site showed that it sells, so every page of it gets a verdict. */
  'analysis/started': z.object({ ok: z.boolean(), siteSells: z.boolean().optional() }),
  'impressum/get': z.object({ details: ImpressumDetailsSchema.nullable(), mayFetch: z.boolean() }),
  'impressum/put': z.object({ ok: z.boolean() }),
  'tab/getState': z.object({ state: TabStateSchema.nullable() }),
  'tab/recheck': z.object({ ok: z.boolean() }),
  'settings/get': SettingsSchema,
  'settings/update': SettingsSchema,
  'site/mark': SettingsSchema,
  'data/clearAll': z.object({ ok: z.boolean() }),
  'history/list': z.object({ entries: z.array(HistoryEntrySchema) }),
  'history/delete': z.object({ ok: z.boolean() }),
  'report/start': z.object({ ok: z.boolean() }),
  'report/capture': z.object({ screenshot: z.string().nullable() }),
  'report/save': z.object({ ok: z.boolean(), report: ReportSchema.nullable(), error: z.string().max(200).nullable() }),
  'report/list': z.object({ reports: z.array(ReportSchema) }),
  'report/delete': z.object({ ok: z.boolean() }),
  'report/handoff': z.object({ report: ReportSchema.nullable() }),
  'data/export': ExportFileSchema,
  'data/importCheck': z.object({ ok: z.boolean(), message: z.string().max(300), newTrusted: z.array(z.string().max(300)).max(10_000) }),
  'data/import': z.object({ ok: z.boolean(), message: z.string().max(300) }),
  'connections/list': z.object({ connections: z.array(ConnectionRecordSchema) }),
  'connections/remove': z.object({ ok: z.boolean() }),
  'content/analyse': z.object({ ok: z.boolean() }),
  ...LIST_RESPONSES,
} satisfies Record<MessageType, z.ZodType>;
export type ResponseOf<T extends MessageType> = z.infer<(typeof ResponseSchemas)[T]>;

export function parseMessage(raw: unknown): Message | null {
  const parsed = MessageSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export function parseResponse<T extends MessageType>(type: T, raw: unknown): ResponseOf<T> | null {
  const parsed = ResponseSchemas[type].safeParse(raw);
  return parsed.success ? (parsed.data as ResponseOf<T>) : null;
}
