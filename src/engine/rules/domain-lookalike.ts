import { ev } from '../evidence';
import { defineRule } from '../types';

/** SIGNALS.md "domain": brand + "outlet/sale", pseudo-TLDs (.de.com), punycode, digit/hyphen salad. */
export const domainLookalike = defineRule({
  id: 'domain-lookalike',
  kind: 'fake',
  rationale: 'Fake shops register names that borrow a brand ("brand-outlet-sale.de"), look like a country domain (.de.com) or mimic letters (punycode).',
  evaluate(facts) {
    const d = facts.domain;
    if (!d) return null;
    const hits: Array<[number, ReturnType<typeof ev>]> = [];
    if (d.brandPattern) hits.push([30, ev('evDomainBrand', d.site, d.brandPattern)]);
    if (d.pseudoTld) hits.push([20, ev('evDomainPseudoTld', d.pseudoTld)]);
    if (d.isPunycode) hits.push([15, ev('evDomainPunycode', d.site)]);
    if (d.hyphenCount >= 3 || d.digitCount >= 3) hits.push([8, ev('evDomainUnusual', d.site, d.hyphenCount, d.digitCount)]);
    if (hits.length === 0) return null;
    const points = Math.min(40, Math.max(...hits.map(([p]) => p)) + (hits.length - 1) * 5);
    return { points, severity: points >= 25 ? 'danger' : 'warning', evidence: hits.map(([, e]) => e), subs: [d.site] };
  },
});
