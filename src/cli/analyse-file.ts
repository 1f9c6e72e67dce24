import { DEFAULT_CONFIG, type EngineConfig } from '../engine';
import { extractFacts } from '../content/extract';
import { judgePage, siteSellsAt } from '../background/site/judge';
import { memoryProfileStore, type SiteProfileStore } from '../background/site/profile-store';
import type { PageFacts } from '../shared/facts';
import type { RiskResult } from '../shared/result';
import { parseHtml } from './load-page';
import { readPageFile } from './read-page';

export interface PageAnalysis {
  url: string;
  facts: PageFacts;
  /** Null for pages of sites that showed no sign of selling (no score, no badge — as in the extension). */
  result: RiskResult | null;
}

/**
 * The same extraction and background judgement the extension runs, on a saved page. Without a
 * `profiles` store the page is judged as a first visit to its site; a session replay passes one
 * store for all its pages, so each page is judged with what the earlier pages of its site showed.
 */
export async function analyseHtml(html: string, url: string, config: EngineConfig = { ...DEFAULT_CONFIG, now: Date.now() }, profiles: SiteProfileStore = memoryProfileStore()): Promise<PageAnalysis> {
  const page = parseHtml(html, url);
  const now = config.now ?? Date.now();
  try {
    const facts = extractFacts(page.document, url, { siteSells: await siteSellsAt(url, profiles, now) });
    const verdict = await judgePage(facts, { profiles, config, now });
    return { url, facts, result: verdict.status === 'done' ? verdict.result : null };
  } finally {
    await page.close();
  }
}

export function analyseFile(file: string, url: string, config?: EngineConfig, profiles?: SiteProfileStore): Promise<PageAnalysis> {
  return analyseHtml(readPageFile(file), url, config, profiles);
}
