// Builds one generated site: picks its patterns (fake) or near-misses (legit) so that they can show
// on the pages it will have, applies them to the shop model in a fixed order and renders the pages.
import { baseSite } from './site.mjs';
import { FAKE_PATTERNS, MEDIUM_PATTERNS } from './fake-patterns.mjs';
import { NEAR_MISSES } from './near-misses.mjs';
import { renderPage } from './pages.mjs';
import { makeContext } from './phrase.mjs';
import { SYSTEMS } from './systems/index.mjs';

/** Patterns that rebuild the goods or the identity run first, so later ones change the final model. */
const FAKE_ORDER = ['domain-lookalike', 'price-high-value-absurd', 'medical-dumping', 'medical-gouging', 'medical-unmarked', 'domain-shop-words', 'impressum-copied-company', 'impressum-missing', 'impressum-no-register', 'impressum-bad-register', 'impressum-po-box', 'impressum-no-street', 'vat-invalid', 'contact-free-mail', 'legal-pages-missing', 'legal-text-copied', 'locale-mismatch', 'prepayment-only', 'payment-logos-unavailable', 'checkout-disabled-options', 'iban-foreign', 'holder-foreign-company', 'holder-private-person', 'crypto-giftcard', 'prices-sitewide-discount', 'price-too-good', 'price-jsonld-was', 'trust-seal-unlinked', 'trust-seal-self-linked', 'urgency-widgets', 'machine-translated'];
const NEAR_ORDER = ['nm-at-registration', 'nm-ch-registration', 'nm-uk-registration', 'nm-foreign-eu-shop', 'nm-brand-shop', 'nm-dealer-brand-domain', 'nm-pharmacy-ffp2', 'nm-high-value-normal', 'nm-new-gtld', 'nm-freemail-full-address', 'nm-po-box-plus-street', 'nm-clearance-sale', 'nm-prepay-and-paypal', 'nm-pickup-cash', 'nm-card-outage', 'nm-legit-countdown', 'nm-low-stock', 'nm-linked-seal'];
const LOGO_FORMS = { img: 'img', sprite: 'sprite', fileOnly: 'fileOnly', text: 'text', fontIcon: 'fontIcon', svg: 'svg' };
const IMPRESSUM_LINKS = { de: ['Impressum & Kontakt', 'Rechtliches', 'Über uns / Impressum', 'Impressum/Anbieter'], en: ['Imprint', 'Company details', 'Legal information', 'Legal'], fr: ['Mentions légales & CGU', 'Infos légales', 'Qui sommes-nous – légal'], nl: ['Impressum', 'Colofon & contact', 'Juridisch'], it: ['Impressum', 'Note legali e privacy', 'Dati aziendali'] };
for (const id of Object.keys(FAKE_PATTERNS)) if (!FAKE_ORDER.includes(id)) throw new Error(`${id} missing from FAKE_ORDER`);
for (const id of Object.keys(NEAR_MISSES)) if (!NEAR_ORDER.includes(id)) throw new Error(`${id} missing from NEAR_ORDER`);

/** Choose `n` entries of `table` possible on all `pageTypes`, by weight, honouring exclusions. */
function choose(rng, table, n, pageTypes, lang, allowed = null) {
  const chosen = [];
  const blocked = new Set();
  const fits = (id) => {
    const e = table[id];
    if (allowed && !allowed.includes(id)) return false;
    if (e.langs && !e.langs.includes(lang)) return false;
    if (e.requires && !e.requires.some((r) => chosen.includes(r))) return false;
    return pageTypes.some((t) => e.where.includes(t)) && !blocked.has(id) && !chosen.includes(id);
  };
  for (let i = 0; i < n; i += 1) {
    let options = Object.keys(table).filter(fits);
    // A single page first gets something only pages of its type show (an Impressum page shows
    // Impressum faults, a checkout its payment choices); site-wide patterns come on top.
    const specific = options.filter((id) => table[id].where.length < 8);
    if (i === 0 && pageTypes.length === 1 && specific.length) options = specific;
    if (!options.length) break;
    const id = rng.weighted(options.map((o) => [table[o].weight, o]));
    chosen.push(id);
    for (const x of table[id].excludes ?? []) blocked.add(x);
    for (const [other, e] of Object.entries(table)) if ((e.excludes ?? []).includes(id)) blocked.add(other);
  }
  return chosen;
}

/**
 * unit: { id, label, split, lang, system, pageTypes, combination }. Returns pages with their marks.
 * A fake single page that ends up showing no pattern is rebuilt with another draw (bounded).
 */
export function buildSite(unit, rng, variants) {
  for (let attempt = 0; attempt < 12; attempt += 1) {
    const ctx = makeContext(rng, variants, unit.split, unit.lang);
    const site = baseSite({ rng, label: unit.label, lang: unit.lang, system: unit.system, id: unit.id, split: unit.split });
    const sys = SYSTEMS[unit.system];
    site.logoForm = unit.system === 'shopify' ? 'svg' : ctx.structure('logo-form', LOGO_FORMS);
    site.jsonldShape = ctx.structure('jsonld-shape', { plain: 'plain', graph: 'graph', numeric: 'numeric' });
    site.impressumLinkText = (sys.legalLabel && rng.chance(0.3) ? sys.legalLabel[unit.lang] : null) ?? (rng.chance(0.3) ? ctx.name(`impressum-link:${unit.lang}`, IMPRESSUM_LINKS[unit.lang]) : null);
    const multi = unit.pageTypes.length > 1;
    if (unit.label === 'fake') {
      const n = unit.combination ? rng.int(3, 4) : multi ? rng.int(3, 6) : rng.weighted([[10, 1], [35, 2], [35, 3], [20, 4]]);
      const ids = choose(rng, FAKE_PATTERNS, n, unit.pageTypes, unit.lang, unit.combination ? MEDIUM_PATTERNS : null);
      ids.forEach((id) => site.fake.add(id));
      for (const id of FAKE_ORDER) if (site.fake.has(id)) FAKE_PATTERNS[id].apply(site, ctx);
    } else if (rng.chance(multi ? 0.85 : 0.8)) {
      const ids = choose(rng, NEAR_MISSES, rng.weighted([[55, 1], [35, 2], [10, 3]]), unit.pageTypes, unit.lang);
      ids.forEach((id) => site.nearMiss.add(id));
      for (const id of NEAR_ORDER) if (site.nearMiss.has(id)) NEAR_MISSES[id].apply(site, ctx);
    }
    site.origin = `https://www.${site.domain}`;
    const pages = unit.pageTypes.map((type) => ({ type, ...renderPage(site, type, ctx) }));
    for (const p of pages) {
      const medium = p.marks.filter((m) => MEDIUM_PATTERNS.includes(m));
      if (unit.combination && medium.length >= 2) p.marks.push('combination-medium');
    }
    const empty = unit.label === 'fake' && !multi && pages[0].marks.filter((m) => m !== 'combination-medium').length === 0;
    if (!empty) return { site, pages };
  }
  throw new Error(`could not build a fake page showing a pattern for ${unit.id}`);
}
