import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFacts } from '../src/content/extract';
import { parseHtml } from '../src/cli/load-page';
import type { PageFacts } from '../src/shared/facts';
import { messageText } from '../src/cli/messages-en';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** Read one of our own fixture pages (real pages are read by ./real-pages.ts). */
export function readFixture(relative: string): string {
  return fs.readFileSync(path.join(FIXTURES, relative), 'utf8');
}

/**
 * The time budget protects a shopper's tab; here it would make results depend on how busy the test
 * machine is (happy-dom is far slower than a browser on 2 MB pages). The budget has its own test.
 */
const TEST_BUDGET_MS = 10_000;

/** Parse a fixture as if it were served at `url` and run the real extraction on it. */
export function factsFor(relative: string, url: string): Promise<PageFacts> {
  return factsForPage(readFixture(relative), url);
}

/** Parse a whole page's HTML as if it were served at `url` and run the real extraction on it. */
export async function factsForPage(html: string, url: string): Promise<PageFacts> {
  const page = parseHtml(html, url);
  try {
    return extractFacts(page.document, url, { budgetMs: TEST_BUDGET_MS });
  } finally {
    await page.close();
  }
}

/** Parse an inline HTML snippet (for near-miss cases) and extract. */
export async function factsForHtml(html: string, url = 'https://shop.example.de/p/1'): Promise<PageFacts> {
  const page = parseHtml(html, url);
  try {
    return extractFacts(page.document, url, { budgetMs: TEST_BUDGET_MS });
  } finally {
    await page.close();
  }
}

/** The English text of a reason's evidence, as the CLI and an English popup show it. */
export function evidenceText(reason: { evidence: Array<{ key: string; subs: string[] }> } | undefined): string[] {
  return (reason?.evidence ?? []).map((e) => messageText(e.key, e.subs));
}
