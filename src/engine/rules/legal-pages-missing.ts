import { isMarketplaceHost } from '../../shared/marketplaces';
import { ev } from '../evidence';
import { defineRule } from '../types';

/** SIGNALS.md "legal pages missing": no terms and no right-of-withdrawal page, which EU shops must have. */
export const legalPagesMissing = defineRule({
  id: 'legal-pages-missing',
  kind: 'fake',
  rationale: 'Shops selling to EU consumers must state their terms and the right of withdrawal; fake shops often skip both.',
  evaluate(facts) {
    const links = facts.legalLinks;
    if (!links || isMarketplaceHost(facts.host)) return null;
    const missing = (['terms', 'withdrawal', 'privacy'] as const).filter((k) => links[k] === null);
    if (!missing.includes('terms') || !missing.includes('withdrawal')) return null;
    return { points: missing.length === 3 ? 20 : 15, severity: 'warning', evidence: missing.map((k) => ev(`evNoLink${k[0]?.toUpperCase()}${k.slice(1)}`)) };
  },
  contradictedBy: (site) => site.legal.includes('terms') || site.legal.includes('withdrawal'),
});
