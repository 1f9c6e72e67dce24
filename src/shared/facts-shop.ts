import { z } from './zod';

/** Fact sections of independent web shops (issue #4). Money is in integer cents. */
const snippet = z.string().max(300);

export const PricesFactsSchema = z.object({
  /** Offers declared in JSON-LD or microdata. */
  offers: z.array(z.object({ name: snippet.nullable(), cents: z.number().int().nonnegative(), currency: z.string().max(5) })).max(50),
  /** Was → now pairs: a struck price next to the current one, a JSON-LD list price above the offer, "statt/UVP/RRP 899 €". */
  discounts: z
    .array(z.object({ wasCents: z.number().int(), nowCents: z.number().int(), percent: z.number(), text: snippet, source: z.enum(['struck', 'json-ld', 'text']).optional() }))
    .max(100),
  /** Prices visible on the page (not struck through). */
  visiblePriceCount: z.number().int().nonnegative(),
  /** The product a product page sells and its current price (JSON-LD, product meta tags, or h1 + first price). */
  product: z.object({ name: snippet, cents: z.number().int().nonnegative(), currency: z.string().max(5) }).nullable().optional(),
  /** Items a listing, home page or cart shows: each product tile's name and current price. */
  items: z.array(z.object({ name: snippet, cents: z.number().int().nonnegative(), currency: z.string().max(5) })).max(60).optional(),
});
export type PricesFacts = z.infer<typeof PricesFactsSchema>;

export const ContactFactsSchema = z.object({
  emails: z.array(snippet).max(10),
  freeMailEmails: z.array(snippet).max(10),
  phones: z.array(snippet).max(10),
  /** A street line with house number plus a postcode and town, e.g. "Hauptstr. 5, 10115 Berlin". */
  postalAddress: snippet.nullable(),
  poBox: snippet.nullable(),
  /** A postcode and town seen without a street line beside it ("48143 Münster"), when there is no postal address. */
  townOnly: snippet.nullable().optional(),
  /** The country named after a postcode and town ("13001 Marseille Frankreich"), as ISO code. */
  addressCountry: z.string().regex(/^[A-Z]{2}$/).nullable().optional(),
});
export type ContactFacts = z.infer<typeof ContactFactsSchema>;

export const VatIdSchema = z.object({
  raw: snippet,
  country: z.string().max(3),
  /** null where we cannot check the check digit for that country. */
  checksumValid: z.boolean().nullable(),
});

export const CompanyFactsSchema = z.object({
  names: z.array(snippet).max(5),
  legalForms: z.array(z.string().max(20)).max(5),
  vatIds: z.array(VatIdSchema).max(5),
  registerEntries: z.array(snippet).max(5),
  /** "HRB" followed by something that is no register number (too many digits, letters, slashes). */
  registerMalformed: z.array(snippet).max(5).optional(),
});
export type CompanyFacts = z.infer<typeof CompanyFactsSchema>;

export const TrustSealSchema = z.object({
  issuer: z.string().max(60),
  evidence: snippet,
  /** ok: links to the issuer; unlinked: no link or a dead one (javascript:, "#"); self-linked: into the shop itself; lookalike: to a domain borrowing the issuer's name. */
  verdict: z.enum(['ok', 'unlinked', 'self-linked', 'lookalike', 'other-link']),
  href: z.string().max(2000).nullable(),
});
export const TrustSealsFactsSchema = z.object({ seals: z.array(TrustSealSchema).max(20) });
export type TrustSealsFacts = z.infer<typeof TrustSealsFactsSchema>;

export const UrgencyFactsSchema = z.object({
  countdown: snippet.nullable(),
  lowStock: snippet.nullable(),
  liveVisitors: snippet.nullable(),
  recentPurchases: snippet.nullable(),
});
export type UrgencyFacts = z.infer<typeof UrgencyFactsSchema>;

export const LocaleFactsSchema = z.object({
  pageLanguage: z.string().max(20).nullable(),
  /** The language the text is written in (de, en, fr, nl, it), by its commonest words; for pages without a lang attribute. */
  textLanguage: z.string().max(5).nullable().optional(),
  currencies: z.array(z.string().max(5)).max(10),
  tld: z.string().max(30),
});
export type LocaleFacts = z.infer<typeof LocaleFactsSchema>;

/** What the page says it sells, for comparing with the words of its domain (issue #12: rule domain-unrelated). */
export const TopicFactsSchema = z.object({
  title: snippet.nullable(),
  /** JSON-LD Product.category and BreadcrumbList names. */
  categories: z.array(snippet).max(8),
  /** The first h1/h2 headings. */
  headings: z.array(snippet).max(12),
});
export type TopicFacts = z.infer<typeof TopicFactsSchema>;

export const MedicalFactsSchema = z.object({
  category: z.enum(['ffp2-mask', 'ffp3-mask', 'surgical-mask', 'disinfectant', 'rapid-test']),
  productText: snippet,
  /** Unit price in cents per piece (masks, tests) or per litre (disinfectant); null when unknown. */
  unitCents: z.number().int().nullable(),
  unit: z.enum(['piece', 'litre']),
  quantity: z.number().nullable(),
  hasCe: z.boolean(),
  notifiedBody: z.string().max(10).nullable(),
  hasEn149: z.boolean(),
});
export type MedicalFacts = z.infer<typeof MedicalFactsSchema>;

/** The shop's template: system, theme, and a MinHash of its own asset paths and product titles (issue 17). */
export const TemplateFactsSchema = z.object({
  platform: z.string().max(40).nullable(),
  theme: z.string().max(60).nullable(),
  signature: z.array(z.number().int().nonnegative()).length(64).nullable(),
});
export type TemplateFacts = z.infer<typeof TemplateFactsSchema>;

/** What the shop's own Impressum page says, fetched same-origin by the content script (issue #4). */
export const ImpressumDetailsSchema = z.object({
  url: z.string().max(2000),
  company: CompanyFactsSchema,
  contact: ContactFactsSchema,
  /** MinHash of its identifying lines (src/content/impressum/fingerprint.ts): finds a copy on another domain. */
  fingerprint: z.array(z.number().int().nonnegative()).length(64).optional(),
});
export type ImpressumDetails = z.infer<typeof ImpressumDetailsSchema>;
