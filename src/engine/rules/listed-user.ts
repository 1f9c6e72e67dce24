import { defineRule } from '../types';
import { hitOf, listedReason } from './listed-by-source';

/** A list of fake shops the shopper added (an address or an imported file): "high" at once, like Watchlist's. */
export const listedUser = defineRule({
  id: 'listed-user',
  about: 'site',
  kind: 'fake',
  scope: 'host',
  rationale: 'The shopper added this list of fake shops themselves (for example from their consumer centre); its entries count as listed frauds.',
  evaluate(_facts, config) {
    const hit = hitOf(config, 'user');
    return hit ? listedReason(hit, 90) : null;
  },
});
