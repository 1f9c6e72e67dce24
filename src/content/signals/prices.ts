/**
 * Prices: JSON-LD/microdata offers, visible prices, the main product with its price, and was → now
 * pairs — struck prices, JSON-LD list prices, "statt/UVP/RRP" — with the discount they claim
 * (SIGNALS.md "prices too good": most items 50–90% off; issue 15 class 5: expensive goods far too cheap).
 */
import { parseMoneyAll } from '../../shared/money';
import { clean, queryAll } from '../dom';
import { typesOf } from '../json-ld';
import type { ExtractContext } from '../context';
import { listingItems } from './listing-items';
import { savingPairs } from './price-savings';
import { centsOf, jsonLdPairs, mainProduct, pairOf, textPairs, type MainProduct, type PricePair } from './price-pairs';
import { defineSignal } from './types';

const STRUCK = 'del, s, strike, [class*="old-price" i], [class*="oldprice" i], [class*="was-price" i], [class*="price--old" i], [class*="strike" i], [class*="regular-price" i] , [class*="list-price" i]';

function extractOffers(ctx: ExtractContext) {
  const offers: Array<{ name: string | null; cents: number; currency: string }> = [];
  let productName: string | null = null;
  for (const record of ctx.jsonLd()) {
    const types = typesOf(record);
    if (types.includes('Product') && typeof record.name === 'string') productName = clean(record.name, 200);
    if (!types.some((t) => t === 'Offer' || t === 'AggregateOffer')) continue;
    const cents = centsOf(record.price ?? record.lowPrice);
    if (cents === null) continue;
    offers.push({ name: productName, cents, currency: typeof record.priceCurrency === 'string' ? record.priceCurrency.slice(0, 5) : 'EUR' });
  }
  for (const el of queryAll(ctx.root, '[itemprop="price"]', 20)) {
    const cents = centsOf(el.getAttribute('content') ?? el.textContent ?? '');
    const currency = el.parentElement?.querySelector('[itemprop="priceCurrency"]')?.getAttribute('content') ?? 'EUR';
    if (cents !== null) offers.push({ name: null, cents, currency: currency.slice(0, 5) });
  }
  return offers.slice(0, 50);
}

/**
 * Struck-through prices and the current price in the same small container; on a product page a
 * struck price standing alone is paired with the product's own price (JSON-LD, meta tags).
 */
function struckPairs(ctx: ExtractContext, product: MainProduct | null): PricePair[] {
  const pairs: PricePair[] = [];
  const seen = new Set<Element>();
  for (const struck of queryAll(ctx.root, STRUCK, 300)) {
    const was = parseMoneyAll(struck.textContent ?? '', 1)[0];
    const container = struck.parentElement;
    if (!was || !container || seen.has(container)) continue;
    seen.add(container);
    // The current price is the lowest other price in the same small container.
    const now = parseMoneyAll(container.textContent ?? '', 6).filter((m) => m.cents !== was.cents && m.cents < was.cents).sort((a, b) => a.cents - b.cents)[0];
    const alone = !now && product && ctx.pageType === 'product' && pairs.length === 0 ? product : null;
    const pair = now ? pairOf(was.cents, now.cents, `${was.text} → ${now.text}`, 'struck') : alone ? pairOf(was.cents, alone.cents, `${was.text} → ${(alone.cents / 100).toFixed(2)} ${alone.currency}`, 'struck') : null;
    if (pair) pairs.push(pair);
    if (pairs.length >= 100) break;
  }
  return pairs;
}

/** All pairs, each was → now pair once whichever way it was found. */
function extractDiscounts(ctx: ExtractContext, product: MainProduct | null): PricePair[] {
  const unique = new Map<string, PricePair>();
  for (const pair of [...struckPairs(ctx, product), ...jsonLdPairs(ctx), ...textPairs(ctx.text), ...savingPairs(ctx.text)]) {
    const key = `${pair.wasCents}>${pair.nowCents}`;
    if (!unique.has(key)) unique.set(key, pair);
  }
  return [...unique.values()].slice(0, 100);
}

export const prices = defineSignal({
  id: 'prices',
  key: 'prices',
  extract: (ctx) => {
    const product = ctx.marketplace ? null : mainProduct(ctx);
    return {
      offers: extractOffers(ctx),
      discounts: extractDiscounts(ctx, product),
      visiblePriceCount: parseMoneyAll(ctx.text, 1000).length,
      product,
      // A product page's own product is `product`; its tiles are other offers, judged on their own pages.
      ...(ctx.marketplace || ctx.pageType === 'product' ? {} : { items: listingItems(ctx) }),
    };
  },
});
