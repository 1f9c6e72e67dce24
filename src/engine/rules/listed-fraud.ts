import { defineRule } from '../types';
import { hitOf, listedReason } from './listed-by-source';

/**
 * Watchlist Internet names this site as fraudulent. On its own this makes the level "high"
 * (see listing-level.ts): people who checked the shop already found it a fraud.
 */
export const listedFraud = defineRule({
  id: 'listed-fraud',
  about: 'site',
  kind: 'fake',
  scope: 'host',
  rationale: 'Watchlist Internet lists shops that consumers reported and it checked as fraudulent.',
  evaluate(_facts, config) {
    const hit = hitOf(config, 'watchlist', 'fraud');
    return hit ? listedReason(hit, 90) : null;
  },
});
