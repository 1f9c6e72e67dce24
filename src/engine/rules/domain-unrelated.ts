import { ev } from '../evidence';
import { nameAnalysisFor } from '../domain/name-facts';
import { areRelated, domainTopic, pageTopic } from '../domain/topic';
import { defineRule } from '../types';

/** The page must name one category at least twice before its topic counts as known. */
const MIN_PAGE_WORDS = 2;

/**
 * Issue #12 part 2, SIGNALS.md "domain: unrelated to the goods": fake shops buy lapsed domains of
 * unrelated businesses (a florist's or a dentist's domain now selling phones). Compares the
 * domain's words with the page's title, JSON-LD category and headings.
 */
export const domainUnrelated = defineRule({
  id: 'domain-unrelated',
  kind: 'fake',
  rationale: 'A shop whose address names something else entirely (a dentist, flowers) often sits on a lapsed domain bought for its age and reputation.',
  evaluate(facts, config) {
    const a = nameAnalysisFor(facts, config);
    if (!a) return null;
    const domainWords = domainTopic(a);
    if (domainWords.length === 0) return null;
    const page = pageTopic(facts);
    const [topCategory, topWords] = [...page.categories].sort((x, y) => y[1].length - x[1].length)[0] ?? [];
    if (!topCategory || !topWords || topWords.length < MIN_PAGE_WORDS) return null;
    for (const { word, category } of domainWords) {
      if (page.text.includes(word)) return null; // the page itself uses the domain's word
      for (const pageCategory of page.categories.keys()) if (areRelated(category, pageCategory)) return null;
    }
    const evidence = [ev('evDomainUnrelated', a.site, domainWords.map((t) => t.word).join(', '), topWords.slice(0, 4).join(', '))];
    return { points: 20, severity: 'warning', evidence, subs: [a.site] };
  },
});
