/**
 * The sentinel's cheap look at a page: might it sell something? Each probe reads a few elements
 * (never the page's whole text) and the first hit is enough. A miss elsewhere costs nothing more:
 * the full extractor, which classifies the page properly, only loads after a hit (issue 16).
 * tests/unit/sentinel.test.ts checks that every page the extractor calls a shop gets a hit here.
 */
import { isMarketplaceSentinelHost } from './marketplace-hosts';

/** Cart, checkout and payment steps in the path (de, en, fr, nl, it, es). */
const CHECKOUT_PATH = /\/(?:cart|basket|checkout|kasse|warenkorb|einkaufswagen|bestellung|bestellen|order|orders|payment|zahlung|panier|commande|winkelwagen|winkelmand|afrekenen|bestelling|carrello|cassa|ordine|carrito|pago)(?:[/?.#_-]|$)/i;

/** Product markup: Open Graph product tags, schema.org microdata, add-to-cart hooks of shop software. */
const PRODUCT_MARKUP = [
  'meta[property="og:type"][content*="product" i]',
  'meta[property="product:price:amount"]',
  'meta[property="og:price:amount"]',
  '[itemtype*="schema.org/Product" i]',
  '[itemtype*="schema.org/Offer" i]',
  '[itemprop="price"]',
  '[name="add-to-cart"]',
  '[id*="add-to-cart" i]',
  '[class*="add-to-cart" i]',
].join(', ');

/** JSON-LD types of things for sale; a quoted type name anywhere in the block is enough for a probe. */
const PRODUCT_LD = /"(?:Product|ProductGroup|ProductModel|IndividualProduct|Offer|AggregateOffer)"/;
const MAX_LD_SCRIPTS = 20;
const MAX_LD_CHARS = 300_000;

/** Buttons that only shops have: put in the cart, go to the checkout, or the last step before paying. */
const CART_OR_ORDER = /\b(?:in den (?:warenkorb|einkaufswagen|korb)|zum warenkorb hinzuf|jetzt kaufen|sofort kaufen|zur kasse|zahlungspflichtig bestellen|kostenpflichtig bestellen|bestellung abschlie|add to (?:cart|basket|bag|trolley)|buy (?:it )?now|(?:proceed|go) to checkout|place (?:your )?order|complete (?:your )?(?:order|purchase)|pay now|ajouter au panier|acheter maintenant|passer (?:la )?commande|passer (?:à|a) la caisse|valider (?:la |ma )?commande|in (?:de |mijn )?winkel(?:wagen|mand)|nu kopen|koop nu|bestelling plaatsen|naar (?:de )?kassa|aggiungi al carrello|acquista ora|compra ora|procedi (?:all'acquisto|alla cassa)|a[ñn]adir al carrito|comprar ahora)/i;
/** Words that also label tickets, subscriptions or downloads: they count only with a price next to them. */
const BUY_WORD = /\b(?:kaufen|bestellen|buy|order|purchase|acheter|commander|kopen|bestel|acquista|compra|comprar)\b/i;
/** A currency amount ("19,99 €", "€ 5", "EUR 12.50", "CHF 9"); no nested quantifiers. */
const AMOUNT = /(?:[€$£]|\b(?:eur|usd|gbp|chf)\b)\s?\d|\d(?:[.,]\d{1,2})?\s?(?:[€$£]|\b(?:eur|usd|gbp|chf)\b)/i;
const BUTTONS = 'button, input[type="submit"], input[type="button"], a[role="button"]';
const MAX_BUTTONS = 300;
const MAX_LABEL = 100;
/** How far up from a buy button a price may sit, and how much text that neighbourhood may hold. */
const PRICE_ANCESTORS = 4;
const MAX_NEIGHBOURHOOD_CHARS = 3_000;

/** A header cart/basket link is on nearly every page of a shop. */
const CART_LINK = ['cart', 'basket', 'warenkorb', 'panier', 'winkelwagen', 'carrello', 'checkout'].map((word) => `a[href*="${word}" i]`).join(', ');

function describe(el: Element): string {
  const attrs = ['property', 'itemtype', 'itemprop', 'name', 'id', 'class'].map((name) => {
    const value = el.getAttribute(name);
    return value ? `${name}=${value.slice(0, 40)}` : '';
  });
  return `${el.tagName.toLowerCase()} ${attrs.filter(Boolean).join(' ')}`.slice(0, 100);
}

function productJsonLd(doc: Document): boolean {
  let seen = 0;
  for (const script of Array.from(doc.scripts)) {
    if (script.type !== 'application/ld+json') continue;
    if (++seen > MAX_LD_SCRIPTS) break;
    const source = script.textContent ?? '';
    if (source.length <= MAX_LD_CHARS && PRODUCT_LD.test(source)) return true;
  }
  return false;
}

function labelOf(el: Element): string {
  const parts = [el.textContent ?? '', el.getAttribute('value') ?? '', el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? ''];
  return parts.join(' ').replace(/\s+/g, ' ').trim().slice(0, MAX_LABEL);
}

function priceNear(el: Element): boolean {
  let node: Element | null = el.parentElement;
  for (let level = 0; node && level < PRICE_ANCESTORS; level++, node = node.parentElement) {
    const text = node.textContent ?? '';
    if (text.length > MAX_NEIGHBOURHOOD_CHARS) return false;
    if (AMOUNT.test(text)) return true;
  }
  return false;
}

function shopButton(doc: Document): string | null {
  const buttons = doc.querySelectorAll(BUTTONS);
  const count = Math.min(buttons.length, MAX_BUTTONS);
  for (let i = 0; i < count; i++) {
    const button = buttons[i] as Element;
    const label = labelOf(button);
    if (CART_OR_ORDER.test(label)) return `button: ${label}`;
    if (BUY_WORD.test(label) && priceNear(button)) return `buy button next to a price: ${label}`;
  }
  return null;
}

/**
 * Why the page may be a shop, marketplace listing, cart or checkout; [] when nothing says so.
 * Takes the document and URL as arguments so tests run it on saved pages.
 */
export function shopEvidence(doc: Document, url: URL): string[] {
  if (CHECKOUT_PATH.test(url.pathname)) return [`address: ${url.pathname.slice(0, 80)}`];
  if (isMarketplaceSentinelHost(url.hostname)) return [`marketplace: ${url.hostname}`];
  const markup = doc.querySelector(PRODUCT_MARKUP);
  if (markup) return [`markup: ${describe(markup)}`];
  if (productJsonLd(doc)) return ['JSON-LD Product/Offer'];
  const button = shopButton(doc);
  if (button) return [button.slice(0, 120)];
  const cartLink = doc.querySelector(CART_LINK);
  if (cartLink) return [`cart link: ${(cartLink.getAttribute('href') ?? '').slice(0, 80)}`];
  return [];
}
