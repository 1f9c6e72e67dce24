// Dev/test partition of every list of variants (phrasings, structures, brands, legal forms …).
// Each list is shuffled with a stream derived from (seed, list id) and cut in two: the first half
// is used only by dev pages, the second only by test pages. Test pages therefore use wordings and
// structures that no dev page shows, so figures on the test half measure generalisation.
import { rngFor } from './rng.mjs';

export class Variants {
  constructor(seed) {
    this.seed = seed;
    /** id → { kind, dev, test } for every list that was used, for the split test and for docs. */
    this.pools = new Map();
  }

  /** The half of `items` that pages of `split` may use. kind: 'phrase' | 'structure' | 'name'. */
  half(id, items, split, kind = 'phrase') {
    let pool = this.pools.get(id);
    if (!pool) {
      if (items.length < 2) throw new Error(`variant list ${id} needs at least 2 items to split`);
      const shuffled = rngFor(this.seed, `pool:${id}`).shuffle(items);
      const cut = Math.floor(shuffled.length / 2);
      pool = { kind, dev: shuffled.slice(0, cut), test: shuffled.slice(cut) };
      this.pools.set(id, pool);
    }
    if (split !== 'dev' && split !== 'test') throw new Error(`unknown split ${split}`);
    return pool[split];
  }

  /** One variant of list `id` for a page of `split`, chosen with the page's own rng. */
  pick(rng, id, items, split, kind) {
    return rng.pick(this.half(id, items, split, kind));
  }

  toJSON() {
    return Object.fromEntries([...this.pools].sort(([a], [b]) => a.localeCompare(b)));
  }
}
