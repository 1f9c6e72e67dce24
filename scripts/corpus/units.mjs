// What the corpus consists of: a list of units (a single page, a multi-page site, a page derived
// from a real one, a non-shop page), each with label, language, shop system and its split.
import { rngFor } from './rng.mjs';
import { PAGE_TYPES, PAGE_TYPE_WEIGHTS } from './page-types.mjs';
import { SYSTEM_WEIGHTS } from './systems/index.mjs';

const LANG_WEIGHTS = [[45, 'de'], [20, 'en'], [12, 'fr'], [12, 'nl'], [11, 'it']];
export const COUNTS = { singleFake: 220, singleLegit: 190, siteFake: 14, siteLegit: 14 };

export function planUnits(seed) {
  const rng = rngFor(seed, 'plan');
  const units = [];
  const add = (kind, label, n) => {
    for (let i = 0; i < n; i += 1) {
      const lang = rng.weighted(LANG_WEIGHTS);
      const system = rng.weighted(SYSTEM_WEIGHTS);
      const pageTypes = kind === 'site'
        ? ['home', 'category', 'product', 'cart', 'checkout', 'impressum', ...rng.sample(PAGE_TYPES.slice(6), rng.int(1, 3))].sort((a, b) => PAGE_TYPES.indexOf(a) - PAGE_TYPES.indexOf(b))
        : [rng.weighted(PAGE_TYPE_WEIGHTS)];
      units.push({ kind, label, lang, system, pageTypes, combination: kind === 'single' && label === 'fake' && rng.chance(0.15) });
    }
  };
  add('single', 'fake', COUNTS.singleFake);
  add('single', 'legit', COUNTS.singleLegit);
  add('site', 'fake', COUNTS.siteFake);
  add('site', 'legit', COUNTS.siteLegit);
  return units.map((u, i) => ({ ...u, id: `${u.kind === 'site' ? 's' : 'p'}${String(i + 1).padStart(3, '0')}` }));
}

/**
 * Half of each stratum (kind × label) goes to dev, half to test: the strata are shuffled with
 * the seed and dealt alternately, so both halves have the same mix of fake/legit and page kinds.
 */
export function assignSplits(seed, units) {
  const rng = rngFor(seed, 'split');
  const strata = new Map();
  for (const u of units) {
    const key = `${u.kind}|${u.label}`;
    if (!strata.has(key)) strata.set(key, []);
    strata.get(key).push(u);
  }
  for (const group of strata.values()) {
    const first = rng.chance(0.5) ? 'dev' : 'test';
    rng.shuffle(group).forEach((u, i) => { u.split = i % 2 === 0 ? first : first === 'dev' ? 'test' : 'dev'; });
  }
  return units;
}
