/**
 * eBay (.de .com .at .co.uk): seller card (name, feedback count, positive share, "Joined"), item
 * location, price, and the seller's legal information. The item selectors are proven on a saved real
 * ebay.com page (2025 layout); the profile and legal-information ones only on our own fixtures
 * (tests/fixtures/pages/ebay). The field log keeps a broken selector from flagging anyone.
 */
import { countryCodeOf } from '../../shared/country';
import type { TraderDetails } from '../../shared/facts-marketplace';
import { checkVatId } from '../../shared/vat';
import { parseMoneyAll } from '../../shared/money';
import { clean } from '../dom';
import type { ExtractContext } from '../context';
import { offPlatformContact, originClaims, parseCount, parseMemberSince, parsePercent, unprotectedPaymentRequests } from './marketplace-text';
import { FieldLog, type Adapter } from './types';

export const EBAY = {
  sellerCard: '.x-sellercard-atf, [data-testid="x-sellercard-atf"], #RightSummaryPanel .si-cnt',
  sellerName: '.x-sellercard-atf__info__about-seller a span, .x-sellercard-atf__info__about-seller a, .mbg-nw',
  title: 'h1.x-item-title__mainTitle, .x-item-title__mainTitle, #itemTitle',
  price: '.x-price-primary, #prcIsum',
  /** The description where the listing carries it in its own document (older layouts, some mobile pages). */
  description: '#desc_div, #ds_div, [data-testid="x-item-description-child"], .x-item-description-child, .d-item-description',
  /** Otherwise a frame on eBay's description host (itm.ebaydesc.com / vi.vipr.ebaydesc.com), read by the follow-up. */
  descriptionFrame: 'iframe#desc_ifr[src], iframe[src*="ebaydesc.com"]',
  location: /(?:artikelstandort|located in|standort)(?:\s{0,8}:)?\s{0,8}([^\n]{2,80})/i,
  /** Profile: "Bewertungen der letzten 12 Monate" / "Feedback ratings (last 12 months)" with positive, neutral, negative counts. */
  privateSeller: /\b(privatverkäufer|privater verkäufer|privatverkauf|private seller|privately selling)\b/i,
  businessSeller: /\b(gewerblicher verkäufer|gewerblicher anbieter|business seller|registered as a business)\b/i,
  last12Months: /(?:bewertungen der letzten 12 monate|feedback[^\n]{0,20}last 12 months|last 12 months)/i,
  legalInfo: /(rechtliche informationen des verkäufers|seller'?s? (legal|business) information|business seller information)/i,
  legalLabels: {
    businessName: /^(name|firmenname|business name)\s*:?\s*/i,
    address: /^(adresse|address|anschrift)\s*:?\s*/i,
    phone: /^(telefon|phone)\s*:?\s*/i,
    email: /^(e-?mail)\s*:?\s*/i,
    vatId: /^(umsatzsteuer-identifikationsnummer|ust-?idnr\.?|vat number|vat id)\s*:?\s*/i,
    registerNumber: /^(handelsregisternummer|trade register number|registernummer)\s*:?\s*/i,
  },
} as const;

const HOSTS = /(^|\.)ebay\.(de|com|at|co\.uk)$/;
/** eBay user names: letters, digits and . - _ * (no spaces; a store's display name is not one). */
const USER_NAME = /^[\w.*-]{2,64}$/;

/** The seller's profile (/usr/name), where eBay shows "Joined", the 12-month feedback and, for traders, the legal details. */
function profileUrlFor(name: string | null, ctx: ExtractContext): string | null {
  return name && USER_NAME.test(name) ? new URL(`/usr/${encodeURIComponent(name)}`, ctx.url).href : null;
}

function legalValue(lines: string[], pattern: RegExp): string | null {
  const line = lines.find((l) => pattern.test(l));
  return line ? clean(line.replace(pattern, ''), 200) || null : null;
}

/** Sum of the positive, neutral and negative counts after the 12-month heading; null when not shown. */
function ratingsLast12Months(text: string): number | null {
  const start = text.search(EBAY.last12Months);
  if (start < 0) return null;
  const block = text.slice(start, start + 400);
  // "Positive 41" (label first) is how eBay prints it; "41 positive" only if that form is absent.
  const counts = ['positiv', 'neutral', 'negativ'].map((label) => (new RegExp(`${label}e?(?:\\s{0,3}:)?\\s{0,3}(\\d[\\d.,]{0,12})`, 'i').exec(block) ?? new RegExp(`(?<![\\d.,])(\\d[\\d.,]{0,12})\\s{0,3}${label}`, 'i').exec(block))?.[1]);
  if (counts.some((c) => c === undefined)) return null;
  return counts.reduce((sum, c) => sum + Number((c ?? '0').replace(/[.,]/g, '')), 0);
}

/**
 * "Rechtliche Informationen des Verkäufers": shown for traders only. null when the page has none, and
 * when none of its labelled lines could be read (an older layout): unread is never "no trader details".
 */
function readTrader(lines: string[]): TraderDetails | null {
  if (!Object.values(EBAY.legalLabels).some((pattern) => lines.some((l) => pattern.test(l)))) return null;
  const value = (label: keyof typeof EBAY.legalLabels) => legalValue(lines, EBAY.legalLabels[label]);
  const vatRaw = value('vatId');
  const vat = vatRaw ? checkVatId(vatRaw) : null;
  const address = value('address');
  return {
    businessName: value('businessName'),
    businessType: null,
    registerNumber: value('registerNumber'),
    vatId: vat?.id ?? null,
    vatValid: vat?.checksumValid ?? null,
    address,
    country: address ? clean(address.split(',').pop(), 60) : null,
    countryCode: countryCodeOf(address),
    email: value('email'),
    phone: value('phone'),
  };
}

/** The item description from the listing's own document, or the address of the frame that holds it. */
function readDescription(ctx: ExtractContext, log: FieldLog): { description: string; descriptionUrl: string | null } {
  const description = clean(ctx.root.querySelector(EBAY.description)?.textContent, 4000);
  const src = ctx.root.querySelector(EBAY.descriptionFrame)?.getAttribute('src') ?? null;
  let descriptionUrl: string | null = null;
  try {
    descriptionUrl = src ? new URL(src, ctx.url).href.slice(0, 2000) : null;
  } catch {
    descriptionUrl = null;
  }
  // Read here, or left to the follow-up: either way "description" is missing until its text is in hand.
  log.note('description', description.length >= 20 ? description : null);
  return { description, descriptionUrl: description.length >= 20 ? null : descriptionUrl };
}

function sellerTypeOf(text: string, trader: TraderDetails | null): 'business' | 'private' | null {
  if (trader || EBAY.businessSeller.test(text)) return 'business';
  return EBAY.privateSeller.test(text) ? 'private' : null;
}

function extractEbay(ctx: ExtractContext, isProfile: boolean) {
  const log = new FieldLog();
  const card = ctx.root.querySelector(EBAY.sellerCard);
  const cardText = clean(card?.textContent, 500);
  const name = log.note('seller', clean((card ?? ctx.root).querySelector(EBAY.sellerName)?.textContent, 120) || (isProfile ? ctx.url.pathname.split('/')[2] ?? null : null));
  const title = isProfile ? null : log.note('title', clean(ctx.root.querySelector(EBAY.title)?.textContent, 300));
  const legalStart = ctx.text.search(EBAY.legalInfo);
  const legalLines = legalStart >= 0 ? ctx.text.slice(legalStart, legalStart + 1500).split('\n').map((l) => l.trim()) : [];
  const trader = readTrader(legalLines);
  const since = parseMemberSince(ctx.text);
  const price = isProfile ? undefined : parseMoneyAll(ctx.root.querySelector(EBAY.price)?.textContent ?? '', 1)[0];
  const { description, descriptionUrl } = isProfile ? { description: '', descriptionUrl: null } : readDescription(ctx, log);
  const listing = `${title ?? ''} ${description}`;
  return {
    marketplace: 'ebay' as const,
    pageKind: isProfile ? ('seller-profile' as const) : ('product' as const),
    seller: {
      name,
      id: name,
      profileUrl: isProfile ? ctx.url.href : profileUrlFor(name, ctx),
      isMarketplace: false,
      shipsFrom: null,
      sellerType: sellerTypeOf(ctx.text, trader),
      newSellerMarker: null,
      // On a listing only the seller card speaks for the seller: a "(0)" elsewhere (a basket, a tab) is no rating count.
      ratingCount: log.note('ratingCount', parseCount(isProfile ? cardText || ctx.text.slice(0, 5000) : cardText)),
      positivePercent: log.note('positivePercent', parsePercent(isProfile ? cardText || ctx.text.slice(0, 5000) : cardText)),
      ratingsLast12Months: isProfile ? ratingsLast12Months(ctx.text) : null,
      memberSince: since?.raw ?? null,
      memberSinceDate: since?.date ?? null,
      itemLocation: isProfile ? null : log.note('itemLocation', EBAY.location.exec(ctx.text)?.[1]?.trim()),
    },
    trader,
    title,
    priceCents: isProfile ? null : log.note('price', price?.cents),
    currency: price?.currency ?? null,
    listPriceCents: null,
    otherOffers: [],
    originClaims: originClaims(listing),
    offPlatformContact: offPlatformContact(listing),
    unprotectedPayment: unprotectedPaymentRequests(listing),
    descriptionUrl,
    fieldsRead: log.read,
    fieldsMissing: log.missing,
  };
}

export const ebay: Adapter = {
  id: 'ebay',
  matchesHost: (hostname) => HOSTS.test(hostname),
  isProductPage: (ctx) => /\/itm\//.test(ctx.url.pathname),
  isSellerProfile: (ctx) => /^\/(usr|str)\//.test(ctx.url.pathname),
  extract(ctx) {
    if (ebay.isProductPage(ctx)) return extractEbay(ctx, false);
    return ebay.isSellerProfile(ctx) ? extractEbay(ctx, true) : undefined;
  },
};
