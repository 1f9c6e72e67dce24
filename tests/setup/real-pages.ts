/**
 * Global set-up for vitest and Playwright: generate the variants of real pages, or say in one line
 * why the real-page tests will be skipped (no shared corpus, e.g. in a fresh clone).
 */
import { CORPUS_ABSENT_REASON, CORPUS_PRESENT } from '../../scripts/corpus-dir.mjs';
import { makeVariants } from '../../scripts/make-variants.mjs';

export default function setup(): void {
  if (!CORPUS_PRESENT) {
    console.log(`\n${CORPUS_ABSENT_REASON}\n`);
    return;
  }
  makeVariants({ log: () => {} });
}
