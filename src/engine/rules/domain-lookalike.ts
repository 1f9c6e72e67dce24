import { ev } from '../evidence';
import { nameAnalysisFor } from '../domain/name-facts';
import { defineRule } from '../types';

/** Country domains whose code in a name would be no imitation ("nike-de.de" is odd, not a lookalike). */
const TLD_OF_CODE: Record<string, string> = { de: 'de', at: 'at', ch: 'ch' };

/**
 * SIGNALS.md "domain": names that imitate a country domain or letters — a private registry (.de.com),
 * a country code glued on ("kemarde.com", "sport-de.shop": 7% of fake-shop names, 0.3% of real ones),
 * letters from another script (punycode homoglyphs; plain umlauts are fine), or a salad of hyphens and digits.
 */
export const domainLookalike = defineRule({
  id: 'domain-lookalike',
  kind: 'fake',
  scope: 'host',
  rationale: 'Fake shops make an address look like a German or Austrian one (.de.com, "…de.shop") or mimic letters (punycode).',
  evaluate(facts, config) {
    const a = nameAnalysisFor(facts, config);
    if (!a) return null;
    const hits: Array<[number, ReturnType<typeof ev>]> = [];
    if (a.pseudoTld) hits.push([20, ev('evDomainPseudoTld', a.pseudoTld)]);
    const code = a.countryCodes.find((c) => TLD_OF_CODE[c.code] !== undefined && TLD_OF_CODE[c.code] !== a.tld);
    if (code && !a.pseudoTld) hits.push([25, ev('evDomainCountryCode', a.site, code.code, `.${a.tld}`)]);
    if (a.foreignScript) hits.push([20, ev('evDomainPunycode', a.site, a.foreignScript)]);
    if (a.hyphenCount >= 3 || a.digitCount >= 3) hits.push([8, ev('evDomainUnusual', a.site, a.hyphenCount, a.digitCount)]);
    if (hits.length === 0) return null;
    const points = Math.min(30, Math.max(...hits.map(([p]) => p)) + (hits.length - 1) * 5);
    return { points, severity: points >= 25 ? 'danger' : points >= 20 ? 'warning' : 'info', evidence: hits.map(([, e]) => e), subs: [a.site] };
  },
});
