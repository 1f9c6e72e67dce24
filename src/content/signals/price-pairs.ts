/**
 * Was → now price pairs beyond a struck price next to the current one (issue 15, class 5): JSON-LD
 * `Offer.price` below its `priceSpecification` list/strikethrough price, "statt 899 €", "UVP 899 €",
 * "RRP £899", "au lieu de 899 €", "van €899 voor €89", "invece di 899 €"; and the page's main product
 * with its current price, for the floors of expensive goods.
 */
import { amountToCents, MONEY_PATTERN, parseMoneyAll } from '../../shared/money';
import { clean, queryAll } from '../dom';
import { typesOf } from '../json-ld';
import type { ExtractContext } from '../context';

export interface PricePair {
  wasCents: number;
  nowCents: number;
  percent: number;
  text: string;
  source: 'struck' | 'json-ld' | 'text';
}

export function pairOf(wasCents: number, nowCents: number, text: string, source: PricePair['source']): PricePair | null {
  if (wasCents <= 0 || nowCents <= 0 || nowCents >= wasCents) return null;
  const percent = Math.round((1 - nowCents / wasCents) * 100);
  return percent > 0 && percent < 100 ? { wasCents, nowCents, percent, text: clean(text, 80), source } : null;
}

export function centsOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 && value < 1e9 ? Math.round(value * 100) : null;
  if (typeof value === 'string') return amountToCents(value.slice(0, 40).replace(/[^\d.,]/g, ''));
  return null;
}

const LIST_PRICE_TYPE = /strikethrough|listprice|list price|msrp|srp|regular|original|recommended/i;

/** JSON-LD offers whose priceSpecification names a higher list or strikethrough price. */
export function jsonLdPairs(ctx: ExtractContext): PricePair[] {
  const pairs: PricePair[] = [];
  for (const record of ctx.jsonLd()) {
    if (!typesOf(record).some((t) => t === 'Offer' || t === 'AggregateOffer')) continue;
    const now = centsOf(record.price ?? record.lowPrice);
    const specs = ([] as unknown[]).concat(record.priceSpecification ?? []).slice(0, 10);
    for (const spec of specs) {
      if (now === null || !spec || typeof spec !== 'object') continue;
      const s = spec as Record<string, unknown>;
      const type = typeof s.priceType === 'string' ? s.priceType : null;
      // A specification without a type that is higher than the offer is its regular price.
      if (type !== null && !LIST_PRICE_TYPE.test(type)) continue;
      const was = centsOf(s.price);
      const pair = was === null ? null : pairOf(was, now, `JSON-LD ${(was / 100).toFixed(2)} → ${(now / 100).toFixed(2)}`, 'json-ld');
      if (pair) pairs.push(pair);
    }
    if (pairs.length >= 20) break;
  }
  return pairs;
}

/** Words that mark the price after them as the old one (de, en, fr, nl, it). */
const WAS_MARKER =
  /(?<![a-zäöüßéèà])(?:statt|anstatt|uvp|unverbindliche preisempfehlung|vorher|früher|bisher|originalpreis|regulärer preis|normalpreis|ursprünglich|was|rrp|msrp|list price|regular price|original price|instead of|compare at|au lieu de|prix barré|prix initial|prix conseillé|avant|van|adviesprijs|normale prijs|voorheen|invece di|prezzo consigliato|prezzo di listino|prezzo pieno|prima|anziché)[ \t]{0,3}:?[ \t]{0,3}$/i;

/** "Statt 899,00 € nur 89,00 €": a marked old price and the nearest lower price within 80 characters. */
export function textPairs(text: string, limit = 30): PricePair[] {
  const pairs: PricePair[] = [];
  const pattern = new RegExp(MONEY_PATTERN.source, 'gi');
  const prices: Array<{ index: number; end: number; cents: number; text: string }> = [];
  for (const m of text.matchAll(pattern)) {
    const cents = amountToCents(m[2] ?? m[3] ?? '');
    if (cents !== null) prices.push({ index: m.index, end: m.index + m[0].length, cents, text: m[0] });
    if (prices.length >= 2000) break;
  }
  prices.forEach((was, i) => {
    if (pairs.length >= limit || !WAS_MARKER.test(text.slice(Math.max(0, was.index - 40), was.index))) return;
    const near = [prices[i + 1], prices[i - 1]].filter((p) => p !== undefined && Math.abs(p.index - was.index) <= 80 && p.cents < was.cents);
    const now = near[0];
    const pair = now ? pairOf(was.cents, now.cents, `${was.text} → ${now.text}`, 'text') : null;
    if (pair) pairs.push(pair);
  });
  return pairs;
}

export interface MainProduct {
  name: string;
  cents: number;
  currency: string;
}

/** The one product a product page sells and its current price: JSON-LD, product meta tags, or the h1 and the first price after it. */
export function mainProduct(ctx: ExtractContext): MainProduct | null {
  const products = ctx.jsonLd().filter((r) => typesOf(r).includes('Product') && typeof r.name === 'string');
  if (products.length === 1) {
    const product = products[0] as Record<string, unknown>;
    const offer = ([] as unknown[]).concat(product.offers ?? [])[0] as Record<string, unknown> | undefined;
    const cents = offer ? centsOf(offer.price ?? offer.lowPrice) : null;
    if (cents) return { name: clean(String(product.name), 200), cents, currency: typeof offer?.priceCurrency === 'string' ? offer.priceCurrency.slice(0, 5) : 'EUR' };
  }
  const metaPrice = ctx.root.querySelector('meta[property="product:price:amount"], meta[property="og:price:amount"]')?.getAttribute('content');
  const metaTitle = ctx.root.querySelector('meta[property="og:title"]')?.getAttribute('content');
  const metaCents = metaPrice ? centsOf(metaPrice) : null;
  if (metaCents && metaTitle) return { name: clean(metaTitle, 200), cents: metaCents, currency: ctx.root.querySelector('meta[property="product:price:currency"]')?.getAttribute('content')?.slice(0, 5) ?? 'EUR' };
  if (ctx.pageType !== 'product') return null;
  const h1s = queryAll(ctx.root, 'h1', 2);
  const title = clean(h1s[0]?.textContent, 200);
  const at = title && h1s.length === 1 ? ctx.text.indexOf(title.slice(0, 60)) : -1;
  if (at < 0) return null;
  const struck = new Set(queryAll(ctx.root, 'del, s, strike', 50).map((e) => clean(e.textContent, 40)));
  const price = parseMoneyAll(ctx.text.slice(at, at + 600), 10).find((m) => !struck.has(clean(m.text, 40)));
  return price ? { name: title, cents: price.cents, currency: price.currency } : null;
}
