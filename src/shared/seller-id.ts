/**
 * Seller ids as each marketplace writes them. A seller key ("amazon:A3…") names a cache entry
 * and a trust mark, so the background accepts only ids of the marketplace's own format:
 * - Amazon merchant ids: "A" and 8–20 upper-case letters or digits (A1HU50MU6HH3XH, ATVPDKIKX0DER).
 * - eBay user names: letters, digits and . _ - * (2–64), as eBay allows them.
 * - Kleinanzeigen: the numeric userId of the ad's contact link.
 */
const SELLER_ID: Readonly<Record<'amazon' | 'ebay' | 'kleinanzeigen', RegExp>> = {
  amazon: /^A[0-9A-Z]{8,20}$/,
  ebay: /^[\w.*-]{2,64}$/,
  kleinanzeigen: /^\d{1,15}$/,
};

export type SellerMarketplace = keyof typeof SELLER_ID;

export function isSellerMarketplace(name: string): name is SellerMarketplace {
  return Object.hasOwn(SELLER_ID, name);
}

export function isValidSellerId(marketplace: SellerMarketplace, id: string): boolean {
  return SELLER_ID[marketplace].test(id);
}

/** "amazon:A3…" → its parts when both are well-formed, else null. */
export function parseSellerKey(key: string): { marketplace: SellerMarketplace; id: string } | null {
  const colon = key.indexOf(':');
  const marketplace = key.slice(0, colon);
  const id = key.slice(colon + 1);
  if (colon < 0 || !isSellerMarketplace(marketplace) || !isValidSellerId(marketplace, id)) return null;
  return { marketplace, id };
}
