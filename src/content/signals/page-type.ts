/**
 * Is this a shop page, and which kind? Looks for JSON-LD / microdata Product and Offer, product
 * meta tags, add-to-cart buttons, a cart link, shop-system markers and URL paths (cart, checkout,
 * legal, contact). A page without any of it is "not-shop" (no score, no badge) unless the
 * background knows its site sells (issue 15, class 1: every page of a selling site gets a verdict).
 * `shopEvidence` is non-empty exactly when this page itself shows that the site sells.
 */
import type { PageType } from '../../shared/facts';
import { attributeLike, clean, queryAll } from '../dom';
import { typesOf } from '../json-ld';
import { MONEY_PATTERN } from '../../shared/money';
import { ORDER_BUTTON } from './checkout';
import type { ExtractContext } from '../context';
import { cartLink, pageKindOf, sellingWords, shopPlatform } from '../page-kind';
import { defineSignal } from './types';

const CART_BUTTON = /\b(in den (warenkorb|einkaufswagen)|zum warenkorb hinzufügen|add to (cart|basket|bag)|jetzt kaufen|sofort kaufen|buy (it )?now|ajouter au panier|in winkelwagen|aggiungi al carrello)\b/i;
const CART_PATH = /\/(cart|basket|warenkorb|einkaufswagen|panier|winkelwagen|winkelmand|carrello)(\/|$|\?|\.)/i;
const CHECKOUT_PATH = /\/(checkout|kasse|bestellung|bestellen|order|payment|zahlung|commande|paiement|afrekenen|bestelling|cassa|ordine|pagamento)(\/|$|\?|\.)/i;
const SEARCH_PATH = /\/(search|suche|recherche|zoeken|cerca)(\/|$|\.)/i;
const LISTING_LD = new Set(['ItemList', 'CollectionPage', 'OfferCatalog', 'SearchResultsPage']);

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
  const path = ctx.url.pathname;
  const cart = cartLink(ctx);
  const platform = shopPlatform(ctx);
  const cartWords = /\b(warenkorb|einkaufswagen|shopping cart|basket|zur kasse|checkout|versandkosten|shipping)\b/i.test(ctx.lowerText);

  // "Zahlungspflichtig bestellen" (§312j BGB) is the last step before paying, wherever the URL points.
  const orderButton = queryAll(ctx.root, 'button, input[type="submit"]', 300).some((el) => ORDER_BUTTON.test(`${el.textContent ?? ''} ${el.getAttribute('value') ?? ''}`) && !CART_BUTTON.test(el.textContent ?? ''));
  if (orderButton) evidence.push('order button');
  const strong = orderButton || hasProductLd || microdata !== null || ogProduct !== null || buttons.length > 0;
  const isShop = strong || (prices > 0 && (cartWords || cart !== null)) || CART_PATH.test(path) || CHECKOUT_PATH.test(path);
  if (isShop && prices > 0) evidence.push(`${prices} price(s) on the page`);
  if (cart) evidence.push(`cart link: ${cart}`);
  if (platform) evidence.push(`shop system: ${platform}`);

  const kind = pageKindOf(ctx);
  if ((kind === 'impressum' || kind === 'legal') && !hasProductLd) return { pageType: 'legal', shopEvidence: withWords(ctx, evidence) };
  if (kind === 'info' && !strong && prices <= 3) return { pageType: 'info', shopEvidence: withWords(ctx, evidence) };
  if (!isShop) return { pageType: cart || platform ? 'info' : 'not-shop', shopEvidence: evidence };
  if (CHECKOUT_PATH.test(path) || orderButton) return { pageType: 'checkout', shopEvidence: evidence };
  if (CART_PATH.test(path)) return { pageType: 'cart', shopEvidence: evidence };
  // A listing's JSON-LD names many products; a product page may list a few related ones.
  const products = ctx.jsonLd().filter((o) => typesOf(o).includes('Product')).length;
  const listing = ([...types].some((t) => LISTING_LD.has(t)) && products !== 1) || SEARCH_PATH.test(path) || /[?&](s|q|search)=/.test(ctx.url.search);
  if (!listing && (hasProductLd || microdata || ogProduct || buttons.length === 1)) return { pageType: 'product', shopEvidence: evidence };
  if (path === '/' || path === '') return { pageType: 'home', shopEvidence: evidence };
  return { pageType: listing || buttons.length > 1 || prices > 3 ? 'category' : 'product', shopEvidence: evidence };
}

/** On legal and information pages, shop vocabulary (two different words) also shows the site sells. */
function withWords(ctx: ExtractContext, evidence: string[]): string[] {
  const words = sellingWords(ctx.lowerText);
  return words.length >= 2 ? [...evidence, `shop words: ${words.join(', ')}`] : evidence;
}

export const pageType = defineSignal({ id: 'page-type', key: 'pageType', extract: classifyPage });
