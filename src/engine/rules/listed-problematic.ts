import { defineRule } from '../types';
import { hitOf, listedReason } from './listed-by-source';

/** Watchlist Internet's "Problematische Shops": they deliver, but dubious goods or terms (caution, not fraud). */
export const listedProblematic = defineRule({
  id: 'listed-problematic',
  about: 'site',
  kind: 'problematic',
  scope: 'host',
  rationale: 'Watchlist Internet lists shops that deliver but mislead (dropshipping of cheap goods, fake local origin, hard returns).',
  evaluate(_facts, config) {
    const hit = hitOf(config, 'watchlist', 'problematic');
    return hit ? listedReason(hit, 45) : null;
  },
});
