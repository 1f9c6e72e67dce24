/**
 * Marketplaces whose own legal notice says nothing about the seller of a listing; on them the
 * shop-level legal rules do not apply (the seller's details come from the marketplace adapter).
 *
 * An explicit list of the real marketplaces' registrable domains, matched as a host suffix
 * (`host === d || host.endsWith('.' + d)`). Never a name on any suffix: `zalando.shop`,
 * `otto.store` or `wish.myshopify.com` are whoever registered them (issue #15, class 9).
 * No tldts here: the content sentinel imports this list and must stay tiny.
 */
export const MARKETPLACE_DOMAINS: readonly string[] = [
  // Amazon
  'amazon.de', 'amazon.at', 'amazon.com', 'amazon.co.uk', 'amazon.fr', 'amazon.it', 'amazon.es', 'amazon.nl', 'amazon.com.be',
  'amazon.pl', 'amazon.se', 'amazon.com.tr', 'amazon.ie', 'amazon.ca', 'amazon.com.mx', 'amazon.com.au', 'amazon.co.jp', 'amazon.in',
  // eBay and its classifieds
  'ebay.de', 'ebay.at', 'ebay.ch', 'ebay.com', 'ebay.co.uk', 'ebay.fr', 'ebay.it', 'ebay.es', 'ebay.nl', 'ebay.be', 'ebay.ie',
  'ebay.pl', 'ebay.ca', 'ebay.com.au', 'kleinanzeigen.de', 'ebay-kleinanzeigen.de',
  // Classifieds and second-hand
  'willhaben.at', 'ricardo.ch', 'tutti.ch', 'anibis.ch', 'shpock.com', 'marktplaats.nl', '2dehands.be', '2ememain.be',
  'leboncoin.fr', 'subito.it', 'wallapop.com', 'milanuncios.com', 'quoka.de', 'vinted.de', 'vinted.at', 'vinted.fr',
  'vinted.it', 'vinted.nl', 'vinted.be', 'vinted.es', 'vinted.co.uk', 'vinted.com',
  // Retail platforms with third-party sellers
  'otto.de', 'kaufland.de', 'kaufland.at', 'kaufland.cz', 'kaufland.sk', 'kaufland.pl', 'real.de', 'etsy.com', 'hood.de',
  'zalando.de', 'zalando.at', 'zalando.ch', 'zalando.fr', 'zalando.it', 'zalando.nl', 'zalando.be', 'zalando.es', 'zalando.pl',
  'zalando.co.uk', 'zalando.se', 'zalando.dk', 'zalando.fi', 'zalando.no', 'zalando.ie', 'zalando.cz', 'zalando.sk',
  'galaxus.de', 'galaxus.at', 'galaxus.ch', 'digitec.ch', 'conrad.de', 'conrad.at', 'manomano.de', 'manomano.fr',
  'manomano.it', 'manomano.es', 'manomano.co.uk', 'bol.com', 'cdiscount.com', 'fnac.com', 'rakuten.de', 'rakuten.fr',
  'allegro.pl', 'emag.ro', 'aliexpress.com', 'aliexpress.us', 'temu.com', 'shein.com', 'wish.com', 'walmart.com',
];

/** Lower-case, without a trailing dot ("www.ebay.de." is the same host). */
function normaliseHost(host: string): string {
  return host.trim().toLowerCase().replace(/(?<!\.)\.+$/, '');
}

/** The marketplace domain this host belongs to, or null: `www.amazon.de` → `amazon.de`; `zalando.shop` → null. */
export function marketplaceDomainOf(host: string): string | null {
  const h = normaliseHost(host);
  return MARKETPLACE_DOMAINS.find((d) => h === d || h.endsWith(`.${d}`)) ?? null;
}

export function isMarketplaceHost(host: string): boolean {
  return marketplaceDomainOf(host) !== null;
}
