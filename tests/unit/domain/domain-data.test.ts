import fs from 'node:fs';
import path from 'node:path';
import { getDomain } from 'tldts';
import { describe, expect, it } from 'vitest';
import { foldUmlauts } from '../../../src/engine/domain/dictionary';
import { z } from '../../../src/shared/zod';

/** The brand and word lists are data the project maintains by hand: their format is checked here. */
const DIR = path.resolve(import.meta.dirname, '../../../src/engine/domain');
const read = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8'));

const CATEGORIES = ['sportswear', 'shoes', 'outdoor', 'fashion', 'luxury', 'bags', 'watches', 'jewellery', 'bikes', 'tools', 'garden', 'furniture', 'household', 'electronics', 'pharmacy', 'beauty', 'toys', 'retail'] as const;
const token = z.string().regex(/^[a-z0-9]{2,30}$/);
const BrandsSchema = z.strictObject({
  about: z.string(),
  brands: z.array(z.strictObject({
    name: z.string().min(2).max(60),
    category: z.enum(CATEGORIES),
    tokens: z.array(token).min(1).max(10),
    domains: z.array(z.string()).min(1).max(10),
    ambiguous: z.literal(true).optional(),
  })),
});
const word = z.string().regex(/^[a-zäöüß0-9]{2,30}$/);
const WordsSchema = z.strictObject({
  about: z.string(),
  country: z.record(z.enum(['DE', 'AT', 'CH', 'EU', 'other']), z.array(word)),
  language: z.record(z.enum(['DE', 'AT', 'CH', 'EU']), z.array(word)),
  codes: z.record(z.string().regex(/^[a-z]{2}$/), z.enum(['DE', 'AT', 'CH', 'EU', 'other'])),
  sales: z.array(word),
  claim: z.array(word),
  shop: z.array(word),
  products: z.record(z.string(), z.array(word)),
  business: z.array(word),
  common: z.array(word),
});

describe('brands.json', () => {
  const data = BrandsSchema.parse(read('brands.json'));

  it('has at least 300 brands that fake shops copy, in every category the issue names', () => {
    expect(data.brands.length).toBeGreaterThanOrEqual(300);
    const perCategory = new Map<string, number>();
    for (const b of data.brands) perCategory.set(b.category, (perCategory.get(b.category) ?? 0) + 1);
    for (const category of ['sportswear', 'shoes', 'outdoor', 'fashion', 'bags', 'watches', 'bikes', 'tools', 'garden', 'furniture', 'household', 'electronics', 'pharmacy']) {
      expect(perCategory.get(category) ?? 0, category).toBeGreaterThanOrEqual(10);
    }
  });

  it('lists each brand once, each token once, and the brands’ own domains as registrable domains', () => {
    const names = data.brands.map((b) => b.name);
    expect(new Set(names).size).toBe(names.length);
    const tokens = data.brands.flatMap((b) => b.tokens);
    expect(tokens.filter((t, i) => tokens.indexOf(t) !== i)).toEqual([]);
    for (const b of data.brands) for (const d of b.domains) expect(getDomain(d), `${b.name}: ${d}`).not.toBeNull();
  });

  it('no brand token is also an ordinary word of words.json (it would be read as the brand everywhere)', () => {
    const words = WordsSchema.parse(read('words.json'));
    const ordinary = new Set([...words.sales, ...words.claim, ...words.shop, ...words.business, ...words.common, ...Object.values(words.products).flat()].flatMap(foldUmlauts));
    expect(data.brands.flatMap((b) => b.tokens).filter((t) => ordinary.has(t))).toEqual([]);
  });
});

describe('words.json', () => {
  const data = WordsSchema.parse(read('words.json'));
  const lists = { sales: data.sales, claim: data.claim, shop: data.shop, business: data.business, common: data.common, ...data.products };

  it('has the country words of de, en, fr, it, nl and their ASCII folds come from the German spelling', () => {
    expect(data.country.DE).toEqual(expect.arrayContaining(['deutschland', 'germany', 'allemagne', 'germania', 'duitsland']));
    expect(data.country.AT).toEqual(expect.arrayContaining(['österreich', 'austria', 'autriche', 'oostenrijk']));
    expect(data.country.CH).toEqual(expect.arrayContaining(['schweiz', 'switzerland', 'suisse', 'svizzera', 'zwitserland']));
  });

  it('puts no word in two lists (one spelling, one meaning)', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [list, words] of Object.entries(lists)) {
      for (const w of words) {
        if (seen.has(w)) twice.push(`${w}: ${seen.get(w)} and ${list}`);
        seen.set(w, list);
      }
    }
    expect(twice).toEqual([]);
  });
});
