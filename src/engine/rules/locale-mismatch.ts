import { ev } from '../evidence';
import { defineRule } from '../types';

// A Map: the TLD is page-derived, and a host like "constructor" must not find Object's properties.
const LOCAL_CURRENCY = new Map<string, string[]>([['de', ['EUR']], ['at', ['EUR']], ['ch', ['CHF', 'EUR']]]);

/** SIGNALS.md "language": a shop posing as local (German page, .de/.at domain) that prices in a foreign currency. */
export const localeMismatch = defineRule({
  id: 'locale-mismatch',
  kind: 'problematic',
  rationale: 'A German-language shop on a German or Austrian domain that quotes dollars or pounds is usually run from elsewhere, often dropshipping.',
  evaluate(facts) {
    const l = facts.locale;
    if (!l || l.currencies.length === 0) return null;
    const lang = l.pageLanguage?.slice(0, 2) ?? '';
    const expected = LOCAL_CURRENCY.get(l.tld) ?? (lang === 'de' ? ['EUR', 'CHF'] : null);
    if (!expected || l.currencies.some((c) => expected.includes(c))) return null;
    return { points: 12, severity: 'warning', evidence: [ev('evLocale', l.pageLanguage ?? '?', l.tld, l.currencies.join(', '))], subs: [l.currencies.join(', ')] };
  },
});
