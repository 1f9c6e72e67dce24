import { HttpUrlSchema } from './http-url';
import { z } from './zod';
import {
  CompanyFactsSchema,
  ContactFactsSchema,
  ImpressumDetailsSchema,
  LocaleFactsSchema,
  MedicalFactsSchema,
  PricesFactsSchema,
  TemplateFactsSchema,
  TopicFactsSchema,
  TrustSealsFactsSchema,
  UrgencyFactsSchema,
} from './facts-shop';
import { CheckoutFactsSchema } from './facts-checkout';
import { MarketplaceFactsSchema } from './facts-marketplace';
import { PaymentMethodSchema } from './payment-method';

/**
 * PageFacts: the contract between the content layer (DOM → facts) and the engine (facts → score).
 * Every section is produced by one module in src/content/signals/ (its file name is the key's stem).
 * Sections are optional so a signal that failed or ran out of budget is simply absent, never guessed.
 */

/**
 * "info": contact, about, FAQ, shipping and other pages of a shop that are neither legal pages nor sell by themselves.
 * "unknown": the page could not be classified within the time budget; it is scored as "could not check fully", never as safe.
 */
export const PageTypeSchema = z.enum(['product', 'category', 'cart', 'checkout', 'home', 'legal', 'info', 'not-shop', 'unknown']);
export type PageType = z.infer<typeof PageTypeSchema>;

const short = z.string().max(500);

export const LinkFactSchema = z.object({
  /** Visible text, alt or title that matched. */
  text: short,
  href: z.string().max(2000).nullable(),
  sameSite: z.boolean(),
});
export type LinkFact = z.infer<typeof LinkFactSchema>;

export const PageTypeFactsSchema = z.object({
  pageType: PageTypeSchema,
  /**
   * Why the page was judged a shop page (e.g. "JSON-LD Product", "button: In den Warenkorb").
   * Non-empty exactly when this page itself shows that its site sells; a legal or information
   * page without it is scored only when an earlier page of the site did (the site profile).
   */
  shopEvidence: z.array(short).max(20),
});

export const LegalLinksFactsSchema = z.object({
  impressum: LinkFactSchema.nullable(),
  terms: LinkFactSchema.nullable(),
  withdrawal: LinkFactSchema.nullable(),
  privacy: LinkFactSchema.nullable(),
  shipping: LinkFactSchema.nullable(),
  contact: LinkFactSchema.nullable(),
  /** A page that gathers the legal texts ("Legal & privacy", "Rechtliches"), as big retailers link instead of each. */
  legalHub: LinkFactSchema.nullable().optional(),
});
export type LegalLinksFacts = z.infer<typeof LegalLinksFactsSchema>;

export { PaymentMethodSchema, type PaymentMethod } from './payment-method';

export const PaymentFactsSchema = z.object({
  methods: z.array(PaymentMethodSchema),
  /** One piece of evidence per method: the text, alt or title where it was found. */
  evidence: z.array(z.object({ method: PaymentMethodSchema, text: short })).max(40),
  /** Methods shown (logo, text, choice) but switched off: disabled, greyed out, "currently unavailable", or "only prepayment possible". Not in `methods`. */
  unavailable: z.array(z.object({ method: PaymentMethodSchema, text: short })).max(20).optional(),
});
export type PaymentFacts = z.infer<typeof PaymentFactsSchema>;

export const ExtractionInfoSchema = z.object({
  elapsedMs: z.number().nonnegative(),
  /** True when a node or text budget cut the pass short. */
  truncated: z.boolean(),
  /**
   * Signal ids that threw ("payment"), ran out of time ("budget:payment"), did not fit their schema
   * ("schema:payment"), or "budget:overrun" when one step overran the budget; their sections are absent.
   */
  failed: z.array(z.string().max(100)).max(50),
});

export const PageFactsSchema = z.object({
  url: HttpUrlSchema,
  host: z.string().max(300),
  lang: z.string().max(20).nullable(),
  pageType: PageTypeFactsSchema,
  legalLinks: LegalLinksFactsSchema.optional(),
  payment: PaymentFactsSchema.optional(),
  prices: PricesFactsSchema.optional(),
  contact: ContactFactsSchema.optional(),
  company: CompanyFactsSchema.optional(),
  trustSeals: TrustSealsFactsSchema.optional(),
  urgency: UrgencyFactsSchema.optional(),
  locale: LocaleFactsSchema.optional(),
  topic: TopicFactsSchema.optional(),
  medical: MedicalFactsSchema.optional(),
  template: TemplateFactsSchema.optional(),
  /** From the follow-up fetch of the shop's Impressum page; absent until (and unless) it succeeded. */
  impressumDetails: ImpressumDetailsSchema.optional(),
  checkout: CheckoutFactsSchema.optional(),
  /** Set by a marketplace adapter (src/content/adapters) on the hosts it knows. */
  marketplace: MarketplaceFactsSchema.optional(),
  extraction: ExtractionInfoSchema,
});
export type PageFacts = z.infer<typeof PageFactsSchema>;
