// Fake-shop patterns (SIGNALS.md, Watchlist Internet, Verbraucherzentrale). Each entry says on which
// page types it can show and how it changes the shop model; pages.mjs marks what a page really shows.
import { CATEGORIES, slug } from './catalogue.mjs';
import { makeProduct, discount } from './site.mjs';
import { legitCompany, vatFor, poBoxLine, BAD_REGISTERS, freeMailDomains } from './company.mjs';
import { FOREIGN_SEATS, HOLDER_STEMS, LAST_NAMES, personName } from './places.mjs';
import { ibanFor } from './ids.mjs';
import { PAGE_TYPES } from './page-types.mjs';

const ALL = PAGE_TYPES;
const FRONT = ['home', 'category', 'product'];
const IMPRESSUM_SHOWN = ['impressum', 'contact'];
const BANK_SHOWN = ['checkout', 'faq', 'impressum'];
const PAY_SHOWN = ['product', 'checkout', 'faq', 'cart'];

const BRANDS = [...new Set(Object.values(CATEGORIES).filter((c) => !c.medical).flatMap((c) => c.brands))].filter((b) => !/^(Buche|Eiche|Birke|ENplus A1|DINplus)$/.test(b));
const CHEAP_TLDS = ['com', 'shop', 'store', 'online', 'top', 'xyz', 'site', 'sale', 'buzz', 'icu', 'vip', 'click', 'fun', 'life', 'de.com', 'cfd'];
const COUNTRY_WORDS = { de: ['deutschland', 'germany', 'de', 'osterreich', 'at', 'schweiz'], en: ['uk', 'europe', 'eu', 'online', 'official'], fr: ['france', 'fr', 'paris'], nl: ['nederland', 'nl', 'belgie'], it: ['italia', 'it', 'milano'] };
const SALE_WORDS = { de: ['outlet', 'sale', 'rabatt', 'discount', 'lagerverkauf', 'restposten', 'guenstig', 'billig', 'angebote'], en: ['outlet', 'sale', 'cheap', 'deals', 'discount', 'clearance'], fr: ['promo', 'destockage', 'soldes', 'pas-cher', 'outlet'], nl: ['korting', 'uitverkoop', 'goedkoop', 'outlet', 'aanbieding'], it: ['sconti', 'outlet', 'offerte', 'saldi', 'economico'] };
const LOOKALIKE_FORMS = {
  'brand-outlet-country': (b, c, t) => `${b}-outlet-${c}.${t}`,
  'brand+country': (b, c, t) => `${b}${c}.${t}`,
  'brand-sale': (b, c, t) => `${b}-sale.${t}`,
  'brand+store+country': (b, c, t) => `${b}store${c}.${t}`,
  'cheap+brand+country': (b, c, t) => `cheap${b}${c}.${t}`,
  'brand-official-country': (b, c, t) => `${b}-official-${c}.${t}`,
  'brand-factory-country': (b, c, t) => `${b}-factory-${c}.${t}`,
  'shop-brand-country': (b, c, t) => `shop-${b}-${c}.${t}`,
  'brand+country-sale': (b, c, t) => `${b}${c}-sale.${t}`,
  'brand-country-online': (b, c, t) => `${b}-${c}-online.${t}`,
};
const UNRELATED = ['Haustechnik', 'Elektro', 'Metallbau', 'Logistik', 'Bau', 'Consulting', 'Immobilien', 'Druckerei', 'Zahntechnik', 'Gebäudereinigung'];
const SEALS = ['Trusted Shops Käuferschutz', 'TÜV SÜD s@fer-shopping', 'EHI Geprüfter Online-Shop', 'Händlerbund Käufersiegel', 'Shopvote Zertifikat', 'Norton Secured', 'McAfee Secure', 'Safe Shopping Certified', 'Thuiswinkel Waarborg', 'Fevad Membre', 'Sigillo Netcomm', 'Trustpilot Excellent'];
const FOREIGN_FORMS = Object.entries(FOREIGN_SEATS).flatMap(([cc, s]) => s.forms.map((f) => `${cc}|${f}`));

const HOME_BANKS = { DE: ['N26 Bank', 'Sparkasse KölnBonn', 'Commerzbank'], ES: ['BBVA', 'CaixaBank'], FR: ['BNP Paribas', 'Boursorama Banque'], IT: ['Intesa Sanpaolo', 'UniCredit'], PL: ['mBank S.A.'], LT: ['Revolut Bank UAB'] };

function foreignBank(site, ctx, cc) {
  const seat = FOREIGN_SEATS[cc] ?? { banks: HOME_BANKS[cc] };
  site.bank = site.bank ?? { holder: null };
  Object.assign(site.bank, { iban: ibanFor(ctx.rng, cc), bic: `${ctx.rng.letters(4)}${cc}${ctx.rng.letters(2)}`, bankName: ctx.rng.pick(seat.banks), country: cc });
}

export const FAKE_PATTERNS = {
  'domain-lookalike': { weight: 7, where: ALL, excludes: ['domain-shop-words', 'medical-dumping', 'medical-gouging'], apply(site, ctx) {
    const brand = ctx.name('lookalike-brand', BRANDS);
    const cat = Object.keys(CATEGORIES).find((c) => CATEGORIES[c].brands.includes(brand));
    site.cat = cat;
    site.products = site.products.map((_, i) => makeProduct(ctx.rng, cat, site.lang, brand, i));
    for (const p of site.products) if (ctx.rng.chance(0.6)) discount(p, ctx.rng.int(15, 45));
    const b = slug(brand).replace(/-/g, '');
    site.domain = ctx.structure('lookalike-form', LOOKALIKE_FORMS)(b, ctx.rng.pick(COUNTRY_WORDS[site.lang]), ctx.name('cheap-tld', CHEAP_TLDS));
    site.shopName = `${brand} ${ctx.rng.pick(['Outlet', 'Store', 'Shop', 'Sale'])}`;
    site.brand = brand;
  } },
  'domain-shop-words': { weight: 5, where: ALL, excludes: ['domain-lookalike'], apply(site, ctx) {
    const word = ctx.rng.pick(SALE_WORDS[site.lang]);
    const thing = slug(site.shopName.split(' ')[0]).slice(0, 14);
    site.domain = `${thing}-${word}${ctx.rng.chance(0.4) ? ctx.rng.int(1, 99) : ''}.${ctx.name('cheap-tld', CHEAP_TLDS)}`;
  } },
  'impressum-missing': { weight: 6, where: ALL.filter((t) => t !== 'impressum'), excludes: ['impressum-po-box', 'impressum-no-street', 'impressum-bad-register', 'impressum-no-register', 'vat-invalid', 'impressum-copied-company', 'legal-text-copied'], apply(site) {
    site.legalLinks.impressum = false;
    site.company = { ...site.company, hidden: true };
  } },
  'legal-pages-missing': { weight: 4, where: ALL.filter((t) => !['agb', 'widerruf'].includes(t)), excludes: ['legal-text-copied'], apply(site, ctx) {
    for (const k of ctx.rng.sample(['agb', 'widerruf', 'privacy'], ctx.rng.int(2, 3))) site.legalLinks[k] = false;
  } },
  'impressum-po-box': { weight: 3, where: IMPRESSUM_SHOWN, excludes: ['impressum-no-street'], apply(site, ctx) {
    site.company.street = null;
    site.company.poBox = poBoxLine(ctx.rng, site.company.country);
  } },
  'impressum-no-street': { weight: 4, where: IMPRESSUM_SHOWN, excludes: ['impressum-po-box'], apply(site, ctx) {
    site.company.street = null;
    site.company.cityOnly = ctx.rng.chance(0.5);
    if (ctx.rng.chance(0.6)) site.company.phone = null;
  } },
  'impressum-bad-register': { weight: 5, where: ['impressum'], excludes: ['impressum-no-register'], apply(site, ctx) {
    site.company.register = ctx.structure('bad-register', Object.fromEntries(BAD_REGISTERS.map((f, i) => [`bad-register-${i}`, f])))(ctx.rng);
  } },
  'impressum-no-register': { weight: 5, where: ['impressum'], excludes: ['impressum-bad-register'], apply(site, ctx) {
    const form = { DE: 'GmbH', AT: 'GmbH', GB: 'Ltd', FR: 'SARL', NL: 'B.V.', IT: 'S.r.l.', CH: 'AG', BE: 'BV' }[site.company.country] ?? 'GmbH';
    site.company.name = `${site.company.name.replace(/\s+\S+$/, '')} ${form}`;
    site.company.register = null;
  } },
  'vat-invalid': { weight: 6, where: ['impressum'], apply(site, ctx) {
    site.company.vat = vatFor(ctx.rng, site.company.country, false);
  } },
  'contact-free-mail': { weight: 6, where: ['impressum', 'contact', 'faq'], apply(site, ctx) {
    site.company.email = `${slug(site.shopName).replace(/-/g, '')}${ctx.rng.chance(0.5) ? ctx.rng.int(1, 99) : ''}@${ctx.rng.pick(freeMailDomains())}`;
    site.company.phone = null;
    site.contactNote = ctx.phrase('contact-mail-only');
  } },
  'impressum-copied-company': { weight: 4, where: IMPRESSUM_SHOWN, excludes: ['impressum-po-box', 'impressum-no-street', 'impressum-bad-register', 'impressum-no-register', 'vat-invalid'], apply(site, ctx) {
    const name = `${ctx.rng.pick(LAST_NAMES[site.company.country] ?? LAST_NAMES.DE)} ${ctx.rng.pick(UNRELATED)}`;
    site.company = legitCompany(ctx.rng, { country: site.company.country, name, domain: `${slug(name)}.${site.company.country.toLowerCase()}` });
  } },
  'legal-text-copied': { weight: 2, where: ['agb', 'widerruf'], apply(site, ctx) {
    const name = `${ctx.rng.pick(LAST_NAMES.DE)} ${ctx.rng.pick(['Mode', 'Textil', 'Möbel', 'Sport'])} GmbH`;
    site.copiedLegal = { company: name, email: `info@${slug(name)}.de` };
  } },
  'prepayment-only': { weight: 8, where: PAY_SHOWN, apply(site, ctx) {
    site.checkoutMethods = [{ method: 'prepayment', enabled: true, note: null }];
    site.logos = ctx.rng.chance(0.5) ? [] : site.logos;
    site.prepayStatement = ctx.phrase('prepay-only');
  } },
  'payment-logos-unavailable': { weight: 7, where: ALL, apply(site, ctx) {
    const shown = ctx.rng.sample(['paypal', 'card', 'klarna', 'applepay'], ctx.rng.int(1, 3));
    site.logos = shown.map((method) => ({ method, note: 'unavailable' }));
    site.unavailablePlacement = ctx.structure('unavailable-placement', { inline: 'inline', footnote: 'footnote', tooltip: 'tooltip', banner: 'banner', below: 'below', struck: 'struck' });
    site.unavailableText = (methodName) => ctx.phrase('pay-unavailable', { method: methodName });
    site.checkoutMethods = site.checkoutMethods.filter((m) => !shown.includes(m.method));
    if (!site.checkoutMethods.length) site.checkoutMethods = [{ method: 'prepayment', enabled: true, note: null }];
  } },
  'checkout-disabled-options': { weight: 6, where: ['checkout'], apply(site, ctx) {
    const off = ctx.rng.sample(['paypal', 'card', 'klarna', 'invoice'], ctx.rng.int(1, 3));
    site.checkoutMethods = [{ method: 'prepayment', enabled: true, note: null }, ...off.map((method) => ({ method, enabled: false, note: 'unavailable' }))];
    site.disabledForm = ctx.structure('disabled-form', { attr: 'attr', aria: 'aria', klass: 'klass', style: 'style', noInput: 'noInput', struck: 'struck' });
    site.unavailableText = site.unavailableText ?? ((methodName) => ctx.phrase('pay-unavailable', { method: methodName }));
  } },
  'iban-foreign': { weight: 5, where: BANK_SHOWN, apply(site, ctx) {
    foreignBank(site, ctx, ctx.rng.pick(Object.keys(FOREIGN_SEATS).filter((c) => c !== site.company.country)));
    site.transferNote = ctx.phrase('transfer-instructions');
  } },
  'holder-foreign-company': { weight: 5, where: BANK_SHOWN, excludes: ['holder-private-person'], apply(site, ctx) {
    const [cc, form] = ctx.name('foreign-legal-form', FOREIGN_FORMS).split('|');
    if (!site.bank?.iban) foreignBank(site, ctx, ctx.rng.chance(0.7) ? cc : 'DE');
    site.bank.holder = `${ctx.rng.pick(HOLDER_STEMS)} ${form}`;
    site.bank.holderCountry = cc;
    site.transferNote = site.transferNote ?? ctx.phrase('transfer-instructions');
  } },
  'holder-private-person': { weight: 3, where: BANK_SHOWN, excludes: ['holder-foreign-company'], apply(site, ctx) {
    if (!site.bank?.iban) foreignBank(site, ctx, ctx.rng.chance(0.5) ? 'DE' : ctx.rng.pick(['LT', 'ES', 'FR', 'IT', 'PL']));
    site.bank.holder = personName(ctx.rng, 'FOREIGN');
    site.transferNote = site.transferNote ?? ctx.phrase('transfer-instructions');
  } },
  'crypto-giftcard': { weight: 4, where: ['checkout', 'faq'], apply(site, ctx) {
    site.checkoutMethods.push({ method: ctx.rng.pick(['crypto', 'giftcard']), enabled: true, note: null });
    site.cryptoStatement = ctx.phrase('crypto-pay');
  } },
  'price-too-good': { weight: 9, where: FRONT, excludes: ['prices-sitewide-discount'], apply(site, ctx) {
    for (const p of [site.products[0], ...ctx.rng.sample(site.products.slice(1, 8), ctx.rng.int(0, 3))]) discount(p, ctx.rng.int(70, 90));
  } },
  'prices-sitewide-discount': { weight: 5, where: ['home', 'category'], excludes: ['price-too-good'], apply(site, ctx) {
    for (const p of site.products) discount(p, ctx.rng.int(50, 85));
    site.banners.push({ id: 'prices-sitewide-discount', text: ctx.phrase('fake-sale-banner', { pct: ctx.rng.pick([70, 75, 80, 85, 90]) }) });
  } },
  'price-jsonld-was': { weight: 4, where: ['product'], apply(site, ctx) {
    const p = site.products[0];
    discount(p, ctx.rng.int(70, 90), { visibleWas: false });
    site.jsonldWas = { form: ctx.structure('jsonld-was-form', { strikethrough: 'StrikethroughPrice', list: 'ListPrice', msrp: 'MSRP', srp: 'SRP' }), was: p.regular };
  } },
  'price-high-value-absurd': { weight: 5, where: ['product', 'category', 'home'], excludes: ['medical-dumping', 'medical-gouging'], apply(site, ctx) {
    if (CATEGORIES[site.cat].price[1] < 60000) {
      site.cat = ctx.rng.pick(['ebike', 'sofa', 'laptop', 'grill', 'phone', 'coffee', 'chainsaw']);
      site.products = site.products.map((_, i) => makeProduct(ctx.rng, site.cat, site.lang, site.brand, i));
    }
    const p = site.products[0];
    p.regular = Math.max(p.regular, 59999);
    p.price = Math.round((p.regular * ctx.rng.int(8, 22)) / 10000) * 100 - 1;
    p.was = null;
    p.absurd = true;
  } },
  'trust-seal-unlinked': { weight: 5, where: ALL, excludes: ['trust-seal-self-linked'], apply(site, ctx) {
    site.seals = [{ name: ctx.name('seal-name', SEALS), href: null, form: ctx.structure('seal-form', { img: 'img', imgFile: 'imgFile', text: 'text', svg: 'svg' }) }];
  } },
  'trust-seal-self-linked': { weight: 3, where: ALL, excludes: ['trust-seal-unlinked'], apply(site, ctx) {
    const name = ctx.name('seal-name', SEALS);
    site.seals = [{ name, href: `/${ctx.rng.pick(['zertifikat', 'guetesiegel', 'trust', 'certificate', slug(name)])}/`, form: ctx.structure('seal-form', { img: 'img', imgFile: 'imgFile', text: 'text', svg: 'svg' }) }];
  } },
  'urgency-widgets': { weight: 6, where: ['product', 'home', 'cart', 'checkout'], apply(site, ctx) {
    const kinds = ctx.rng.sample(['stock', 'viewers', 'bought', 'countdown'], ctx.rng.int(2, 4));
    site.urgency = Object.fromEntries(kinds.map((k) => [k, ctx.phrase(`urgency-${k}`, { n: ctx.rng.int(2, 7), name: personName(ctx.rng, LAST_NAMES[site.company.country] ? site.company.country : 'DE').split(' ')[0], city: ctx.rng.pick(['Berlin', 'Hamburg', 'Wien', 'München', 'Köln', 'Graz', 'Paris', 'Lyon', 'Utrecht', 'Milano']), minutes: ctx.rng.int(2, 40) })]));
    if (site.urgency.viewers) site.urgency.viewers = site.urgency.viewers.replace(/\d+/, String(ctx.rng.int(14, 90)));
  } },
  'locale-mismatch': { weight: 3, where: ['product', 'category', 'home', 'cart', 'checkout'], apply(site, ctx) {
    site.currency = site.lang === 'en' ? 'USD' : ctx.rng.pick(['USD', 'USD', 'GBP']);
    if (site.lang === 'en') site.company = { ...site.company, country: ctx.rng.pick(['DE', 'AT']) };
  } },
  'machine-translated': { weight: 4, where: ['product', 'home', 'about'], apply(site, ctx) {
    site.machineText = [ctx.phrase('machine-translated'), ctx.phrase('machine-translated')];
  } },
  'medical-dumping': { weight: 3, where: FRONT, excludes: ['medical-gouging', 'domain-lookalike', 'price-high-value-absurd'], apply(site, ctx) {
    medicalShop(site, ctx, ctx.rng.int(8, 25));
  } },
  'medical-gouging': { weight: 3, where: FRONT, excludes: ['medical-dumping', 'domain-lookalike', 'price-high-value-absurd'], apply(site, ctx) {
    medicalShop(site, ctx, ctx.rng.int(300, 900));
  } },
  'medical-unmarked': { weight: 6, where: ['product'], requires: ['medical-dumping', 'medical-gouging'], apply(site) {
    site.medical = { ...(site.medical ?? {}), unmarked: true };
  } },
};

/** Turn the shop into a mask/test shop priced at `percent` of the usual unit price. */
function medicalShop(site, ctx, percent) {
  site.cat = ctx.rng.pick(['ffp2', 'ffp2', 'rapidtest', 'disinfectant']);
  site.products = site.products.map((_, i) => makeProduct(ctx.rng, site.cat, site.lang, null, i));
  for (const p of site.products) {
    p.price = Math.max(9, Math.round((p.regular * percent) / 1000) * 10 - 1);
    p.was = percent < 100 && ctx.rng.chance(0.5) ? p.regular : null;
  }
  site.medical = { ...(site.medical ?? {}), percent, claim: ctx.phrase('medical-claim') };
}

/** Medium signals that alone paint no page red but together should (issue 15, class 6). */
export const MEDIUM_PATTERNS = ['contact-free-mail', 'urgency-widgets', 'trust-seal-unlinked', 'trust-seal-self-linked', 'domain-shop-words', 'machine-translated', 'locale-mismatch', 'legal-pages-missing', 'impressum-no-street', 'price-too-good'];
