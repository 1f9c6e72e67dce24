import { DEFAULT_CONFIG, score, type EngineConfig } from '../engine';
import { extractFacts } from '../content/extract';
import { requirePageSite } from '../shared/site';
import { withCountryCodes } from '../shared/country';
import type { PageFacts } from '../shared/facts';
import type { RiskResult } from '../shared/result';
import { parseHtml } from './load-page';
import { readPageFile } from './read-page';

export interface PageAnalysis {
  url: string;
  facts: PageFacts;
  /** Null for pages that are not shop pages (no score, no badge — as in the extension). */
  result: RiskResult | null;
}

export function isScoredPage(facts: PageFacts): boolean {
  return facts.pageType.pageType !== 'not-shop' && facts.pageType.pageType !== 'legal';
}

/**
 * happy-dom is several times slower than a browser on large real pages (1–2 s for a saved Amazon
 * listing): with the tab's 400 ms budget the CLI would report most real pages as "could not check
 * fully". Offline there is no tab to protect, so the CLI allows more time; the budget itself is tested apart.
 */
export const CLI_BUDGET_MS = 10_000;

/** The same extraction and engine the extension runs, on a saved page. */
export async function analyseHtml(html: string, url: string, config: EngineConfig = { ...DEFAULT_CONFIG, now: Date.now() }): Promise<PageAnalysis> {
  const page = parseHtml(html, url);
  try {
    // As in the extension: the page reads, the background (here: this process) resolves the trader's country.
    const facts = withCountryCodes(extractFacts(page.document, url, { site: requirePageSite(url), budgetMs: CLI_BUDGET_MS }));
    return { url, facts, result: isScoredPage(facts) ? score(facts, config) : null };
  } finally {
    await page.close();
  }
}

export function analyseFile(file: string, url: string, config?: EngineConfig): Promise<PageAnalysis> {
  return analyseHtml(readPageFile(file), url, config);
}
