import { ev } from '../evidence';
import { borrowedBrand, nameAnalysisFor } from '../domain/name-facts';
import { defineRule } from '../types';

/**
 * Issue #12 part 2, SIGNALS.md "domain": a brand in a name that is not the brand's own, paired
 * with a country, sales or product word in any order ("nikeschuhe-deutschland", "adiddas-outlet").
 */
export const domainBrand = defineRule({
  id: 'domain-brand',
  kind: 'fake',
  scope: 'host',
  rationale: 'Fake shops put a brand they do not own next to a country or sales word ("brand-outlet-deutschland") so the address looks official.',
  evaluate(facts, config) {
    const a = nameAnalysisFor(facts, config);
    const borrowed = a && borrowedBrand(a);
    if (!a || !borrowed) return null;
    const { hit, companions, hasStrong, hasCountry } = borrowed;
    const evidence = [ev('evDomainBrand', a.site, hit.brand.name, a.words.join(' + '))];
    if (hit.typo) evidence.push(ev('evDomainBrandTypo', hit.text, hit.brand.name));
    if (companions.length === 0) evidence.push(ev('evDomainBrandAlone', hit.brand.name, `.${a.pseudoTld ?? a.cheapTld ?? a.tld}`));
    const points = !hasStrong ? 25 : 30 + (hasCountry ? 5 : 0) + (hit.typo ? 5 : 0);
    return { points: Math.min(40, points), severity: 'danger', evidence, subs: [a.site, hit.brand.name] };
  },
});
