/**
 * The items a listing shows (category, home, search, cart): each product tile's name and its current
 * price, whatever the shop system's markup. A tile is the smallest box around a product name (a link
 * title, a heading, an element named like a product title) that also holds a price; its current price
 * is the lowest one in it (a struck "was" price is higher). Feeds the floors of expensive goods and the
 * comparison of an item with its siblings (issue 15, class 5), which a product page's main product misses.
 */
import { parseMoneyAll, type Money } from '../../shared/money';
import { clean, leadingText, queryAll } from '../dom';
import type { ExtractContext } from '../context';

export interface ListedItem {
  name: string;
  cents: number;
  currency: string;
}

const NAME_SELECTOR = [
  'a[title]',
  'h2',
  'h3',
  'h4',
  '[itemprop="name"]',
  '[class*="product-name" i]',
  '[class*="product-title" i]',
  '[class*="product_title" i]',
  '[class*="product__title" i]',
  '[class*="item-title" i]',
  '[class*="item-name" i]',
  '[class*="card__heading" i]',
  '[class*="product-item-link" i]',
  // Cart and order tables: the item's link in its row.
  'td a[href]',
  '[class*="cart-item" i] a[href]',
  '[class*="cart_item" i] a[href]',
  '[class*="line-item" i] a[href]',
].join(', ');
/** A tile holds a name, a price or two and a button: a box with more text is a section, not a tile. */
const MAX_TILE_TEXT = 300;
const MAX_LEVELS = 5;
const MAX_ITEMS = 60;
/** A product name has a word of at least three letters and is no price or button label. */
const NAME_WORD = /[a-zäöüßàâçéèêëîïôûùœ]{3}/i;
/** "Produkt", "Gesamtsumme": a one-word label is a column or a total, not a product. */
const TWO_WORDS = /\S\s+\S/;
const DIGITS_ONLY = /^[\d\s.,€$£%*+-]*$/;

function nameOf(el: Element): string {
  return clean(el.getAttribute('title') || el.textContent, 120);
}

/**
 * The prices of the tile around a name: the nearest ancestor (or the element) whose short text holds
 * a price. The name is cut out first, so "Ecksofa 500" before "989,90 €" is not read as 500 989,90 €.
 */
function tilePrices(el: Element, name: string): Money[] | null {
  let node: Element | null = el;
  for (let level = 0; node && level < MAX_LEVELS; level++, node = node.parentElement) {
    const text = leadingText(node, MAX_TILE_TEXT);
    if (text.length >= MAX_TILE_TEXT) return null;
    const at = text.indexOf(name);
    const prices = parseMoneyAll(at >= 0 ? `${text.slice(0, at)} | ${text.slice(at + name.length)}` : text, 6).filter((m) => m.cents > 0);
    if (prices.length > 0) return prices;
    if (node.tagName === 'BODY' || node.tagName === 'MAIN') return null;
  }
  return null;
}

/** "Powered by WooCommerce" and other links away from the shop name no product of it. */
function sameSite(a: Element, ctx: ExtractContext): boolean {
  const href = a.getAttribute('href') ?? '';
  if (!/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('//')) return true;
  try {
    const host = new URL(href, ctx.url).hostname;
    return host === ctx.url.hostname || host.endsWith(`.${ctx.site}`) || host === ctx.site;
  } catch {
    return false;
  }
}

/** Read once per page: the prices and the medical signal both ask. */
const CACHE = new WeakMap<ExtractContext, ListedItem[]>();

export function listingItems(ctx: ExtractContext): ListedItem[] {
  const cached = CACHE.get(ctx);
  if (cached) return cached;
  const items = new Map<string, ListedItem>();
  for (const el of queryAll(ctx.root, NAME_SELECTOR, 400)) {
    if (items.size >= MAX_ITEMS) break;
    const name = nameOf(el);
    if (name.length < 5 || !TWO_WORDS.test(name) || !NAME_WORD.test(name) || DIGITS_ONLY.test(name) || parseMoneyAll(name, 1).length > 0) continue;
    if (el.tagName === 'A' && !sameSite(el, ctx)) continue;
    const prices = tilePrices(el, name);
    if (!prices) continue;
    const now = prices.reduce<(typeof prices)[number] | null>((low, m) => (low === null || m.cents < low.cents ? m : low), null);
    if (!now) continue;
    const key = `${name.toLowerCase()}|${now.cents}`;
    if (!items.has(key)) items.set(key, { name, cents: now.cents, currency: now.currency });
  }
  const list = [...items.values()];
  CACHE.set(ctx, list);
  return list;
}
