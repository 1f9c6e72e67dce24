/**
 * Marketplace hosts for the sentinel, without the public suffix list: the marketplace's name as a
 * label right before a country or generic TLD ("www.amazon.co.uk", "m.ebay.de").
 * TODO 2026-12: use the registrable-domain list of src/shared/marketplaces.ts once it no longer needs tldts (helper w-detect).
 */
const NAMES = ['amazon', 'ebay', 'kleinanzeigen', 'etsy', 'otto', 'zalando', 'kaufland', 'real', 'aliexpress', 'temu', 'wish', 'rakuten', 'cdiscount', 'bol', 'allegro'];
const MARKETPLACE_HOST = new RegExp(String.raw`(?:^|\.)(?:${NAMES.join('|')})\.(?:com?\.)?[a-z]{2,3}$`);

export function isMarketplaceSentinelHost(hostname: string): boolean {
  return MARKETPLACE_HOST.test(hostname.toLowerCase());
}
