import { ev } from '../evidence';
import { defineRule } from '../types';

/**
 * Issue #12 part 3: when the shopper asked for the domain age but the registry publishes no date
 * (.de has no public RDAP) or the lookup failed, say so. Worth no points: never guess.
 */
export const domainAgeUnknown = defineRule({
  id: 'domain-age-unknown',
  kind: 'fake',
  scope: 'host',
  rationale: 'Some registries (.de among them) publish no registration date; then the age cannot count either way.',
  evaluate(_facts, config) {
    const age = config.domainAge;
    if (!age || age.status === 'registered') return null;
    const evidence = age.status === 'not-public' ? [ev('evDomainAgeNotPublic', age.site, `.${age.tld}`)] : [ev('evDomainAgeFailed', age.site, age.error)];
    return { points: 0, severity: 'info', evidence, subs: [age.site] };
  },
});
