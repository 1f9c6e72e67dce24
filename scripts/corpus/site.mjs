// The model of one generated shop (its identity, goods, payments, domain) before any fake-shop
// pattern or near-miss is applied. Pages are rendered from this model by pages.mjs.
import { CATEGORIES, MODEL_WORDS, SHOP_WORDS, slug } from './catalogue.mjs';
import { legitCompany, defaultCountry } from './company.mjs';
import { LAST_NAMES } from './places.mjs';
import { shopPrice } from './money.mjs';

const NON_MEDICAL = Object.keys(CATEGORIES).filter((c) => !CATEGORIES[c].medical);
const TLD_OF = { DE: 'de', AT: 'at', CH: 'ch', GB: 'co.uk', FR: 'fr', NL: 'nl', BE: 'be', IT: 'it' };

/** Which country an honest shop in this language sits in. */
function legitCountry(rng, lang) {
  if (lang === 'de') return rng.weighted([[70, 'DE'], [20, 'AT'], [10, 'CH']]);
  if (lang === 'nl') return rng.weighted([[80, 'NL'], [20, 'BE']]);
  return defaultCountry(lang);
}

/** A product of category `cat`; `brand` fixed for brand shops and lookalikes. */
export function makeProduct(rng, cat, lang, brand, index) {
  const c = CATEGORIES[cat];
  const b = brand ?? rng.pick(c.brands);
  const pack = c.medical ? rng.pick(cat === 'disinfectant' ? [1, 6, 12] : [10, 20, 50]) : 1;
  const unitCents = rng.int(c.price[0], c.price[1]);
  const name = c.medical
    ? `${c[lang]} ${b} – ${pack} ${c.unit[lang]}`
    : cat === 'firewood' || cat === 'pellets' ? `${c[lang]} ${b}` : `${b} ${c[lang]} ${rng.pick(MODEL_WORDS)}`;
  const regular = shopPrice(rng, unitCents * pack);
  return { id: 1000 + index * 7 + rng.int(0, 6), cat, brand: b, name, slug: slug(name), pack, regular, price: regular, was: null, sku: `${slug(b).slice(0, 3).toUpperCase()}-${rng.digits(5)}`, stock: rng.int(3, 60), marks: [] };
}

export function baseSite({ rng, label, lang, system, id, split }) {
  const country = label === 'legit' ? legitCountry(rng, lang) : lang === 'de' ? rng.weighted([[80, 'DE'], [20, 'AT']]) : defaultCountry(lang);
  const currency = country === 'GB' ? 'GBP' : country === 'CH' ? 'CHF' : 'EUR';
  const words = SHOP_WORDS[lang];
  const owner = rng.pick(LAST_NAMES[country] ?? LAST_NAMES.DE);
  const shopName = rng.chance(0.5) ? `${rng.pick(words.things)}${rng.pick(words.suffix)}` : `${rng.pick(words.things)}${rng.pick(words.suffix)} ${owner}`;
  const cat = rng.pick(NON_MEDICAL);
  const tld = rng.chance(label === 'legit' ? 0.8 : 0.3) ? TLD_OF[country] : rng.pick(['com', 'eu', 'com']);
  const domain = `${slug(shopName)}.${tld}`;
  const site = {
    id, label, lang, system, split, country, currency, cat, shopName, domain,
    origin: `https://www.${domain}`,
    company: legitCompany(rng, { country, name: shopName, domain }),
    products: [],
    /** Methods a shopper can choose at checkout: {method, enabled, note}. */
    checkoutMethods: [],
    /** Logos in the footer / product payment box: {method, note}. */
    logos: [],
    prepayStatement: null,
    bank: null,
    seals: [],
    urgency: null,
    banners: [],
    legalLinks: { impressum: true, agb: true, widerruf: true, privacy: true },
    impressumLinkText: null,
    footerAddress: rng.chance(0.35),
    machineText: null,
    aboutKind: 'legit',
    contactNote: null,
    medical: null,
    copiedLegal: null,
    jsonldWas: null,
    nearMiss: new Set(),
    fake: new Set(),
  };
  site.products = Array.from({ length: 12 }, (_, i) => makeProduct(rng, cat, lang, null, i));
  for (const p of site.products) {
    if (rng.chance(label === 'legit' ? 0.25 : 0.6)) discount(p, rng.int(10, label === 'legit' ? 30 : 45));
  }
  const methods = label === 'legit'
    ? rng.sample(['paypal', 'card', 'klarna', 'invoice', 'sepa', 'applepay', 'prepayment'], rng.int(3, 5))
    : ['prepayment', ...rng.sample(['paypal', 'card', 'klarna'], rng.int(1, 3))];
  if (lang === 'nl' && label === 'legit') methods.unshift('ideal');
  site.checkoutMethods = methods.map((method) => ({ method, enabled: true, note: null }));
  site.logos = methods.filter((m) => m !== 'prepayment' && m !== 'invoice').map((method) => ({ method, note: null }));
  return site;
}

/** Put a struck "was" price `pct` % above the current price. */
export function discount(product, pct, { visibleWas = true } = {}) {
  const was = product.regular;
  const raw = (was * (100 - pct)) / 100;
  product.price = raw >= 2000 ? Math.round(raw / 100) * 100 - 1 : Math.max(9, Math.round(raw / 10) * 10 - 1);
  product.was = visibleWas ? was : null;
  product.pct = pct;
  return product;
}
