/**
 * What a page sells and what a domain name is about, as product categories, so the rule
 * domain-unrelated can tell a florist's old domain now selling phones from a bike shop selling
 * helmets. Words are read with the same dictionary and segmenter as domain names, so German
 * compounds count ("Damenlaufschuhe" → schuhe).
 */
import type { PageFacts } from '../../shared/facts';
import type { DomainAnalysis } from './analyse';
import { foldUmlauts } from './dictionary';
import { segmentLabel } from './segment';

/** Categories that one shop plausibly sells together. */
const GROUPS: string[][] = [
  ['sportswear', 'shoes', 'outdoor', 'fashion', 'bags', 'luxury', 'jewellery', 'watches', 'beauty'],
  ['sportswear', 'outdoor', 'bikes', 'shoes'],
  ['furniture', 'household', 'garden', 'tools'],
  ['electronics', 'household', 'tools', 'auto'],
  ['pharmacy', 'beauty'],
  ['toys', 'fashion', 'gifts'],
  ['gifts', 'household', 'jewellery', 'watches'],
  ['pets', 'garden'],
];

export function areRelated(a: string, b: string): boolean {
  return a === b || GROUPS.some((group) => group.includes(a) && group.includes(b));
}

const MAX_WORDS = 200;

export interface PageTopic {
  /** Category → the page's words that name it. */
  categories: Map<string, string[]>;
  /** Every folded word of the title, categories and headings, for finding the domain's words. */
  text: string;
}

/** Title, JSON-LD categories, headings and product names of the page, read as product categories. */
export function pageTopic(facts: PageFacts): PageTopic {
  const sources = [facts.topic?.title ?? '', ...(facts.topic?.categories ?? []), ...(facts.topic?.headings ?? []), ...(facts.prices?.offers.map((o) => o.name ?? '') ?? []), facts.marketplace?.title ?? ''];
  const words = sources.join(' ').toLowerCase().split(/[^a-z0-9äöüß]+/).filter((w) => w.length >= 3).slice(0, MAX_WORDS);
  const categories = new Map<string, string[]>();
  const folded: string[] = [];
  for (const raw of words) {
    const word = (foldUmlauts(raw)[0] ?? raw).slice(0, 40);
    folded.push(word);
    for (const segment of segmentLabel(word)) {
      const category = segment.word?.category;
      if (!category || category === 'business' || category === 'retail' || segment.text.length < 3) continue;
      const list = categories.get(category) ?? [];
      if (!list.includes(segment.text)) categories.set(category, [...list, segment.text]);
    }
  }
  return { categories, text: ` ${folded.join(' ')} ` };
}

/**
 * The words of a domain name that say what it sells (product, business and brand words), with their
 * categories. A business word next to a shop word names a supplier ("praxisbedarf", "zahnarzt-shop"), not the business.
 */
export function domainTopic(a: DomainAnalysis): Array<{ word: string; category: string }> {
  const sells = a.shopWords.length + a.salesWords.length > 0;
  return [
    ...a.productWords.map((w) => ({ word: w.text, category: w.category ?? '' })),
    ...(sells ? [] : a.businessWords.map((word) => ({ word, category: 'business' }))),
    ...a.brands.map((b) => ({ word: b.text, category: b.brand.category })),
  ].filter((t) => t.category && t.category !== 'retail' && t.word.length >= 4);
}
