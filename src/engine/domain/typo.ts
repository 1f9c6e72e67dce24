/**
 * Brand names with one typo ("adiddas", "birkenstok", "moncelr"): edit distance 1 (one letter
 * added, missing, changed or two neighbours swapped), only for brands of six letters or more —
 * shorter names are one letter away from too many ordinary words.
 */
import { BRANDS, DICTIONARY, type Brand } from './dictionary';

export const MIN_TYPO_BRAND_LENGTH = 6;

interface BrandToken {
  token: string;
  brand: Brand;
}

/** Every spelling with one letter deleted, mapped to the brand tokens it comes from (SymSpell). */
const deletionIndex = new Map<string, BrandToken[]>();
const exactTokens = new Map<string, BrandToken>();
/** How a one-typo spelling of a token can begin (see mayStartTypo); lets the segmenter skip most positions. */
const starts = new Set<string>();
let longestToken = 0;

function deletionsOf(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

for (const brand of BRANDS) {
  if (brand.ambiguous) continue;
  for (const token of brand.tokens) {
    if (token.length < MIN_TYPO_BRAND_LENGTH || /\d/.test(token)) continue;
    const entry = { token, brand };
    exactTokens.set(token, entry);
    longestToken = Math.max(longestToken, token.length);
    // First two letters unchanged, or one edit at the second letter: deleted/swapped (t0 t2), replaced (t0 ? t2), inserted (t0 ? t1).
    for (const key of [token.slice(0, 2), token[0]! + token[2]!, `${token[0]}_${token[2]}`, `${token[0]}_${token[1]}`]) starts.add(key);
    for (const d of new Set(deletionsOf(token))) deletionIndex.set(d, [...(deletionIndex.get(d) ?? []), entry]);
  }
}

/** The lengths worth trying at one position of a name. */
export const TYPO_LENGTHS = { min: MIN_TYPO_BRAND_LENGTH - 1, max: longestToken + 1 };

/** Whether a one-typo brand spelling can start at `text[i]`: a cheap filter before trying every length. */
export function mayStartTypo(text: string, i: number): boolean {
  const c0 = text[i] ?? '';
  return starts.has(c0 + (text[i + 1] ?? '')) || starts.has(`${c0}_${text[i + 2] ?? ''}`);
}

/** Optimal string alignment distance, but only answers "at most one?" (cheap, bounded by length). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // one letter changed
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // neighbours swapped
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The brand `candidate` is a one-typo spelling of, if any. A real word is never a typo ("garden"
 * is not "Gardena"), and the candidate must not be the brand itself (that is an exact match).
 */
export function typoBrandOf(candidate: string): BrandToken | null {
  if (candidate.length < TYPO_LENGTHS.min || candidate.length > TYPO_LENGTHS.max) return null;
  if (DICTIONARY.has(candidate) || exactTokens.has(candidate)) return null;
  const pool: BrandToken[] = [...(deletionIndex.get(candidate) ?? [])];
  for (const d of deletionsOf(candidate)) {
    const exact = exactTokens.get(d);
    if (exact) pool.push(exact);
    pool.push(...(deletionIndex.get(d) ?? []));
  }
  // Deliberate misspellings keep the first letter ("adiddas"); "archer" is a word, not "kärcher".
  return pool.find((entry) => entry.token[0] === candidate[0] && withinOneEdit(candidate, entry.token)) ?? null;
}
