import { ev } from '../evidence';
import { borrowedBrand, nameAnalysisFor } from '../domain/name-facts';
import { defineRule } from '../types';

/**
 * Issue #12 part 2, SIGNALS.md "domain": a name strung together from country and shopping words
 * ("schuhe-outlet-deutschland", "us-sport-rebate-store"). A country word is in 13% of fake-shop
 * names and 1% of real ones; a sales word in 23% and 7%. Not applied when a brand is borrowed
 * (domain-brand names the same words).
 */
export const domainShopWords = defineRule({
  id: 'domain-shop-words',
  kind: 'fake',
  scope: 'host',
  rationale: 'Names strung together from a country and shopping words ("schuhe-outlet-deutschland") are typical of fake shops; real shops are named after themselves.',
  evaluate(facts, config) {
    const a = nameAnalysisFor(facts, config);
    if (!a || borrowedBrand(a)) return null;
    // A DACH country's name is the fake-shop pattern; "german", "swiss" or another country is what
    // many honest shops abroad call themselves ("germansteins", "alpineswiss", "ihlcanada").
    const dach = a.countryWords.filter((w) => !w.isAdjective && w.country !== 'other');
    const country = a.countryWords.map((w) => w.text);
    const sales = a.salesWords;
    const other = [...a.claimWords, ...a.shopWords, ...a.productWords.map((w) => w.text)];
    const all = [...country, ...sales, ...other];
    let points = 0;
    if (dach.length > 0) points = all.length > country.length ? 30 : 25;
    else if (country.length > 0) points = all.length > country.length ? 15 : 12;
    else if (sales.length >= 2 || (sales.length >= 1 && all.length >= 3)) points = 25;
    else if (sales.length === 1) points = all.length === 2 ? 15 : 12;
    else if (all.length >= 3) points = 10;
    if (points === 0) return null;
    return { points, severity: 'warning', evidence: [ev('evDomainWords', a.site, all.join(' + '))], subs: [a.site] };
  },
});
