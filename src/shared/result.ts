import { z } from './zod';
import { PageTypeSchema } from './facts';
import { MarketplaceFactsSchema } from './facts-marketplace';
import { ConnectionViewSchema } from './identity';
import { HttpUrlSchema } from './http-url';

/** 'incomplete': no warning sign found, but a core check was skipped or failed — "could not check fully", never "OK". */
export const LevelSchema = z.enum(['low', 'medium', 'high', 'incomplete']);
export type Level = z.infer<typeof LevelSchema>;

/** fake: takes the money and delivers nothing; problematic: delivers, but dubious (see SIGNALS.md). */
export const RiskKindSchema = z.enum(['fake', 'problematic']);
export type RiskKind = z.infer<typeof RiskKindSchema>;

export const SeveritySchema = z.enum(['info', 'warning', 'danger']);
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * One piece of evidence: a message key ("ev…") and its substitutions. Substitutions are what was
 * found on the page (text, numbers); the words around them come from _locales, so the popup shows
 * evidence in the shopper's language. "evText" is a bare quote of the page.
 */
export const EvidenceSchema = z.object({ key: z.string().max(60), subs: z.array(z.string().max(300)).max(6) });
export type Evidence = z.infer<typeof EvidenceSchema>;

export const ReasonSchema = z.object({
  /** Stable rule id, e.g. "impressum-missing"; the message key is "reason" + PascalCase(id). */
  id: z.string().max(100),
  severity: SeveritySchema,
  kind: RiskKindSchema,
  points: z.number().min(0).max(100),
  messageKey: z.string().max(100),
  /** Substitutions for the message ($1, $2 …), already page-derived text: render as text only. */
  subs: z.array(z.string().max(300)).max(9),
  /** What was found on the page (or "nothing found" facts such as the links that were searched). */
  evidence: z.array(EvidenceSchema).max(10),
  /**
   * The page of the site this reason was seen on, when the verdict is the site's (its evidence
   * profile): path, and whether the shopper visited it or it was read as a follow-up.
   */
  source: z.object({ path: z.string().max(200), via: z.enum(['visited', 'read']) }).optional(),
});
export type Reason = z.infer<typeof ReasonSchema>;

export const RiskResultSchema = z.object({
  score: z.number().int().min(0).max(100),
  level: LevelSchema,
  kind: RiskKindSchema.nullable(),
  reasons: z.array(ReasonSchema).max(50),
  /** Core checks that were skipped or failed (engine/coverage.ts): page-type, legal-links, payment, prices, seller, whole-page. */
  unchecked: z.array(z.string().max(40)).max(10).optional(),
});
export type RiskResult = z.infer<typeof RiskResultSchema>;

/** What the background knows about one tab; the popup renders exactly this. */
export const TabStateSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('analysing'), url: HttpUrlSchema }),
  z.object({ status: z.literal('not-shop'), url: HttpUrlSchema, pageType: PageTypeSchema }),
  z.object({
    status: z.literal('done'),
    url: HttpUrlSchema,
    site: z.string(),
    pageType: PageTypeSchema,
    result: RiskResultSchema,
    analysedAt: z.number(),
    /** Seller details on marketplace pages, for the popup's seller section. */
    marketplace: MarketplaceFactsSchema.optional(),
    /** Other sites or sellers sharing a bank account or company details with this one (issue 17). */
    connections: z.array(ConnectionViewSchema).max(20).optional(),
  }),
  z.object({ status: z.literal('error'), url: HttpUrlSchema, error: z.string().max(500) }),
]);
export type TabState = z.infer<typeof TabStateSchema>;
