import { ev } from '../evidence';
import { nameAnalysisFor } from '../domain/name-facts';
import { defineRule } from '../types';

/**
 * Issue #12 part 2, SIGNALS.md: .shop is the top-level domain of 12% of fake shops and 1% of real
 * ones. With a shopping or product word in the name ("kinderschuhe.shop") it counts more: on
 * Watchlist Internet's list 4% of names look like that, among real shops 0.3%.
 */
export const domainCheapTld = defineRule({
  id: 'domain-cheap-tld',
  kind: 'fake',
  scope: 'host',
  rationale: 'Cheap new endings (.shop, .top, .store, .online …) cost a few euros a year; fake shops register them by the dozen.',
  evaluate(facts, config) {
    const a = nameAnalysisFor(facts, config);
    if (!a?.cheapTld) return null;
    const words = [...a.salesWords, ...a.claimWords, ...a.shopWords, ...a.productWords.map((w) => w.text)];
    const evidence = [ev('evDomainCheapTld', a.site, `.${a.cheapTld}`)];
    if (words.length === 0) return { points: 15, severity: 'info', evidence, subs: [`.${a.cheapTld}`] };
    evidence.push(ev('evDomainWords', a.site, words.join(' + ')));
    // Below a warning on its own: honest small shops on .shop with a product word exist ("cucinapoint.store").
    return { points: 20, severity: 'warning', evidence, subs: [`.${a.cheapTld}`] };
  },
});
