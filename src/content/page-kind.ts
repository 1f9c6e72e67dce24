/**
 * Pages every shop has besides its products — legal pages (Impressum, terms, withdrawal, privacy)
 * and information pages (contact, about, FAQ, shipping) — and the quiet signs that a page belongs
 * to a site that sells (a cart link, a shop system's markers, shop vocabulary). Issue 15, class 1:
 * every page of a selling site gets a verdict, so these must be recognised without product markup.
 */
import { clean } from './dom';
import { isSameSite, type ExtractContext } from './context';

export type PageKind = 'impressum' | 'legal' | 'info';

// Path segments, matched on one decoded, lower-cased segment of at most 80 characters (anchored,
// one character class after the word: linear on any input). de, en, fr, nl, it. PrestaShop numbers
// its content pages ("/content/2-legal-notice", "/content/6-widerrufsrecht").
const SEGMENT_KINDS: Array<[RegExp, PageKind]> = [
  [/^(?:\d{1,4}-)?(impressum|imprint|legal-?notice|site-?notice|anbieterkennzeichnung|rechtliche-?hinweise|mentions-?l[eé]gales|colofon|note-?legali|aviso-?legal|offenlegung)[\w.-]*$/, 'impressum'],
  [/^(?:\d{1,4}-)?(agb|allgemeine-?gesch|terms|conditions|cgv|cgu|algemene-?voorwaarden|voorwaarden|condizioni|datenschutz|privacy|confidentialit|privacybeleid|widerruf|withdrawal|cancellation|returns?\b|refund|r[eé]tractation|herroeping|recesso|r[uü]ckgabe|ruecksendung)[\w.-]*$/, 'legal'],
  [/^(?:\d{1,4}-)?(kontakt|contact|about|[uü]ber-?uns|ueber-?uns|wir-ueber-uns|qui-sommes-nous|a-propos|chi-siamo|over-?ons|faq|hilfe|help|kundenservice|service|support|versand|shipping|delivery|livraison|verzending|spedizion|lieferung|zahlungsarten|zahlungsweisen|payment-methods)[\w.-]*$/, 'info'],
];

// A page whose main heading or title names it, on shop systems with numeric page URLs (/page/12).
const IMPRESSUM_HEADING = /^(impressum|imprint|legal notice|site notice|anbieterkennzeichnung|rechtliche hinweise|mentions l[ée]gales|colofon|note legali|aviso legal)\b/i;
const LEGAL_HEADING = /^(agb|allgemeine gesch[äa]ftsbedingungen|terms|widerruf\w*|datenschutz\w*|privacy|conditions g[ée]n[ée]rales|algemene voorwaarden|condizioni generali)\b/i;

function decodedSegments(url: URL): string[] {
  return url.pathname.split('/').filter(Boolean).slice(-3).map((segment) => {
    let text = segment;
    try {
      text = decodeURIComponent(segment);
    } catch {
      // a malformed escape stays as it is
    }
    return text.toLowerCase().slice(0, 80);
  });
}

/** Impressum, another legal page, an information page — or null for everything else. */
export function pageKindOf(ctx: ExtractContext): PageKind | null {
  // The last segment decides ("/impressum-shop/product.html" is a product); the folder before it
  // only for the systems that nest policies ("/policies/terms-of-service", "/pages/impressum").
  const segments = decodedSegments(ctx.url);
  const last = segments[segments.length - 1] ?? '';
  for (const [pattern, kind] of SEGMENT_KINDS) if (pattern.test(last)) return kind;
  const doc = ctx.root as Document;
  const heading = clean(ctx.root.querySelector('h1')?.textContent ?? '', 100);
  const title = clean(typeof doc.title === 'string' ? doc.title : '', 100);
  if (IMPRESSUM_HEADING.test(heading) || IMPRESSUM_HEADING.test(title)) return 'impressum';
  if (LEGAL_HEADING.test(heading)) return 'legal';
  return null;
}

const CART_LINK_PATH = /\/(cart|basket|warenkorb|einkaufswagen|panier|winkelwagen|carrello|checkout|kasse)(\/|$|\.)/i;
const CART_LINK_LABEL = /^(warenkorb|einkaufswagen|cart|shopping cart|basket|bag|panier|winkelwagen|carrello|mein warenkorb|my cart)\b/i;

/** A same-site link to the cart or checkout, as every shop's header has. */
export function cartLink(ctx: ExtractContext): string | null {
  for (const link of ctx.links) {
    if (!isSameSite(ctx, link.url)) continue;
    if ((link.url && CART_LINK_PATH.test(link.url.pathname)) || CART_LINK_LABEL.test(link.label.slice(0, 60))) return clean(`${link.label || link.url?.pathname || ''}`, 60);
  }
  return null;
}

// Shop systems fake shops use (WooCommerce most of all), by what they put into every page.
const PLATFORM_PROBES: Array<[string, string]> = [
  ['WooCommerce', 'body.woocommerce, body.woocommerce-page, link[href*="/plugins/woocommerce/"], script[src*="/plugins/woocommerce/"]'],
  ['Shopify', 'script[src*="cdn.shopify.com"], link[href*="cdn.shopify.com"], meta[name="shopify-checkout-api-token"]'],
  ['Shopware', 'meta[name="generator"][content*="Shopware" i], link[href*="/bundles/storefront/"]'],
  ['Magento', 'script[type="text/x-magento-init"], link[href*="/static/version"][href*="Magento_"]'],
  ['PrestaShop', 'meta[name="generator"][content*="PrestaShop" i], script[src*="/modules/ps_shoppingcart/"], link[href*="/themes/classic/assets/"]'],
  ['JTL-Shop', 'meta[name="generator"][content*="JTL" i], link[href*="/templates/NOVA/"]'],
  ['Gambio', 'meta[name="generator"][content*="Gambio" i], link[href*="/templates/Honeygrid/"]'],
  ['Wix Stores', 'script[src*="wixstores"], [data-hook="product-item-root"]'],
];

// Asked by the page type and by the template signal: the probes walk the whole DOM, so once per reading of a page.
const platformOf = new WeakMap<ExtractContext, string | null>();

/** The shop system the page is built with, when its markers are there. */
export function shopPlatform(ctx: ExtractContext): string | null {
  if (platformOf.has(ctx)) return platformOf.get(ctx) ?? null;
  const found = PLATFORM_PROBES.find(([, selector]) => ctx.root.querySelector(selector))?.[0] ?? null;
  platformOf.set(ctx, found);
  return found;
}

const SELLING_WORDS = /\b(warenkorb|zur kasse|versandkosten|lieferzeit|widerrufsrecht|widerrufsbelehrung|shopping cart|checkout|shipping costs|right of withdrawal|panier|frais de (?:port|livraison)|droit de r[ée]tractation|winkelwagen|verzendkosten|herroepingsrecht|carrello|spese di spedizione|diritto di recesso)\b/g;

/** Distinct shop words in the page's text (a legal page of a shop talks about carts, shipping, withdrawal). */
export function sellingWords(lowerText: string): string[] {
  const found = new Set<string>();
  for (const match of lowerText.slice(0, 200_000).matchAll(SELLING_WORDS)) {
    found.add(match[1] ?? '');
    if (found.size >= 3) break;
  }
  return [...found];
}
