/**
 * Global set-up for vitest: rebuild the generated evaluation corpus (tests/.generated/shops, git-ignored)
 * from its fixed seed, so `npm run eval -- --corpus tests/.generated/shops` always sees the current generator.
 */
import { writeCorpus } from '../../scripts/generate-corpus.mjs';

export default function setup(): void {
  const summary = writeCorpus();
  for (const message of summary.messages) console.log(`\n${message}\n`);
}
