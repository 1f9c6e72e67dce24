import { ev } from '../evidence';
import { defineRule } from '../types';

// Maps, not objects: the TLD and language are page-derived, and "constructor" must find nothing.
const EURO = ['at', 'be', 'cy', 'de', 'ee', 'es', 'fi', 'fr', 'gr', 'hr', 'ie', 'it', 'lt', 'lu', 'lv', 'mt', 'nl', 'pt', 'si', 'sk', 'eu'];
const CURRENCY_OF_REGION = new Map<string, string[]>([...EURO.map((r) => [r, ['EUR']] as [string, string[]]), ['gb', ['GBP']], ['uk', ['GBP']], ['ch', ['CHF', 'EUR']], ['li', ['CHF', 'EUR']], ['us', ['USD']]]);
/** A language without a region tag stands for the countries that speak it in Shopwatch's markets. */
const REGIONS_OF_LANGUAGE = new Map<string, string[]>([['de', ['de', 'at', 'ch']], ['fr', ['fr', 'be', 'ch', 'lu']], ['nl', ['nl', 'be']], ['it', ['it', 'ch']]]);

/** The regions a page claims: the region of its language tag (or its language's countries) and its country domain. */
function regionsOf(pageLanguage: string | null, tld: string): string[] {
  const [lang = '', region] = (pageLanguage ?? '').split('-');
  const fromLang = region && CURRENCY_OF_REGION.has(region) ? [region] : REGIONS_OF_LANGUAGE.get(lang) ?? [];
  const country = tld.split('.').pop() ?? '';
  return [...fromLang, ...(CURRENCY_OF_REGION.has(country) ? [country] : [])];
}

/**
 * SIGNALS.md "language": a shop posing as local — a German, French, Dutch, Italian or British page,
 * or a country domain — that quotes prices in a currency of neither (dollars on a French page,
 * pounds on a German one), alone or beside the local one. Pages that name no region (English on
 * a .com) are not judged.
 */
export const localeMismatch = defineRule({
  id: 'locale-mismatch',
  kind: 'problematic',
  rationale: 'A shop whose language and domain say one country but whose prices are in another country’s currency is usually run from elsewhere, often dropshipping.',
  evaluate(facts) {
    const l = facts.locale;
    if (!l || l.currencies.length === 0) return null;
    const regions = regionsOf(l.pageLanguage, l.tld);
    if (regions.length === 0) return null;
    const local = new Set(regions.flatMap((r) => CURRENCY_OF_REGION.get(r) ?? []));
    const foreign = l.currencies.filter((c) => !local.has(c));
    if (foreign.length === 0) return null;
    return { points: 12, severity: 'warning', evidence: [ev('evLocale', l.pageLanguage ?? '?', l.tld, l.currencies.join(', '))], subs: [foreign.join(', ')] };
  },
});
