/**
 * The words a shop's domain name is read with: brands (brands.json) and country, sales, shop,
 * product, business and common words (words.json), each spelled as it can appear in a host name.
 */
import brandsData from './brands.json';
import wordsData from './words.json';

export type BrandCategory = string;

export interface Brand {
  name: string;
  category: BrandCategory;
  /** How the name is written in a domain: a-z and 0-9 only. */
  tokens: string[];
  /** The brand's own registrable domains; never flagged. */
  domains: string[];
  /** Also a common word, surname or place: counts only next to a country or sales word. */
  ambiguous?: boolean;
}

/** claim: "official", "original" — a sales word next to a brand, an ordinary word otherwise. */
export type WordKind = 'brand' | 'country' | 'code' | 'sales' | 'claim' | 'product' | 'business' | 'shop' | 'common';

export interface Word {
  text: string;
  kind: WordKind;
  /** Product category (products, brands) — what a shop with this word in its name sells. */
  category?: string;
  /** DE, AT, CH, EU or other, for country words and codes. */
  country?: string;
  /** A language or adjective ("german", "swiss") rather than the country's name. */
  isAdjective?: boolean;
  brand?: Brand;
}

/** Earlier kinds win when one spelling appears in two lists ("outdoor" is a product, not a brand). */
const PRIORITY: WordKind[] = ['brand', 'country', 'code', 'sales', 'claim', 'product', 'business', 'shop', 'common'];

/** "günstig" → ["günstig", "gunstig", "guenstig"]: host names carry umlauts only as ASCII folds. */
export function foldUmlauts(word: string): string[] {
  const lower = word.toLowerCase().replace(/ß/g, 'ss');
  if (!/[äöü]/.test(lower)) return [lower];
  const plain = lower.replace(/[äöü]/g, (c) => ({ ä: 'a', ö: 'o', ü: 'u' })[c] ?? c);
  const long = lower.replace(/[äöü]/g, (c) => ({ ä: 'ae', ö: 'oe', ü: 'ue' })[c] ?? c);
  return [plain, long];
}

export const BRANDS: readonly Brand[] = (brandsData as { brands: Brand[] }).brands;

function buildDictionary(): Map<string, Word> {
  const map = new Map<string, Word>();
  const add = (raw: string, word: Omit<Word, 'text'>) => {
    for (const text of foldUmlauts(raw)) {
      const existing = map.get(text);
      if (!existing || PRIORITY.indexOf(word.kind) < PRIORITY.indexOf(existing.kind)) map.set(text, { text, ...word });
    }
  };
  /** English plurals ("gardens", "sneakers") so a plural is read as the word, not as a typo. */
  const addWithPlural = (raw: string, word: Omit<Word, 'text'>) => {
    add(raw, word);
    if (raw.length >= 4 && !raw.endsWith('s')) add(`${raw}s`, word);
  };
  for (const brand of BRANDS) {
    for (const token of brand.tokens) {
      add(token, { kind: 'brand', category: brand.category, brand });
      if (!brand.ambiguous && token.length >= 4 && !token.endsWith('s')) add(`${token}s`, { kind: 'brand', category: brand.category, brand });
    }
  }
  const words = wordsData as {
    country: Record<string, string[]>;
    language: Record<string, string[]>;
    codes: Record<string, string>;
    sales: string[];
    claim: string[];
    shop: string[];
    products: Record<string, string[]>;
    business: string[];
    common: string[];
  };
  for (const [country, list] of Object.entries(words.country)) for (const w of list) add(w, { kind: 'country', country });
  for (const [country, list] of Object.entries(words.language)) for (const w of list) add(w, { kind: 'country', country, isAdjective: true });
  for (const [code, country] of Object.entries(words.codes)) add(code, { kind: 'code', country });
  for (const w of words.sales) addWithPlural(w, { kind: 'sales' });
  for (const w of words.claim) add(w, { kind: 'claim' });
  for (const [category, list] of Object.entries(words.products)) for (const w of list) addWithPlural(w, { kind: 'product', category });
  for (const w of words.business) addWithPlural(w, { kind: 'business', category: 'business' });
  for (const w of words.shop) addWithPlural(w, { kind: 'shop' });
  for (const w of words.common) addWithPlural(w, { kind: 'common' });
  return map;
}

export const DICTIONARY: ReadonlyMap<string, Word> = buildDictionary();

/** Longest spelling in the dictionary: the segmenter never looks further ahead than this. */
export const MAX_WORD_LENGTH = Math.max(...[...DICTIONARY.keys()].map((w) => w.length));
