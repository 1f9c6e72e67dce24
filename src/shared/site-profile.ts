import { z } from './zod';
import { PageTypeSchema } from './facts';
import { PaymentMethodSchema } from './payment-method';
import { ReasonSchema } from './result';

/**
 * The per-site evidence profile (issue 15, class 2): what each page of a shop — or each listing
 * of one marketplace seller — and each follow-up (the Impressum read in the background) showed,
 * so the site is judged on everything it revealed. Kept in IndexedDB, 30 days, bounded.
 */
export const PROFILE_LIMITS = {
  /** Pages kept per site; the oldest page without warning signs goes first. */
  pagesPerSite: 25,
  /** Sites kept in total; the least recently seen goes first. */
  sites: 500,
  /** Evidence older than this is neither used nor kept. */
  maxAgeMs: 30 * 24 * 60 * 60 * 1000,
  reasonsPerPage: 20,
} as const;

export const LegalPageKeySchema = z.enum(['terms', 'withdrawal', 'privacy']);

/**
 * What a page showed that a warning about an absence on another page would contradict: an
 * Impressum link, terms and withdrawal links, a payment method with buyer protection, an e-mail
 * address of the shop's own, a phone number.
 */
export const PagePresenceSchema = z.object({
  impressum: z.boolean(),
  legal: z.array(LegalPageKeySchema).max(3),
  methods: z.array(PaymentMethodSchema).max(20),
  ownEmail: z.boolean(),
  phone: z.boolean(),
});
export type PagePresence = z.infer<typeof PagePresenceSchema>;

export const ProfilePageSchema = z.object({
  /** URL path without query or fragment ("/impressum.html"): what the popup names as the source. */
  path: z.string().max(200),
  pageType: PageTypeSchema,
  /** visited: the shopper opened it; read: fetched in the background as a follow-up (the Impressum). */
  via: z.enum(['visited', 'read']),
  seenAt: z.number(),
  /** The page itself showed that the site sells (shop evidence of its own). */
  sells: z.boolean(),
  /** The rules that fired on this page alone, before combining with the site's other pages. */
  reasons: z.array(ReasonSchema).max(PROFILE_LIMITS.reasonsPerPage),
  presence: PagePresenceSchema,
  /** Company names its Impressum gave: a checkout's account holder is compared with them. */
  companyNames: z.array(z.string().max(200)).max(5),
});
export type ProfilePage = z.infer<typeof ProfilePageSchema>;

export const SiteProfileSchema = z.object({
  /** The subject: a site ("shop.de") or a marketplace seller ("amazon:A3…"), never a marketplace. */
  key: z.string().min(1).max(300),
  kind: z.enum(['shop', 'seller']),
  /** Public suffix of the site ("de", "co.uk"); "" for sellers. */
  tld: z.string().max(30),
  updatedAt: z.number(),
  pages: z.array(ProfilePageSchema).max(PROFILE_LIMITS.pagesPerSite),
});
export type SiteProfile = z.infer<typeof SiteProfileSchema>;
