/**
 * The sentinel's cheap look at a page: might it sell something? Each probe reads a few elements
 * (never the page's whole text) and the first hit is enough. A miss costs nothing more: the full
 * extractor, which classifies the page properly, only loads after a hit (issue 16).
 * Cheap means: the browser's ready-made lists (document.links, getElementsByTagName) read in a
 * loop, not long selector lists — Chrome tests each `[attr*=…]` against every element of the page.
 * tests/unit/sentinel.test.ts checks that every page the extractor calls a shop gets a hit here.
 */
import { isMarketplaceHost } from '../../shared/marketplaces';

/** Cart, checkout and payment steps in the path (de, en, fr, nl, it, es). */
const CHECKOUT_PATH = /\/(?:cart|basket|checkout|kasse|warenkorb|einkaufswagen|bestellung|bestellen|order|orders|payment|zahlung|panier|commande|winkelwagen|winkelmand|afrekenen|bestelling|carrello|cassa|ordine|carrito|pago)(?:[/?.#_-]|$)/i;

/** Open Graph / product meta tags of a product page. */
const PRODUCT_META = /^(?:product:price:amount|og:price:amount|product:price)$/;
/** schema.org types of things for sale: in microdata (itemtype) and JSON-LD. */
const PRODUCT_ITEMTYPE = /schema\.org\/(?:Product|ProductGroup|IndividualProduct|Offer|AggregateOffer)\b/i;
/** In JSON-LD a quoted type name anywhere in the block is enough for a probe. */
const PRODUCT_LD = /"(?:Product|ProductGroup|ProductModel|IndividualProduct|Offer|AggregateOffer)"/;
const MAX_LD_SCRIPTS = 20;
const MAX_LD_CHARS = 300_000;

/** Add-to-cart hooks of shop software in a button's or form's id, class, name or action. */
const CART_HOOK = /add[-_]?to[-_]?cart|\/cart\/add\b/i;
/** Buttons that only shops have: put in the cart, go to the checkout, or the last step before paying. */
const CART_OR_ORDER = /\b(?:in den (?:warenkorb|einkaufswagen|korb)|zum warenkorb hinzuf|jetzt kaufen|sofort kaufen|zur kasse|zahlungspflichtig bestellen|kostenpflichtig bestellen|bestellung abschlie|add to (?:cart|basket|bag|trolley)|buy (?:it )?now|(?:proceed|go) to checkout|place (?:your )?order|complete (?:your )?(?:order|purchase)|pay now|ajouter au panier|acheter maintenant|passer (?:la )?commande|passer (?:à|a) la caisse|valider (?:la |ma )?commande|in (?:de |mijn )?winkel(?:wagen|mand)|nu kopen|koop nu|bestelling plaatsen|naar (?:de )?kassa|aggiungi al carrello|acquista ora|compra ora|procedi (?:all'acquisto|alla cassa)|a[ñn]adir al carrito|comprar ahora)/i;
/** Words that also label tickets, subscriptions or downloads: they count only with a price next to them. */
const BUY_WORD = /\b(?:kaufen|bestellen|buy|order|purchase|acheter|commander|kopen|bestel|acquista|compra|comprar)\b/i;
/** A currency amount ("19,99 €", "€ 5", "EUR 12.50", "CHF 9"); no nested quantifiers. */
const AMOUNT = /(?:[€$£]|\b(?:eur|usd|gbp|chf)\b)\s?\d|\d(?:[.,]\d{1,2})?\s?(?:[€$£]|\b(?:eur|usd|gbp|chf)\b)/i;
/** A header cart/basket link is on nearly every page of a shop ("/cart", "?view=warenkorb"; not "/cartoons"). */
const CART_LINK = /(?:^|[/?#=&._-])(?:cart|basket|warenkorb|panier|winkelwagen|carrello|checkout)(?:$|[/?#=&._-])/i;
/** A cart widget of shop software (PrestaShop #_desktop_cart .blockcart, WooCommerce .cart-contents, Shopify #cart-icon-bubble); not "cartoon". */
const CART_WIDGET = /(?:^|[\s_-])(?:block|mini|shopping)?-?cart(?:$|[\s_-])/i;
const MAX_ELEMENTS = 3_000;
const MAX_LABEL = 100;
const MAX_ATTRIBUTE = 300;
/** How far up from a buy button a price may sit, and how much text that neighbourhood may hold. */
const PRICE_ANCESTORS = 4;
const MAX_NEIGHBOURHOOD_CHARS = 3_000;

const attr = (el: Element, name: string) => (el.getAttribute(name) ?? '').slice(0, MAX_ATTRIBUTE);

/** The first `max` items of a live list (never the whole of a huge page). */
function firstOf<E extends Element>(list: HTMLCollectionOf<E> | NodeListOf<E>, max = MAX_ELEMENTS): E[] {
  const out: E[] = [];
  for (let i = 0; i < list.length && i < max; i++) out.push(list[i] as E);
  return out;
}

function productMeta(doc: Document): string | null {
  for (const meta of firstOf(doc.getElementsByTagName('meta'), 300)) {
    const property = attr(meta, 'property');
    if ((property === 'og:type' && /product/i.test(attr(meta, 'content'))) || PRODUCT_META.test(property)) return `meta ${property}`;
  }
  return null;
}

function productMicrodata(doc: Document): string | null {
  // Two plain attribute selectors: one cheap walk; the few hits are checked here.
  for (const el of firstOf(doc.querySelectorAll('[itemtype], [itemprop="price"]'), 200)) {
    if (el.getAttribute('itemprop') === 'price') return 'microdata price';
    if (PRODUCT_ITEMTYPE.test(attr(el, 'itemtype'))) return `microdata ${attr(el, 'itemtype').slice(0, 60)}`;
  }
  return null;
}

function productJsonLd(doc: Document): boolean {
  let seen = 0;
  for (const script of firstOf(doc.scripts, 1_000)) {
    if (script.type !== 'application/ld+json') continue;
    if (++seen > MAX_LD_SCRIPTS) break;
    const source = script.textContent ?? '';
    if (source.length <= MAX_LD_CHARS && PRODUCT_LD.test(source)) return true;
  }
  return false;
}

function labelOf(el: Element): string {
  const parts = [(el.textContent ?? '').slice(0, 4 * MAX_LABEL), attr(el, 'value'), attr(el, 'aria-label'), attr(el, 'title')];
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

/** A cart or order button, an add-to-cart hook, or a buy button next to a price. */
function shopButton(buttons: Element[]): string | null {
  for (const button of buttons) {
    if (CART_HOOK.test(`${attr(button, 'id')} ${attr(button, 'class')} ${attr(button, 'name')} ${attr(button, 'action')}`)) return `cart hook: ${button.tagName.toLowerCase()}#${attr(button, 'id').slice(0, 40)}`;
    if (button.tagName === 'FORM') continue;
    const label = labelOf(button);
    if (CART_OR_ORDER.test(label)) return `button: ${label}`;
    if (BUY_WORD.test(label) && priceNear(button)) return `buy button next to a price: ${label}`;
  }
  return null;
}

function buttonsOf(doc: Document, roleButtons: Element[]): Element[] {
  const inputs = firstOf(doc.getElementsByTagName('input')).filter((input) => /^(?:submit|button|image)$/i.test(attr(input, 'type')));
  return [...firstOf(doc.getElementsByTagName('form'), 100), ...firstOf(doc.getElementsByTagName('button')), ...inputs, ...roleButtons];
}

/**
 * Why the page may be a shop, marketplace listing, cart or checkout; [] when nothing says so.
 * Takes the document and URL as arguments so tests run it on saved pages.
 */
export function shopEvidence(doc: Document, url: URL): string[] {
  if (CHECKOUT_PATH.test(url.pathname)) return [`address: ${url.pathname.slice(0, 80)}`];
  if (isMarketplaceHost(url.hostname)) return [`marketplace: ${url.hostname}`];
  const markup = productMeta(doc) ?? productMicrodata(doc);
  if (markup) return [`markup: ${markup}`];
  if (productJsonLd(doc)) return ['JSON-LD Product/Offer'];
  const links = firstOf(doc.links);
  const button = shopButton(buttonsOf(doc, links.filter((link) => link.getAttribute('role') === 'button')));
  if (button) return [button.slice(0, 120)];
  const cartLink = links.find((link) => CART_LINK.test(attr(link, 'href')));
  if (cartLink) return [`cart link: ${attr(cartLink, 'href').slice(0, 80)}`];
  // Last and dearest (two substring selectors, a walk of the page): only pages without any other sign get here.
  const widget = firstOf(doc.querySelectorAll('[id*="cart"], [class*="cart"]'), 200).find((el) => CART_WIDGET.test(attr(el, 'id')) || CART_WIDGET.test(attr(el, 'class')));
  return widget ? [`cart widget: ${widget.tagName.toLowerCase()} ${(attr(widget, 'id') || attr(widget, 'class')).slice(0, 60)}`] : [];
}
