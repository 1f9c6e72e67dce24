/**
 * Is this a shop page, and which kind? Looks for JSON-LD / microdata Product and Offer, product
 * meta tags, add-to-cart buttons and URL paths (cart, checkout, legal). Pages without any of it
 * are "not-shop": they get no score and no badge (issue #3).
 */
import type { PageType } from '../../shared/facts';
import { attributeLike, clean, queryAll } from '../dom';
import { typesOf } from '../json-ld';
import { MONEY_PATTERN } from '../../shared/money';
import { ORDER_BUTTON } from './checkout';
import type { ExtractContext } from '../context';
import { defineSignal } from './types';

const CART_BUTTON = /\b(in den (warenkorb|einkaufswagen)|zum warenkorb hinzufügen|add to (cart|basket|bag)|jetzt kaufen|sofort kaufen|buy (it )?now|ajouter au panier)\b/i;
const CART_PATH = /\/(cart|basket|warenkorb|einkaufswagen|panier)(\/|$|\?|\.)/i;
const CHECKOUT_PATH = /\/(checkout|kasse|bestellung|bestellen|order|payment|zahlung)(\/|$|\?|\.)/i;
// Matched against the last path segment only, so a folder like /impressum-shop/ is not a legal page.
const LEGAL_PAGE = /^(impressum|imprint|legal-notice|agb|terms|datenschutz|privacy|widerruf)([-_.][^/]*)?$/i;

function countPrices(text: string): number {
  return Math.min(text.match(MONEY_PATTERN)?.length ?? 0, 1000);
}

const BUTTONS = 'button, input[type="submit"], input[type="button"], a[role="button"]';
// "art" is in cart, Cart and CART: one cheap fragment per attribute, the exact test in JavaScript.
const CART_ID = attributeLike('id', ['art', 'ART'], /add[-_]?to[-_]?cart/i);
const CART_CLASS = attributeLike('class', ['art', 'ART'], /add[-_]?to[-_]?cart/i);
const CART_BUTTON_ELEMENTS = `${BUTTONS}, ${CART_ID.selector}, ${CART_CLASS.selector}`;

function cartButtons(root: ParentNode): string[] {
  const found: string[] = [];
  const candidates = queryAll(root, CART_BUTTON_ELEMENTS, 3000).filter((el) => el.matches(BUTTONS) || CART_ID.test(el) || CART_CLASS.test(el));
  for (const el of candidates.slice(0, 800)) {
    const label = clean(`${el.textContent ?? ''} ${el.getAttribute('value') ?? ''} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`, 80);
    if (CART_BUTTON.test(label)) found.push(label);
    if (found.length >= 5) break;
  }
  return found;
}

export function classifyPage(ctx: ExtractContext): { pageType: PageType; shopEvidence: string[] } {
  const evidence: string[] = [];
  const types = new Set(ctx.jsonLd().flatMap(typesOf));
  const hasProductLd = types.has('Product') || types.has('ProductGroup') || types.has('Offer') || types.has('AggregateOffer');
  if (hasProductLd) evidence.push(`JSON-LD ${[...types].filter((t) => /product|offer/i.test(t)).join(', ')}`);
  const microdata = ctx.root.querySelector('[itemtype*="schema.org/Product" i], [itemtype*="schema.org/Offer" i], [itemprop="price"]');
  if (microdata) evidence.push('microdata Product/Offer');
  const ogProduct = ctx.root.querySelector('meta[property="og:type"][content*="product" i], meta[property="product:price:amount"]');
  if (ogProduct) evidence.push('meta product tags');
  const buttons = cartButtons(ctx.root);
  for (const label of buttons.slice(0, 2)) evidence.push(`button: ${label}`);
  const prices = countPrices(ctx.text);
  if (prices > 0) evidence.push(`${prices} price(s) on the page`);
  const path = ctx.url.pathname;
  const cartWords = /\b(warenkorb|einkaufswagen|shopping cart|basket|zur kasse|checkout|versandkosten|shipping)\b/i.test(ctx.lowerText);

  // "Zahlungspflichtig bestellen" (§312j BGB) is the last step before paying, wherever the URL points.
  const orderButton = queryAll(ctx.root, 'button, input[type="submit"]', 300).some((el) => ORDER_BUTTON.test(`${el.textContent ?? ''} ${el.getAttribute('value') ?? ''}`) && !CART_BUTTON.test(el.textContent ?? ''));
  if (orderButton) evidence.push('order button');
  const strong = orderButton || hasProductLd || microdata !== null || ogProduct !== null || buttons.length > 0;
  const isShop = strong || (prices > 0 && cartWords) || CART_PATH.test(path) || CHECKOUT_PATH.test(path);
  if (!isShop) return { pageType: 'not-shop', shopEvidence: [] };
  const lastSegment = path.replace(/(?<!\/)\/+$/, '').split('/').pop() ?? '';
  if (LEGAL_PAGE.test(lastSegment) && !hasProductLd) return { pageType: 'legal', shopEvidence: evidence };
  if (CHECKOUT_PATH.test(path) || orderButton) return { pageType: 'checkout', shopEvidence: evidence };
  if (CART_PATH.test(path)) return { pageType: 'cart', shopEvidence: evidence };
  if (hasProductLd || microdata || ogProduct || buttons.length === 1) return { pageType: 'product', shopEvidence: evidence };
  if (path === '/' || path === '') return { pageType: 'home', shopEvidence: evidence };
  return { pageType: buttons.length > 1 || prices > 3 ? 'category' : 'product', shopEvidence: evidence };
}

export const pageType = defineSignal({ id: 'page-type', key: 'pageType', extract: classifyPage });
