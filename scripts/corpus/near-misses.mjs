// Legitimate shops that look a little like fake ones: the false alarms a good detector avoids.
import { BRAND_DOMAINS, CATEGORIES, slug } from './catalogue.mjs';
import { makeProduct, discount } from './site.mjs';
import { legitCompany } from './company.mjs';
import { ibanFor } from './ids.mjs';
import { LAST_NAMES, PLACES } from './places.mjs';
import { PAGE_TYPES } from './page-types.mjs';

const FRONT = ['home', 'category', 'product'];
const ID_SHOWN = ['impressum', 'contact'];
const ISSUER_LINKS = {
  'Trusted Shops': (rng) => `https://www.trustedshops.de/bewertung/info_X${rng.letters(31, '0123456789ABCDEF')}.html`,
  'Händlerbund Käufersiegel': (rng) => `https://www.kaeufersiegel.de/zertifikat/?uuid=${rng.letters(8, '0123456789abcdef')}-${rng.letters(4, '0123456789abcdef')}`,
  'EHI Geprüfter Online-Shop': (rng) => `https://ehi-siegel.de/verbraucher/shops-mit-siegel/zertifikat/${rng.letters(32, '0123456789abcdef')}/`,
  'Thuiswinkel Waarborg': (rng) => `https://www.thuiswinkel.org/leden/${rng.letters(8, 'abcdefghijklmnop')}/certificaat`,
  'TÜV SÜD s@fer-shopping': (rng) => `https://www.safer-shopping.de/zertifikat/${rng.digits(6)}`,
};

/** Re-home the shop in another country with valid numbers for that country. */
function seatIn(site, ctx, country) {
  site.country = country;
  site.currency = country === 'GB' ? 'GBP' : country === 'CH' ? 'CHF' : 'EUR';
  const tld = { AT: 'at', CH: 'ch', GB: 'co.uk', NL: 'nl' }[country] ?? 'com';
  site.domain = `${slug(site.shopName)}.${tld}`;
  site.company = legitCompany(ctx.rng, { country, name: site.shopName, domain: site.domain });
}

export const NEAR_MISSES = {
  'nm-clearance-sale': { weight: 7, where: FRONT, apply(site, ctx) {
    site.banners.push({ id: 'nm-clearance-sale', text: ctx.phrase('nm-sale-banner') });
    for (const p of ctx.rng.sample(site.products, 6)) discount(p, ctx.rng.int(25, 55));
    if (ctx.rng.chance(0.35)) discount(site.products[0], ctx.rng.int(60, 72));
  } },
  'nm-prepay-and-paypal': { weight: 6, where: ['product', 'checkout', 'faq', 'cart'], apply(site, ctx) {
    site.checkoutMethods = ['prepayment', 'paypal', ...ctx.rng.sample(['card', 'invoice', 'klarna', 'sepa'], ctx.rng.int(0, 2))].map((method) => ({ method, enabled: true, note: null }));
    site.logos = site.checkoutMethods.filter((m) => m.method !== 'prepayment' && m.method !== 'invoice').map(({ method }) => ({ method, note: null }));
    site.prepayStatement = ctx.phrase('nm-prepay-discount');
    site.bank = { holder: null, iban: ibanFor(ctx.rng, site.company.country in PLACES ? site.company.country : 'DE'), bic: `${ctx.rng.letters(4)}${site.company.country}${ctx.rng.letters(2)}`, bankName: ctx.rng.pick(['Sparkasse', 'Volksbank', 'Raiffeisenbank', 'Commerzbank']), country: site.company.country };
  } },
  'nm-card-outage': { weight: 4, where: PAGE_TYPES, apply(site, ctx) {
    if (!site.checkoutMethods.some((m) => m.method === 'paypal')) site.checkoutMethods.push({ method: 'paypal', enabled: true, note: null });
    if (!site.checkoutMethods.some((m) => m.method === 'invoice')) site.checkoutMethods.push({ method: 'invoice', enabled: true, note: null });
    site.checkoutMethods = site.checkoutMethods.filter((m) => m.method !== 'card');
    site.checkoutMethods.push({ method: 'card', enabled: false, note: 'outage' });
    site.outageNotice = ctx.phrase('nm-card-outage');
    site.disabledForm = 'attr';
  } },
  'nm-at-registration': { weight: 3, langs: ['de'], where: ID_SHOWN, apply(site, ctx) { seatIn(site, ctx, 'AT'); } },
  'nm-ch-registration': { weight: 3, langs: ['de', 'fr', 'it'], where: ID_SHOWN, apply(site, ctx) { seatIn(site, ctx, 'CH'); } },
  'nm-uk-registration': { weight: 3, langs: ['en'], where: ID_SHOWN, apply(site, ctx) { seatIn(site, ctx, 'GB'); } },
  'nm-pharmacy-ffp2': { weight: 4, where: FRONT, excludes: ['nm-high-value-normal', 'nm-brand-shop', 'nm-dealer-brand-domain'], apply(site, ctx) {
    site.cat = ctx.rng.pick(['ffp2', 'ffp2', 'rapidtest', 'disinfectant']);
    site.products = site.products.map((_, i) => makeProduct(ctx.rng, site.cat, site.lang, null, i));
    const word = { de: 'Apotheke', en: 'Pharmacy', fr: 'Pharmacie', nl: 'Apotheek', it: 'Farmacia' }[site.lang];
    site.shopName = `${word} ${ctx.rng.pick(['am Markt', 'Central', 'St. Georg', 'Lindenhof', 'Sonnen'].map((x) => (site.lang === 'de' ? x : x.replace('am Markt', 'du Marché'))))}`;
    site.domain = `${slug(site.shopName)}.${site.domain.split('.').slice(1).join('.')}`;
    site.company = legitCompany(ctx.rng, { country: site.company.country, name: site.shopName, domain: site.domain, form: site.company.country === 'DE' ? 'e.K.' : undefined });
    site.medical = { marked: true, pharmacy: true };
  } },
  'nm-freemail-full-address': { weight: 4, where: ID_SHOWN, apply(site, ctx) {
    const owner = `${ctx.rng.pick(['Katrin', 'Jonas', 'Marie', 'Paul', 'Ines'])} ${ctx.rng.pick(LAST_NAMES[site.company.country] ?? LAST_NAMES.DE)}`;
    site.company.name = `${site.shopName} – Inh. ${owner}`;
    site.company.form = 'Einzelunternehmen';
    site.company.register = null;
    site.company.email = `${slug(site.shopName).replace(/-/g, '.')}@${ctx.rng.pick(['gmx.de', 'web.de', 'gmail.com', 't-online.de', 'outlook.com'])}`;
    if (site.lang === 'de' && ctx.rng.chance(0.5)) { site.company.vat = null; site.company.extraLines = [[null, 'Kleinunternehmer gemäß § 19 UStG, daher keine Umsatzsteuer ausgewiesen.']]; }
  } },
  'nm-brand-shop': { weight: 3, where: PAGE_TYPES, excludes: ['nm-dealer-brand-domain', 'nm-pharmacy-ffp2'], apply(site, ctx) {
    const brand = ctx.rng.pick(Object.keys(BRAND_DOMAINS));
    const cat = Object.keys(CATEGORIES).find((c) => CATEGORIES[c].brands.includes(brand)) ?? 'sneakers';
    site.cat = cat; site.brand = brand; site.shopName = brand;
    site.products = site.products.map((_, i) => makeProduct(ctx.rng, cat, site.lang, brand, i));
    site.domain = BRAND_DOMAINS[brand];
    site.company = legitCompany(ctx.rng, { country: site.company.country, name: brand, domain: site.domain });
    site.legalNote = 'brand names are real; the legal details on this generated page are invented';
  } },
  'nm-dealer-brand-domain': { weight: 3, where: PAGE_TYPES, excludes: ['nm-brand-shop', 'nm-pharmacy-ffp2'], apply(site, ctx) {
    const brand = ctx.rng.pick(['Stihl', 'Husqvarna', 'Weber', 'Miele', 'Kärcher', 'Gazelle', 'Cube', 'Jura']);
    const cat = Object.keys(CATEGORIES).find((c) => CATEGORIES[c].brands.includes(brand));
    const owner = ctx.rng.pick(LAST_NAMES[site.company.country] ?? LAST_NAMES.DE);
    site.cat = cat; site.brand = brand;
    site.shopName = `${brand} ${ctx.rng.pick(['Center', 'Fachhandel', 'Shop', 'Partner'])} ${owner}`;
    site.products = site.products.map((_, i) => makeProduct(ctx.rng, cat, site.lang, brand, i));
    site.domain = `${slug(brand).replace(/-/g, '')}-${slug(owner)}.${site.domain.split('.').slice(1).join('.')}`;
    site.company = legitCompany(ctx.rng, { country: site.company.country, name: `${owner} ${ctx.rng.pick(['Motorgeräte', 'Haustechnik', 'Zweirad', 'Gartentechnik'])}`, domain: site.domain });
  } },
  'nm-legit-countdown': { weight: 3, where: ['home', 'product'], apply(site, ctx) {
    site.legitCountdown = { de: 'Black-Week-Angebote enden am 1. Dezember um 23:59 Uhr', en: 'Black Week offers end on 1 December at 23:59', fr: 'Les offres Black Week se terminent le 1er décembre à 23h59', nl: 'Black Week-aanbiedingen eindigen op 1 december om 23.59 uur', it: 'Le offerte Black Week terminano il 1° dicembre alle 23:59' }[site.lang];
  } },
  'nm-low-stock': { weight: 3, where: ['product'], apply(site, ctx) { site.lowStock = ctx.phrase('nm-low-stock', { n: ctx.rng.int(1, 4) }); } },
  'nm-foreign-eu-shop': { weight: 3, langs: ['de'], where: ['impressum', 'checkout', 'faq', 'contact'], excludes: ['nm-prepay-and-paypal'], apply(site, ctx) {
    const country = ctx.rng.pick(['NL', 'BE', 'FR', 'IT']);
    site.company = legitCompany(ctx.rng, { country, name: site.shopName, domain: site.domain });
    site.bank = { holder: null, iban: ibanFor(ctx.rng, country), bic: `${ctx.rng.letters(4)}${country}${ctx.rng.letters(2)}`, bankName: ctx.rng.pick(['ING', 'Rabobank', 'BNP Paribas', 'Intesa Sanpaolo']), country };
    if (!site.checkoutMethods.some((m) => m.method === 'prepayment')) site.checkoutMethods.push({ method: 'prepayment', enabled: true, note: null });
  } },
  'nm-linked-seal': { weight: 4, where: PAGE_TYPES, apply(site, ctx) {
    const name = ctx.rng.pick(Object.keys(ISSUER_LINKS));
    site.seals = [{ name, href: ISSUER_LINKS[name](ctx.rng), form: 'img' }];
  } },
  'nm-pickup-cash': { weight: 2, where: ['checkout', 'faq', 'product'], apply(site, ctx) {
    site.checkoutMethods = [{ method: 'prepayment', enabled: true, note: null }, { method: 'pickup', enabled: true, note: null }, ...(ctx.rng.chance(0.5) ? [{ method: 'paypal', enabled: true, note: null }] : [])];
    site.logos = site.checkoutMethods.some((m) => m.method === 'paypal') ? [{ method: 'paypal', note: null }] : [];
  } },
  'nm-high-value-normal': { weight: 3, where: FRONT, excludes: ['nm-pharmacy-ffp2'], apply(site, ctx) {
    site.cat = ctx.rng.pick(['ebike', 'sofa', 'laptop', 'grill', 'coffee']);
    site.products = site.products.map((_, i) => makeProduct(ctx.rng, site.cat, site.lang, site.brand, i));
    discount(site.products[0], ctx.rng.int(8, 18));
  } },
  'nm-po-box-plus-street': { weight: 2, where: ID_SHOWN, apply(site, ctx) {
    site.company.extraLines = [...(site.company.extraLines ?? []), [null, `${{ DE: 'Postanschrift: Postfach', AT: 'Postanschrift: Postfach', CH: 'Postfach', GB: 'Post: PO Box', FR: 'Courrier : BP', NL: 'Postadres: Postbus', BE: 'Postbus', IT: 'Casella postale' }[site.company.country]} ${ctx.rng.int(100, 9999)}`]];
  } },
  'nm-new-gtld': { weight: 1, where: PAGE_TYPES, excludes: ['nm-brand-shop'], apply(site, ctx) {
    site.domain = `${slug(site.shopName)}.${ctx.rng.pick(['shop', 'store', 'online'])}`;
    site.company.email = site.company.email.replace(/@.*/, `@${site.domain}`);
  } },
};
