import { z } from '../zod';

/**
 * What the lists say about one site: the contract between the background's list store and the
 * engine (EngineConfig.listing). Built by src/background/lists/, read by src/engine/rules/listed-*.ts.
 */
/** fraud: a fraudulent shop (or other fraud); problematic: dubious but delivers; automated: flagged by a machine, not yet reviewed. */
export const ListSeveritySchema = z.enum(['fraud', 'problematic', 'automated']);
export type ListSeverity = z.infer<typeof ListSeveritySchema>;

export const ListingHitSchema = z.object({
  /** "watchlist" for Watchlist Internet's list; "user" for a list the shopper added. */
  source: z.enum(['watchlist', 'user']),
  /** The shopper's name for a user list (its address or file name); empty for Watchlist. */
  sourceLabel: z.string().max(200),
  severity: ListSeveritySchema,
  /** The listed host that matched (the visited host or one of its parents). */
  matched: z.string().max(300),
  /** Day the list in use was fetched or imported (ISO date): "list of <date>". */
  listDate: z.string().max(10),
  /** When the source listed the entry, if it says (ISO date). */
  listedOn: z.string().max(10).optional(),
  /** The source's own category, e.g. "Betrügerische Shops". */
  category: z.string().max(60).optional(),
});
export type ListingHit = z.infer<typeof ListingHitSchema>;

export const SiteListingSchema = z.object({
  hits: z.array(ListingHitSchema).max(10),
  /** On our own known-good list (big DACH marketplaces and retailers). */
  knownGood: z.boolean(),
});
export type SiteListing = z.infer<typeof SiteListingSchema>;

/**
 * Watchlist Internet's categories: "Problematische Shops" deliver but dubiously; "Automatisierte
 * Warnungen" come from their automatic detector. Every other category (Betrügerische Shops,
 * Finanzbetrug, Abo-Fallen …), and an entry without one, is fraud.
 */
export function severityOfCategory(category: string | undefined): ListSeverity {
  const c = (category ?? '').trim().toLowerCase();
  if (c === 'problematische shops') return 'problematic';
  if (c === 'automatisierte warnungen') return 'automated';
  return 'fraud';
}

/** Where a shopper can look the domain up at Watchlist Internet (their site search; opened only on a click). */
export function watchlistLookupUrl(domain: string): string {
  return `https://www.watchlist-internet.at/liste-betruegerischer-shops/?tx_solr%5Bq%5D=${encodeURIComponent(domain)}`;
}
