/**
 * Hostile pages for the fail-closed fuzz test (issue 15, class 8): digit runs, repeated separators,
 * deep nesting, giant attributes, floods of links and text nodes, huge or broken JSON-LD, and the
 * repeated units that make backtracking patterns blow up — mixed with shop markers so the pages are
 * judged, on shop and marketplace addresses. Seeded: the same seed always gives the same pages.
 * Sizes stay small (happy-dom parses ~3 elements per ms): the full-size cases — 400,000 characters of
 * each unit, 100,000 links, nesting 5,000 deep — are run once each in the test itself.
 */

export type Random = () => number;

/** mulberry32: small, fast, good enough to vary test input. */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (rnd: Random, min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
const pick = <T>(rnd: Random, items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** Units whose repetition makes a badly written pattern backtrack (several found by a ReDoS checker). */
export const HOSTILE_UNITS = [
  '1', '0', '1.', '1,', '111 ', '1,1', '\t000', '0 ', '1.000,', '€1 ', '1€', 'EUR', '$', 'U0,0', 'A', 'a', 'A.', '_-', '%0', ' \n',
  '/', '.', ':', 'UG ', 'GmbH ', 'str.1', 'a@', '@a.', 'a.', 'STANDORT\t', 'Kontoinhaber ', 'IBAN DE', 'DE00', '+49 ', '(1', 'HRB ',
  'Vorkasse ', 'PayPal ', 'www.', 'https://', '<', '&amp;', 'ä', '\u00a0', 'x'.repeat(7),
] as const;

const SHOP_MARKERS = [
  '<button>In den Warenkorb</button><p>Preis: 49,99 €</p>',
  '<button class="add-to-cart">Add to cart</button><span class="price">€ 19.99</span>',
  '<script type="application/ld+json">{"@type":"Product","name":"X","offers":{"@type":"Offer","price":"29.90","priceCurrency":"EUR"}}</script>',
  '<div itemscope itemtype="https://schema.org/Product"><span itemprop="price" content="9.99">9,99 €</span></div>',
  '',
];

const CONTENT = [
  '<p>Zahlung nur per Vorkasse. PayPal derzeit nicht verfügbar.</p>',
  '<footer><a href="/impressum">Impressum</a> <a href="/agb">AGB</a> <a href="/widerruf">Widerruf</a></footer>',
  '<p>Kontoinhaber: UAB Prekyba, IBAN: LT12 1000 0111 0100 1000</p>',
  '<p><del>899,00 €</del> 89,00 €</p>',
  '<p>Kontakt: shop24@gmail.com</p>',
  '<img alt="Trusted Shops" src="/seal.png">',
  '<p>Nur noch 2 Stück auf Lager! 14 Personen sehen sich das gerade an.</p>',
  '<p>Bitte vorher per WhatsApp +49 176 12345678 melden, Zahlung per Überweisung.</p>',
];

const URLS = [
  'https://schnaeppchen-markt24.de/p/1', 'https://shop.example.com/products/x', 'https://www.example.at/checkout',
  'https://www.amazon.de/dp/B000000001', 'https://www.ebay.de/itm/123456789', 'https://www.kleinanzeigen.de/s-anzeige/x/123-1-2',
  'https://example-shop.store/', 'https://zalando.shop/p/1',
];

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.max(1, Math.ceil(length / unit.length))).slice(0, length);
}

type Ingredient = (rnd: Random) => string;

const INGREDIENTS: Record<string, Ingredient> = {
  digitRun: (rnd) => `<p>${repeatTo(pick(rnd, ['1', '0', '9', '1234567890']), int(rnd, 200, 6_000))} ${pick(rnd, ['€', 'EUR', '', '$'])}</p>`,
  hostileText: (rnd) => `<p>${escape(repeatTo(pick(rnd, HOSTILE_UNITS), int(rnd, 200, 6_000)))}${pick(rnd, ['', '\u0000', '€', '@x', ' Bewertungen', ')'])}</p>`,
  deepNesting: (rnd) => {
    const depth = int(rnd, 20, 200);
    const tag = pick(rnd, ['div', 'span', 'section', 'b']);
    return `${`<${tag}>`.repeat(depth)}${pick(rnd, CONTENT)}${`</${tag}>`.repeat(depth)}`;
  },
  giantAttribute: (rnd) => {
    const attr = pick(rnd, ['alt', 'title', 'class', 'data-x', 'href', 'src', 'aria-label']);
    const value = escape(repeatTo(pick(rnd, [...HOSTILE_UNITS, 'paypal ', 'visa-', 'PayPal Klarna ']), int(rnd, 1_000, 20_000)));
    return pick(rnd, [`<img ${attr}="${value}">`, `<a href="/x" ${attr}="${value}">x</a>`, `<button ${attr}="${value}">Kaufen</button>`]);
  },
  manyLinks: (rnd) => {
    const n = int(rnd, 20, 400);
    const label = pick(rnd, ['Impressum', 'x', 'AGB', '', 'Kontakt', '1,00 €']);
    return `<nav>${Array.from({ length: n }, (_, i) => `<a href="/p${i}">${label}</a>`).join('')}</nav>`;
  },
  textNodeFlood: (rnd) => `<div>${Array.from({ length: int(rnd, 20, 400) }, (_, i) => `<i>${i % 7 === 0 ? '1,00 €' : 'w'}</i>`).join('')}</div>`,
  hugeJsonLd: (rnd) => {
    const offers = Array.from({ length: int(rnd, 10, 300) }, (_, i) => ({ '@type': 'Offer', price: pick(rnd, [String(i), '1'.repeat(int(rnd, 1, 400)), 'x', i * 1.5]), priceSpecification: { price: i } }));
    let nested: unknown = { '@type': 'Product', offers };
    for (let d = int(rnd, 0, 60); d > 0; d--) nested = { '@graph': [nested] };
    const json = JSON.stringify(nested);
    return `<script type="application/ld+json">${rnd() < 0.2 ? json.slice(0, -int(rnd, 1, 20)) : json}</script>`;
  },
  fraudContent: (rnd) => Array.from({ length: int(rnd, 1, 4) }, () => pick(rnd, CONTENT)).join(''),
};

export interface HostilePage {
  html: string;
  url: string;
  ingredients: string[];
}

export function hostilePage(rnd: Random): HostilePage {
  const names = Object.keys(INGREDIENTS);
  const chosen = Array.from({ length: int(rnd, 1, 4) }, () => pick(rnd, names));
  const body = chosen.map((name) => (INGREDIENTS[name] as Ingredient)(rnd)).join('');
  const marker = pick(rnd, SHOP_MARKERS);
  const html = `<html lang="${pick(rnd, ['de', 'en', 'fr', ''])}"><body>${rnd() < 0.5 ? marker + body : body + marker}</body></html>`;
  return { html, url: pick(rnd, URLS), ingredients: chosen };
}
