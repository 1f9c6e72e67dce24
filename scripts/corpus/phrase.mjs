// Picks a phrasing for a page of a given split and language from the split half of its list.
import { PAYMENT_PHRASES } from './phrases-payment.mjs';
import { SHOP_PHRASES } from './phrases-shop.mjs';
import { LEGAL_PHRASES } from './legal.mjs';
import { fill } from './ui.mjs';

export const ALL_PHRASES = { ...PAYMENT_PHRASES, ...SHOP_PHRASES, ...LEGAL_PHRASES };

/** Context handed to every pattern: the page's rng, the variant partition and its split. */
export function makeContext(rng, variants, split, lang) {
  return {
    rng, variants, split, lang,
    /** A phrasing from the split's half; `fits` narrows it (e.g. an Austrian-law heading only for Austria). */
    phrase(listId, subs = {}, fits = () => true) {
      const list = ALL_PHRASES[listId]?.[lang];
      if (!list) throw new Error(`no phrasings ${listId}/${lang}`);
      const half = variants.half(`${listId}:${lang}`, list, split, 'phrase');
      const fitting = half.filter(fits);
      return fill(rng.pick(fitting.length ? fitting : half), subs);
    },
    /** A structural variant from `table` ({name: value}); names are split, values may be functions. */
    structure(listId, table) {
      return table[variants.pick(rng, listId, Object.keys(table), split, 'structure')];
    },
    name(listId, items) {
      return variants.pick(rng, listId, items, split, 'name');
    },
  };
}
