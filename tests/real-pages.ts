/**
 * Real pages for the unit tests. They are read from the shared corpus (../shared/corpus, or
 * SHOPWATCH_CORPUS), never copied into the project; variants of them are generated at test time by
 * scripts/make-variants.mjs. Where the corpus is absent (a fresh clone), the tests declared with
 * `describeRealPages` are skipped and the global set-up prints one line saying why.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe } from 'vitest';
import { CORPUS_DIR, CORPUS_PRESENT, VARIANTS_DIR } from '../scripts/corpus-dir.mjs';
import type { PageFacts } from '../src/shared/facts';
import { factsForPage } from './helpers';

export { CORPUS_DIR, CORPUS_PRESENT, VARIANTS_DIR };

/** One line of the corpus's index.jsonl (the fields the tests use). */
export interface CorpusEntry {
  file: string;
  url: string;
  site: string;
  label: 'legit' | 'fake' | 'unknown';
  seller?: string | null;
}

/** The corpus's index, or [] where the corpus is absent (the tests using it are skipped then). */
export function corpusIndex(): CorpusEntry[] {
  if (!CORPUS_PRESENT) return [];
  return fs.readFileSync(path.join(CORPUS_DIR, 'index.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as CorpusEntry);
}

/** A corpus page by its index.jsonl `file` (e.g. "pages/amazon-de-printer.html"). */
export function readCorpusPage(file: string): string {
  return fs.readFileSync(path.join(CORPUS_DIR, file), 'utf8');
}

/** Path of a generated variant (e.g. "kleinanzeigen-scam-ad-de.html", see scripts/make-variants.mjs). */
export function variantPath(name: string): string {
  return path.join(VARIANTS_DIR, name);
}

/** Extract facts from a corpus page as if served at `url`. */
export function corpusFacts(file: string, url: string): Promise<PageFacts> {
  return factsForPage(readCorpusPage(file), url);
}

/** Extract facts from a generated variant of a real page as if served at `url`. */
export function variantFacts(name: string, url: string): Promise<PageFacts> {
  return factsForPage(fs.readFileSync(variantPath(name), 'utf8'), url);
}

/** `describe` for tests that need real pages: skipped where the shared corpus is absent. */
export const describeRealPages = describe.skipIf(!CORPUS_PRESENT);
