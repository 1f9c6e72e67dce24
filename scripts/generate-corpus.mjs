#!/usr/bin/env node
/**
 * Generated evaluation corpus for `npm run eval` (issue 15: "How to work so it generalises").
 *
 *   node scripts/generate-corpus.mjs [--seed N] [--out DIR]   (default seed 20261125, out tests/.generated/shops)
 *
 * Writes DIR/index.jsonl (one {file, label, url, split, system, lang, page_type, patterns, why_label, site?}
 * a line) and the pages under DIR/pages/. Nothing here is committed; the vitest global set-up rebuilds it.
 *
 * What it builds (all from one seed, so the same seed always gives byte-identical files):
 * - shop pages in the markup of the systems fake shops use (WooCommerce — the largest share —, Shopify,
 *   Shopware 6, Magento 2, PrestaShop, JTL, Gambio, Wix; scripts/corpus/systems/), in de/en/fr/nl/it;
 *   single pages of every page type, and multi-page sites (same domain, `site` field) for the site profile;
 * - fake shops carrying 1–6 fake-shop patterns (scripts/corpus/fake-patterns.mjs) and legitimate shops
 *   carrying near-misses (scripts/corpus/near-misses.mjs); `patterns` lists only what the page really shows;
 * - pages derived at run time from the real pages in ../shared/corpus (or $SHOPWATCH_CORPUS), skipped
 *   with a message when that folder is absent; and a few non-shop pages (news, blog), labelled legit.
 *
 * The split, so the test half measures generalisation:
 * 1. Every unit (a page, or a whole multi-page site) is assigned to `dev` or `test` by the seed, half of
 *    each stratum (single/site × fake/legit) each (scripts/corpus/units.mjs).
 * 2. Every list of variants — the phrasings of each pattern per language, and structural forms (Impressum
 *    layouts, how a payment option is disabled, logo markup, seal markup, lookalike-domain shapes, cheap
 *    TLDs, borrowed brands, foreign legal forms, JSON-LD was-price forms …) — is shuffled by the seed and
 *    cut in two: dev pages use only the first half, test pages only the second (scripts/corpus/variants.mjs).
 *    So a test page words "PayPal is unavailable" in a way no dev page does.
 * Tune rules on `--split dev` only; report `--split test`; never change a rule because of a test page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { rngFor } from './corpus/rng.mjs';
import { Variants } from './corpus/variants.mjs';
import { planUnits, assignSplits } from './corpus/units.mjs';
import { buildSite } from './corpus/scenario.mjs';
import { derivedUnits, renderDerived } from './corpus/real-derived.mjs';
import { nonShopUnits, renderNonShop } from './corpus/non-shop.mjs';
import { CORPUS_DIR } from './corpus-dir.mjs';

export const DEFAULT_SEED = 20261125;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_OUT = path.join(ROOT, 'tests/.generated/shops');
export const defaultRealCorpus = () => CORPUS_DIR;

function whyLabel(unit, marks, extra) {
  const shown = marks.length ? marks.join(', ') : null;
  if (unit.label === 'fake') return shown ? `generated fake shop page (${unit.system ?? 'derived'}) showing: ${shown}` : 'page of a generated fake shop; its evidence is on the site\'s other pages';
  return `${extra ?? 'generated legitimate shop page'}${shown ? `; near-misses: ${shown}` : ''}`;
}

/** Build the corpus in memory: { entries: [{entry, html}], variants, messages }. */
export function buildCorpus({ seed = DEFAULT_SEED, realCorpus = defaultRealCorpus() } = {}) {
  const variants = new Variants(seed);
  const messages = [];
  const units = assignSplits(seed, [...planUnits(seed), ...nonShopUnits(seed), ...derivedUnits(seed, realCorpus, messages)]);
  const out = [];
  for (const unit of units) {
    const rng = rngFor(seed, `unit:${unit.id}`);
    if (unit.kind === 'derived') {
      const { html, url, marks } = renderDerived(unit, rng, variants, realCorpus);
      out.push({ html, entry: { file: `pages/${unit.id}-product.html`, label: unit.label, url, split: unit.split, system: `real:${unit.source.site}`, lang: unit.lang, page_type: unit.source.page_type ?? 'product', patterns: marks, why_label: whyLabel(unit, marks, `real page of ${unit.source.site} (${unit.source.file})`), derived_from: unit.source.file } });
      continue;
    }
    if (unit.kind === 'non-shop') {
      const { html, url } = renderNonShop(unit, rng, variants);
      out.push({ html, entry: { file: `pages/${unit.id}-article.html`, label: 'legit', url, split: unit.split, system: 'none', lang: unit.lang, page_type: 'article', patterns: ['nm-non-shop'], why_label: `not a shop: ${unit.what}` } });
      continue;
    }
    const { site, pages } = buildSite(unit, rng, variants);
    for (const p of pages) {
      const entry = { file: `pages/${unit.id}-${p.type}.html`, label: unit.label, url: `${site.origin}${p.path}`, split: unit.split, system: unit.system, lang: unit.lang, page_type: p.type, patterns: p.marks, why_label: whyLabel(unit, p.marks, site.legalNote ? `generated legitimate shop page (${site.legalNote})` : undefined) };
      if (unit.kind === 'site') entry.site = site.domain;
      out.push({ html: p.html, entry });
    }
  }
  return { pages: out, variants, messages };
}

/** Write the corpus to `outDir` (replacing what was there). Returns a short summary. */
export function writeCorpus({ seed = DEFAULT_SEED, outDir = DEFAULT_OUT, realCorpus = defaultRealCorpus() } = {}) {
  const { pages, variants, messages } = buildCorpus({ seed, realCorpus });
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(outDir, 'pages'), { recursive: true });
  for (const p of pages) fs.writeFileSync(path.join(outDir, p.entry.file), p.html);
  fs.writeFileSync(path.join(outDir, 'index.jsonl'), `${pages.map((p) => JSON.stringify(p.entry)).join('\n')}\n`);
  const count = (f) => pages.filter((p) => f(p.entry)).length;
  return { outDir, pages: pages.length, fake: count((e) => e.label === 'fake'), legit: count((e) => e.label === 'legit'), dev: count((e) => e.split === 'dev'), test: count((e) => e.split === 'test'), pools: variants.pools.size, messages };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { values } = parseArgs({ options: { seed: { type: 'string' }, out: { type: 'string' } } });
  const started = Date.now();
  const s = writeCorpus({ seed: values.seed ? Number(values.seed) : DEFAULT_SEED, outDir: values.out ? path.resolve(values.out) : DEFAULT_OUT });
  for (const m of s.messages) console.log(m);
  console.log(`generated ${s.pages} pages (${s.fake} fake, ${s.legit} legit; dev ${s.dev}, test ${s.test}; ${s.pools} variant lists split) in ${s.outDir} — ${Date.now() - started} ms`);
}
