import { isMarketplaceHost } from '../../shared/marketplaces';
import { ev } from '../evidence';
import { defineRule } from '../types';

/**
 * SIGNALS.md "legal pages missing": EU shops must link their terms, the right of withdrawal and a
 * privacy policy (GDPR). Shops that tuck one of them into another page are common, so one gap is
 * no sign; two or three of the three missing are. A link to a page gathering the legal texts (big
 * retailers' "Legal & privacy" hub) may hold them all, so it keeps the rule quiet. Cart and
 * checkout steps often keep only the links their order form needs: there all three must be missing.
 */
export const legalPagesMissing = defineRule({
  id: 'legal-pages-missing',
  kind: 'fake',
  rationale: 'Shops selling to EU consumers must state their terms, the right of withdrawal and how they handle personal data; fake shops often skip them.',
  evaluate(facts) {
    const links = facts.legalLinks;
    if (!links || links.legalHub || isMarketplaceHost(facts.host)) return null;
    const missing = (['terms', 'withdrawal', 'privacy'] as const).filter((k) => links[k] === null);
    const orderStep = facts.pageType.pageType === 'cart' || facts.pageType.pageType === 'checkout';
    if (missing.length < (orderStep ? 3 : 2)) return null;
    return { points: missing.length === 3 ? 20 : 15, severity: 'warning', evidence: missing.map((k) => ev(`evNoLink${k[0]?.toUpperCase()}${k.slice(1)}`)) };
  },
  contradictedBy: (site) => site.legal.includes('terms') || site.legal.includes('withdrawal'),
});
