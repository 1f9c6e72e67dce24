/**
 * Kleinanzeigen (kleinanzeigen.de, formerly eBay Kleinanzeigen): classified ads between private
 * people and small traders. The ad page shows who offers (name, private or commercial, "Aktiv seit"),
 * price, place and description. Selectors proven on a saved real ad (tests/fixtures/pages/kleinanzeigen).
 */
import { parseMoneyAll } from '../../shared/money';
import { clean } from '../dom';
import type { ExtractContext } from '../context';
import { offPlatformContact, originClaims, parseMemberSince, unprotectedPaymentRequests } from './marketplace-text';
import { FieldLog, type Adapter } from './types';

export const KLEINANZEIGEN = {
  contact: '#viewad-contact',
  sellerName: '#viewad-contact .userprofile-vip',
  sellerLink: '#viewad-contact a[href*="userId="]',
  details: '#viewad-contact .userprofile-vip-details-text',
  title: '#viewad-title',
  description: '#viewad-description-text',
  price: '#viewad-price',
  locality: '#viewad-locality',
} as const;

const HOSTS = /(^|\.)kleinanzeigen\.de$/;

function extractAd(ctx: ExtractContext) {
  const log = new FieldLog();
  const contact = ctx.root.querySelector(KLEINANZEIGEN.contact);
  const name = log.note('seller', clean(ctx.root.querySelector(KLEINANZEIGEN.sellerName)?.textContent, 120));
  const link = ctx.root.querySelector(KLEINANZEIGEN.sellerLink)?.getAttribute('href') ?? null;
  const id = log.note('sellerId', link ? new URL(link, ctx.url).searchParams.get('userId') : null);
  const details = [...(contact?.querySelectorAll(KLEINANZEIGEN.details) ?? [])].map((d) => clean(d.textContent, 80));
  const since = parseMemberSince(details.join('\n'));
  log.note('memberSince', since?.raw);
  const title = log.note('title', clean(ctx.root.querySelector(KLEINANZEIGEN.title)?.textContent, 300));
  const description = clean(ctx.root.querySelector(KLEINANZEIGEN.description)?.textContent, 4000);
  const price = parseMoneyAll(ctx.root.querySelector(KLEINANZEIGEN.price)?.textContent ?? '', 1)[0];
  log.note('price', price?.cents);
  const listing = `${title ?? ''} ${description}`;
  return {
    marketplace: 'kleinanzeigen' as const,
    pageKind: 'product' as const,
    seller: {
      name,
      id,
      profileUrl: null,
      isMarketplace: false,
      shipsFrom: null,
      sellerType: details.some((d) => /privat/i.test(d)) ? ('private' as const) : details.some((d) => /gewerblich|\bpro\b/i.test(d)) ? ('business' as const) : null,
      newSellerMarker: null,
      ratingCount: null,
      positivePercent: null,
      ratingsLast12Months: null,
      memberSince: since?.raw ?? null,
      memberSinceDate: since?.date ?? null,
      itemLocation: log.note('itemLocation', clean(ctx.root.querySelector(KLEINANZEIGEN.locality)?.textContent, 120)),
    },
    // Private sellers owe no trader details; a commercial one is judged on what the ad shows.
    trader: null,
    title,
    priceCents: price?.cents ?? null,
    currency: price?.currency ?? null,
    // The struck-out price is the seller's own earlier asking price, not a market or list price.
    listPriceCents: null,
    otherOffers: [],
    originClaims: originClaims(listing),
    offPlatformContact: offPlatformContact(listing),
    unprotectedPayment: unprotectedPaymentRequests(listing),
    fieldsRead: log.read,
    fieldsMissing: log.missing,
  };
}

export const kleinanzeigen: Adapter = {
  id: 'kleinanzeigen',
  matchesHost: (hostname) => HOSTS.test(hostname),
  isProductPage: (ctx) => /^\/s-anzeige\//.test(ctx.url.pathname),
  isSellerProfile: () => false,
  extract: (ctx) => (kleinanzeigen.isProductPage(ctx) ? extractAd(ctx) : undefined),
};
