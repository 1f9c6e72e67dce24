/**
 * Prices: JSON-LD/microdata offers, visible prices, and struck-through "was" prices with the
 * discount they claim (SIGNALS.md "prices too good": most items 50–90% off).
 */
import { parseMoneyAll, amountToCents } from '../../shared/money';
import { attributeLike, clean, queryAll } from '../dom';
import { typesOf } from '../json-ld';
import type { ExtractContext } from '../context';
import { defineSignal } from './types';

const STRUCK_TAGS = new Set(['DEL', 'S', 'STRIKE', 'del', 's', 'strike']);
// "rice" is in price and Price, "trike" in strike and Strike (all-capital class names are too rare to pay a page walk for).
const STRUCK_CLASS = attributeLike('class', ['rice', 'trike'], /old[-_]?price|was[-_]?price|price--old|strike|regular[-_]?price|list[-_]?price/i);

/** Struck-through prices: <del>/<s>/<strike>, or a class naming an old, list or struck price. */
function struckPrices(root: ParentNode): Element[] {
  return queryAll(root, `del, s, strike, ${STRUCK_CLASS.selector}`, 5000)
    .filter((el) => STRUCK_TAGS.has(el.tagName) || STRUCK_CLASS.test(el))
    .slice(0, 300);
}

function offerCents(offer: Record<string, unknown>): number | null {
  const price = offer.price ?? offer.lowPrice;
  if (typeof price === 'number') return Math.round(price * 100);
  if (typeof price === 'string') return amountToCents(price.replace(/[^\d.,]/g, '')) ?? null;
  return null;
}

function extractOffers(ctx: ExtractContext) {
  const offers: Array<{ name: string | null; cents: number; currency: string }> = [];
  let productName: string | null = null;
  for (const record of ctx.jsonLd()) {
    const types = typesOf(record);
    if (types.includes('Product') && typeof record.name === 'string') productName = clean(record.name, 200);
    if (!types.some((t) => t === 'Offer' || t === 'AggregateOffer')) continue;
    const cents = offerCents(record);
    if (cents === null) continue;
    offers.push({ name: productName, cents, currency: typeof record.priceCurrency === 'string' ? record.priceCurrency.slice(0, 5) : 'EUR' });
  }
  for (const el of queryAll(ctx.root, '[itemprop="price"]', 20)) {
    const cents = amountToCents((el.getAttribute('content') ?? el.textContent ?? '').replace(/[^\d.,]/g, ''));
    const currency = el.parentElement?.querySelector('[itemprop="priceCurrency"]')?.getAttribute('content') ?? 'EUR';
    if (cents !== null) offers.push({ name: null, cents, currency: currency.slice(0, 5) });
  }
  return offers.slice(0, 50);
}

function extractDiscounts(ctx: ExtractContext) {
  const discounts: Array<{ wasCents: number; nowCents: number; percent: number; text: string }> = [];
  const seen = new Set<Element>();
  for (const struck of struckPrices(ctx.root)) {
    const was = parseMoneyAll(struck.textContent ?? '', 1)[0];
    const container = struck.parentElement;
    if (!was || !container || seen.has(container)) continue;
    seen.add(container);
    // The current price is the lowest other price in the same small container.
    const others = parseMoneyAll(container.textContent ?? '', 6).filter((m) => m.cents !== was.cents && m.cents < was.cents);
    const now = others.sort((a, b) => a.cents - b.cents)[0];
    if (!now || was.cents === 0) continue;
    const percent = Math.round((1 - now.cents / was.cents) * 100);
    if (percent > 0 && percent < 100) discounts.push({ wasCents: was.cents, nowCents: now.cents, percent, text: clean(`${was.text} → ${now.text}`, 80) });
    if (discounts.length >= 100) break;
  }
  return discounts;
}

export const prices = defineSignal({
  id: 'prices',
  key: 'prices',
  extract: (ctx) => ({
    offers: extractOffers(ctx),
    discounts: extractDiscounts(ctx),
    visiblePriceCount: parseMoneyAll(ctx.text, 1000).length,
  }),
});
