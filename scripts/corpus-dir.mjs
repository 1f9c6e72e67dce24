// Where the real pages live. Pages saved by other projects are never committed here: they are read
// from the shared corpus beside the project (../shared/corpus), or from SHOPWATCH_CORPUS.
// Used by the tests (vitest and Playwright) and by scripts/make-variants.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The corpus folder (with its index.jsonl); a relative SHOPWATCH_CORPUS is taken from the project root. */
export const CORPUS_DIR = path.resolve(ROOT, process.env.SHOPWATCH_CORPUS || '../shared/corpus');

export const CORPUS_PRESENT = fs.existsSync(path.join(CORPUS_DIR, 'index.jsonl'));

/** Variants of real pages, generated at test time (git-ignored). */
export const VARIANTS_DIR = path.join(ROOT, 'tests/.generated/variants');

/** The one line that says why the real-page tests did not run. */
export const CORPUS_ABSENT_REASON = `real-page tests skipped: no corpus at ${CORPUS_DIR} (real pages are not part of the project: put the shared corpus at ../shared/corpus or set SHOPWATCH_CORPUS)`;
