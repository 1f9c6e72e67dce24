// Pages derived at run time from the real pages in ../shared/corpus: a real shop's markup re-hosted
// on a lookalike domain with fake-shop patterns injected (a cloned shop), and the same page on its
// own address with an honest near-miss. Never committed; skipped with a message when the folder is absent.
import fs from 'node:fs';
import path from 'node:path';
import { rngFor } from './rng.mjs';
import { makeContext } from './phrase.mjs';
import { ibanFor, spacedIban } from './ids.mjs';
import { FOREIGN_SEATS, HOLDER_STEMS } from './places.mjs';
import { PAYMENT_NAMES, esc } from './ui.mjs';

/** Real pages bigger than this are left out to keep `npm run eval` quick. */
const MAX_BYTES = 1_200_000;
const PER_LABEL = 4;

function readIndex(dir) {
  try {
    return fs.readFileSync(path.join(dir, 'index.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  } catch {
    return null;
  }
}

export function derivedUnits(seed, dir, messages) {
  const index = readIndex(dir);
  if (!index) {
    messages.push(`generate-corpus: no real pages at ${dir} (set SHOPWATCH_CORPUS); pages derived from real ones are skipped`);
    return [];
  }
  // Retailers' own product pages; classified ads and auctions (Kleinanzeigen, eBay) are not shops to clone.
  const usable = index.filter((e) => e.label === 'legit' && !/kleinanzeigen|ebay/.test(e.site ?? '') && (e.page_type ?? 'product') === 'product' && fs.existsSync(path.join(dir, e.file)) && fs.statSync(path.join(dir, e.file)).size <= MAX_BYTES)
    .sort((a, b) => a.file.localeCompare(b.file));
  const rng = rngFor(seed, 'derived');
  const units = [];
  for (const label of ['fake', 'legit']) {
    for (const source of rng.sample(usable, PER_LABEL)) units.push({ kind: 'derived', label, lang: source.lang ?? 'de', source });
  }
  return units.map((u, i) => ({ ...u, id: `r${String(i + 1).padStart(3, '0')}` }));
}

const brandOf = (site) => site.replace(/^www2?\./, '').split('.')[0];

export function renderDerived(unit, rng, variants, dir) {
  const ctx = makeContext(rng, variants, unit.split, ['de', 'en', 'fr', 'nl', 'it'].includes(unit.lang) ? unit.lang : 'en');
  let html = fs.readFileSync(path.join(dir, unit.source.file), 'utf8');
  const marks = [];
  let top = '';
  let bottom = '';
  let url = unit.source.url;
  if (unit.label === 'fake') {
    const brand = brandOf(unit.source.site);
    const tld = ctx.name('cheap-tld', ['com', 'shop', 'store', 'online', 'top', 'xyz', 'site', 'sale', 'buzz', 'icu', 'vip', 'click', 'fun', 'life', 'de.com', 'cfd']);
    const host = `${brand}-${rng.pick(['outlet', 'sale', 'deals', 'store'])}-${rng.pick(['de', 'eu', 'online'])}.${tld}`;
    url = `https://www.${host}${new URL(unit.source.url).pathname}`;
    marks.push('domain-lookalike');
    const methods = rng.sample(['paypal', 'card', 'klarna'], 2).map((m) => PAYMENT_NAMES[m][ctx.lang]);
    top = `<div class="sw-clone-banner" style="background:#c00;color:#fff">${esc(ctx.phrase('fake-sale-banner', { pct: rng.pick([70, 80, 85]) }))} ${esc(ctx.phrase('prepay-only'))} ${methods.map((m) => esc(ctx.phrase('pay-unavailable', { method: m }))).join(' · ')}</div>`;
    marks.push('prepayment-only', 'payment-logos-unavailable');
    const cc = rng.pick(Object.keys(FOREIGN_SEATS).filter((c) => c !== 'GB'));
    const holder = `${rng.pick(HOLDER_STEMS)} ${rng.pick(FOREIGN_SEATS[cc].forms)}`;
    bottom = `<div class="sw-clone-bank"><p>${esc(PAYMENT_NAMES.prepayment[ctx.lang])}: ${esc(holder)} · IBAN ${spacedIban(ibanFor(rng, cc))} · ${esc(rng.pick(FOREIGN_SEATS[cc].banks))}</p><p>${esc(ctx.phrase('transfer-instructions'))}</p></div>`;
    marks.push('iban-foreign', 'holder-foreign-company');
  } else {
    const nearMiss = rng.pick(['nm-card-outage', 'nm-clearance-sale']);
    top = `<div class="sw-notice">${esc(ctx.phrase(nearMiss === 'nm-card-outage' ? 'nm-card-outage' : 'nm-sale-banner'))}</div>`;
    marks.push(nearMiss);
  }
  const note = `<!-- Shopwatch generated variant of ${unit.source.file} (${unit.label}); scripts/generate-corpus.mjs -->`;
  html = html.replace(/<body\b[^>]*>/i, (m) => `${m}${note}${top}`);
  html = /<\/body>/i.test(html) ? html.replace(/<\/body>(?![\s\S]*<\/body>)/i, `${bottom}</body>`) : `${html}${bottom}`;
  return { html, url, marks: marks.sort() };
}
