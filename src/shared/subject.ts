import type { MarketplaceFacts } from './facts-marketplace';

/**
 * Who a page is about: the shop (its registrable domain) or, on a marketplace listing, the
 * third-party seller ("amazon:A3XYZ…"). History entries and the shopper's trust marks are kept
 * per subject, so trusting one Amazon seller never silences warnings about another.
 */
export interface Subject {
  key: string;
  kind: 'shop' | 'seller';
  label: string;
}

export function subjectOf(site: string, market: MarketplaceFacts | undefined | null): Subject {
  const sellerId = market && !market.seller.isMarketplace ? (market.seller.id ?? market.seller.name) : null;
  if (!market || !sellerId) return { key: site, kind: 'shop', label: site };
  return { key: `${market.marketplace}:${sellerId}`, kind: 'seller', label: `${market.seller.name ?? sellerId} (${market.marketplace})` };
}

const SELLER_KEY = /^(amazon|ebay|kleinanzeigen):(.+)$/;

/** A stored key back to its parts, for lists that have only the key (the marked sites). */
export function parseSubjectKey(key: string): { kind: 'seller'; marketplace: string; seller: string } | { kind: 'shop'; site: string } {
  const m = SELLER_KEY.exec(key);
  return m ? { kind: 'seller', marketplace: m[1] ?? '', seller: m[2] ?? '' } : { kind: 'shop', site: key };
}
