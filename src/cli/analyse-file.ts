import { DEFAULT_CONFIG, score, type EngineConfig } from '../engine';
import { extractFacts } from '../content/extract';
import { requirePageSite } from '../shared/site';
import { withTraderCountry } from '../shared/country';
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

/** The same extraction and engine the extension runs, on a saved page. */
export async function analyseHtml(html: string, url: string, config: EngineConfig = { ...DEFAULT_CONFIG, now: Date.now() }): Promise<PageAnalysis> {
  const page = parseHtml(html, url);
  try {
    // As in the extension: the page reads, the background (here: this process) resolves the trader's country.
    const facts = withTraderCountry(extractFacts(page.document, url, { site: requirePageSite(url) }));
    return { url, facts, result: isScoredPage(facts) ? score(facts, config) : null };
  } finally {
    await page.close();
  }
}

export function analyseFile(file: string, url: string, config?: EngineConfig): Promise<PageAnalysis> {
  return analyseHtml(readPageFile(file), url, config);
}
