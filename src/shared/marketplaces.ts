import { getDomainWithoutSuffix } from 'tldts';

/**
 * Marketplaces whose own legal notice says nothing about the seller of a listing; on them the
 * shop-level legal rules do not apply (the seller's details come from the marketplace adapter).
 */
const MARKETPLACES = new Set(['amazon', 'ebay', 'kleinanzeigen', 'etsy', 'otto', 'zalando', 'kaufland', 'real', 'aliexpress', 'temu', 'wish', 'rakuten', 'cdiscount', 'bol', 'allegro']);

export function isMarketplaceHost(host: string): boolean {
  const name = getDomainWithoutSuffix(host, { allowPrivateDomains: true });
  return name !== null && MARKETPLACES.has(name);
}
