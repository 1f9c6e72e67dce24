/**
 * Amazon (.de .com .co.uk .fr .it .es .nl): who sells and ships a listing, the seller's id and
 * profile, new-seller badges, prices; and the trader details on a seller profile (sp?seller=),
 * which the EU Digital Services Act makes marketplaces show. Selectors first, code below.
 */
import { parseMoneyAll } from '../../shared/money';
import { clean, queryAll } from '../dom';
import type { ExtractContext } from '../context';
import { offPlatformContact, originClaims, unprotectedPaymentRequests } from './marketplace-text';
import { parseTraderProfile } from './amazon-profile';
import { FieldLog, type Adapter } from './types';

export const AMAZON = {
  /** Proven by all four seller-named corpus pages (amazon-de-laptop, -printer, -washer-en, amazon-fr-chromebook). */
  merchantInfo: '#merchant-info',
  /** Newer "tabular buybox" layout (not in the corpus; modelled on amazon.de 2024). */
  tabularSeller: '#tabular-buybox [tabular-attribute-name="Verkäufer"] .tabular-buybox-text, #tabular-buybox [tabular-attribute-name="Sold by"] .tabular-buybox-text',
  tabularShipsFrom: '#tabular-buybox [tabular-attribute-name="Versender"] .tabular-buybox-text, #tabular-buybox [tabular-attribute-name="Ships from"] .tabular-buybox-text',
  /**
   * "Offer display" buy box: desktop proven on real-com-sainsmart-2024; the *Feature_feature_div ids
   * are the mobile/newer form, modelled (no saved real mobile page: tests/fixtures/pages/amazon/mobile-*).
   */
  offerDisplaySeller: '.offer-display-feature-text[offer-display-feature-name$="merchant-info"] .offer-display-feature-text-message, #merchantInfoFeature_feature_div .offer-display-feature-text-message',
  offerDisplayShipsFrom: '.offer-display-feature-text[offer-display-feature-name$="fulfiller-info"] .offer-display-feature-text-message, #fulfillerInfoFeature_feature_div .offer-display-feature-text-message',
  sellerLink: '#merchant-info a[href*="seller="], #sellerProfileTriggerId, #tabular-buybox a[href*="seller="], #merchantInfoFeature_feature_div a[href*="seller="]',
  /** Desktop and mobile both use #productTitle; some mobile pages only have #title. */
  title: '#productTitle, #title',
  description: '#feature-bullets, #productDescription',
  /** A listing offered only used (real-couk-used-book-2024): the used offer's price. */
  usedPrice: '#usedBuySection .offer-price',
  price: '#corePrice_feature_div .a-price:not(.a-text-price) .a-offscreen, #corePriceDisplay_desktop_feature_div .a-price:not(.a-text-price) .a-offscreen, #corePriceDisplay_mobile_feature_div .a-price:not(.a-text-price) .a-offscreen, #priceblock_ourprice, #price_inside_buybox',
  listPrice: '#corePriceDisplay_desktop_feature_div .a-text-price[data-a-strike="true"] .a-offscreen, #corePrice_feature_div .a-text-price[data-a-strike="true"] .a-offscreen, #listPrice',
  /** "Andere Verkäufer auf Amazon" box (amazon-de-printer, -washer-en) and the all-offers display once loaded. */
  otherOfferRows: '#mbc .mbc-offer-row, #aod-offer-list #aod-offer',
  otherOfferPrice: '.a-color-price, .a-price .a-offscreen',
  otherOfferSeller: '[id^="mbc-sold-by-"], #aod-offer-soldBy a, #aod-offer-soldBy .a-col-right',
  /** Badges Amazon shows for sellers that joined recently (de/en/fr/it/es). */
  newSellerText: /\b(neu bei amazon|just launched|new seller|nouveau sur amazon|nuovo su amazon|nuevo en amazon)\b/i,
  /** "Verkauf und Versand durch X", "Sold by X and Fulfilled by Amazon", "Vendu par X et expédié par Amazon". */
  shippedByAmazon: /(versand durch amazon|fulfilled by amazon|expédié par amazon|spedito da amazon|enviado por amazon)/i,
  soldAndShippedBySeller: /^(verkauf und versand durch|ships from and sold by|expédié et vendu par|venduto e spedito da|vendido y enviado por)/i,
} as const;

const HOSTS = /(^|\.)amazon\.(de|com|co\.uk|fr|it|es|nl)$/;
const isAmazonName = (name: string | null) => name !== null && /^amazon(\.[a-z.]+)?(\s+(warehouse|eu|media|retail|ireland))?(\s+s\.?[aà]\s?r\.?\s?l\.?)?$/i.test(name.trim());

function sellerIdFrom(href: string | null, base: URL): string | null {
  if (!href) return null;
  try {
    return new URL(href, base).searchParams.get('seller');
  } catch {
    return null;
  }
}

/** Other sellers' offers: price and seller of each row; rows without a readable price are skipped. */
function readOtherOffers(ctx: ExtractContext) {
  return queryAll(ctx.root, AMAZON.otherOfferRows, 10).flatMap((row) => {
    const cents = parseMoneyAll(row.querySelector(AMAZON.otherOfferPrice)?.textContent ?? '', 1)[0]?.cents;
    if (!cents || cents <= 0) return [];
    // The label is printed twice (one copy for screen readers): "Sold by: Amazon Sold by: Amazon".
    const sellerText = clean(row.querySelector(AMAZON.otherOfferSeller)?.textContent, 160);
    const seller = sellerText.split(/(?:verkauft von|sold by|vendu par|venduto da|vendido por)\s*:?\s*/i).map((part) => part.trim()).find(Boolean) ?? null;
    // A row whose seller cannot be read may be something else (a bundle, a plan): leave it out.
    return seller ? [{ priceCents: cents, seller }] : [];
  });
}

function extractListing(ctx: ExtractContext) {
  const log = new FieldLog();
  const merchant = ctx.root.querySelector(AMAZON.merchantInfo);
  const merchantText = clean(merchant?.textContent, 400);
  const link = ctx.root.querySelector<HTMLAnchorElement>(AMAZON.sellerLink);
  const tabular = clean(ctx.root.querySelector(AMAZON.tabularSeller)?.textContent, 120) || clean(ctx.root.querySelector(AMAZON.offerDisplaySeller)?.textContent, 120);
  const name = log.note('seller', clean(link?.textContent, 120) || tabular || (merchant?.querySelector('a span')?.textContent?.trim() ?? null));
  const id = log.note('sellerId', sellerIdFrom(link?.getAttribute('href') ?? null, ctx.url));
  const boxShipsFrom = clean(ctx.root.querySelector(AMAZON.tabularShipsFrom)?.textContent, 120) || clean(ctx.root.querySelector(AMAZON.offerDisplayShipsFrom)?.textContent, 120);
  const shipsFrom = AMAZON.shippedByAmazon.test(merchantText) ? 'Amazon' : AMAZON.soldAndShippedBySeller.test(merchantText) ? name : boxShipsFrom || null;
  log.note('shipsFrom', shipsFrom);
  const title = log.note('title', clean(ctx.root.querySelector(AMAZON.title)?.textContent, 300));
  const description = queryAll(ctx.root, AMAZON.description, 2).map((e) => clean(e.textContent, 4000)).join(' ');
  const newPrice = ctx.root.querySelector(AMAZON.price);
  const priceElement = newPrice ?? ctx.root.querySelector(AMAZON.usedPrice);
  const price = parseMoneyAll(priceElement?.textContent ?? '', 1)[0];
  const priceCents = log.note('price', price?.cents);
  const listPriceCents = parseMoneyAll(ctx.root.querySelector(AMAZON.listPrice)?.textContent ?? '', 1)[0]?.cents ?? null;
  const sellerArea = `${merchantText} ${clean(ctx.root.querySelector('#tabular-buybox, #buybox')?.textContent, 2000)}`;
  const profileUrl = link?.getAttribute('href') && id ? new URL(link.getAttribute('href') ?? '', ctx.url).href : null;
  return {
    marketplace: 'amazon' as const,
    pageKind: 'product' as const,
    seller: {
      name,
      id,
      profileUrl,
      isMarketplace: isAmazonName(name),
      shipsFrom,
      // Third parties on Amazon sell as businesses: Amazon shows every one's trader details (DSA Art. 30).
      sellerType: isAmazonName(name) || !name ? null : ('business' as const),
      newSellerMarker: AMAZON.newSellerText.exec(sellerArea)?.[0] ?? null,
      ratingCount: null,
      positivePercent: null,
      ratingsLast12Months: null,
      memberSince: null,
      memberSinceDate: null,
      itemLocation: null,
    },
    trader: null,
    title,
    priceCents,
    currency: price?.currency ?? null,
    listPriceCents,
    // A used copy is not comparable with the new offers around it.
    otherOffers: newPrice ? readOtherOffers(ctx) : [],
    originClaims: originClaims(`${title ?? ''} ${description}`),
    offPlatformContact: offPlatformContact(`${title ?? ''} ${description}`),
    unprotectedPayment: unprotectedPaymentRequests(`${title ?? ''} ${description}`),
    fieldsRead: log.read,
    fieldsMissing: log.missing,
  };
}

export const amazon: Adapter = {
  id: 'amazon',
  matchesHost: (hostname) => HOSTS.test(hostname),
  isProductPage: (ctx) => /\/(dp|gp\/product)\//.test(ctx.url.pathname) || ctx.root.querySelector('#productTitle') !== null,
  isSellerProfile: (ctx) => /\/sp$|\/sp\/|\/gp\/help\/seller\//.test(ctx.url.pathname) && ctx.url.searchParams.has('seller'),
  extract(ctx) {
    if (amazon.isSellerProfile(ctx)) return parseTraderProfile(ctx);
    return amazon.isProductPage(ctx) ? extractListing(ctx) : undefined;
  },
};
