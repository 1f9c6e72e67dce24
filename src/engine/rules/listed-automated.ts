import { defineRule } from '../types';
import { hitOf, listedReason } from './listed-by-source';

/** Watchlist Internet's "Automatisierte Warnungen": flagged by their detector, not (yet) checked by a person. */
export const listedAutomated = defineRule({
  id: 'listed-automated',
  about: 'site',
  kind: 'fake',
  scope: 'host',
  rationale: 'Watchlist Internet also publishes shops its automatic fake-shop detector flagged; a strong hint, but not a checked verdict.',
  evaluate(_facts, config) {
    const hit = hitOf(config, 'watchlist', 'automated');
    return hit ? listedReason(hit, 40) : null;
  },
});
