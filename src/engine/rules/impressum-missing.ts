import { isMarketplaceHost } from '../../shared/marketplaces';
import { ev } from '../evidence';
import { defineRule } from '../types';

/** SIGNALS.md "Impressum missing": German §5 DDG and Austrian §5 ECG require a legal notice. */
export const impressumMissing = defineRule({
  id: 'impressum-missing',
  kind: 'fake',
  rationale: 'Commercial sites in Germany and Austria must link a legal notice (Impressum); fake shops often have none, so nobody can be held to account.',
  evaluate(facts) {
    const links = facts.legalLinks;
    // On a marketplace the platform's notice is not the seller's; the adapter covers sellers.
    // On the Impressum itself (impressumDetails read from this page or the linked one) there is one.
    if (!links || links.impressum || facts.impressumDetails || isMarketplaceHost(facts.host)) return null;
    const searched = ev('evSearchedImpressum');
    const seen = [links.terms, links.privacy, links.contact].filter((l) => l !== null).map((l) => ev('evFoundInstead', l.text));
    return { points: 35, severity: 'danger', evidence: [searched, ...seen].slice(0, 4) };
  },
  // Another page of the shop linked its Impressum, or was it.
  contradictedBy: (site) => site.impressum,
});
