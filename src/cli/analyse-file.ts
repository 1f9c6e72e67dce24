import { DEFAULT_CONFIG, type EngineConfig } from '../engine';
import { extractFacts } from '../content/extract';
import { judgePage, siteSellsAt } from '../background/site/judge';
import { memoryIdentityStore, type IdentityStore } from '../background/site/identity-store';
import { memoryProfileStore, type SiteProfileStore } from '../background/site/profile-store';
import type { PageFacts } from '../shared/facts';
import type { ConnectionView } from '../shared/identity';
import type { Level, RiskResult } from '../shared/result';
import { parseHtml } from './load-page';
import { readPageFile } from './read-page';

export interface PageAnalysis {
  url: string;
  facts: PageFacts;
  /** Null for pages of sites that showed no sign of selling (no score, no badge — as in the extension). */
  result: RiskResult | null;
  /** Other sites or sellers this page's subject is connected to (issue 17). */
  connections: ConnectionView[];
}

/**
 * The background's memory, kept in memory: site profiles, identities and connections, and each
 * subject's last level (the extension's history) so a connection knows a site "was rated high".
 */
export interface Replay {
  profiles: SiteProfileStore;
  identities: IdentityStore;
  levels: Map<string, Level>;
}

export function newReplay(): Replay {
  return { profiles: memoryProfileStore(), identities: memoryIdentityStore(), levels: new Map() };
}

/**
 * happy-dom is several times slower than a browser on large real pages (1–2 s for a saved Amazon
 * listing): with the tab's 400 ms budget the CLI would report most real pages as "could not check
 * fully". Offline there is no tab to protect, so the CLI allows more time; the budget itself is tested apart.
 */
export const CLI_BUDGET_MS = 10_000;

/**
 * The same extraction and background judgement the extension runs, on a saved page. Without a
 * `replay` the page is judged as a first visit to its site; a session replay passes one for all
 * its pages, so each is judged with what the earlier pages showed.
 */
export async function analyseHtml(html: string, url: string, config: EngineConfig = { ...DEFAULT_CONFIG, now: Date.now() }, replay: Replay = newReplay()): Promise<PageAnalysis> {
  const page = parseHtml(html, url);
  const now = config.now ?? Date.now();
  try {
    const facts = extractFacts(page.document, url, { budgetMs: CLI_BUDGET_MS, siteSells: await siteSellsAt(url, replay.profiles, now) });
    const statusOf = async (key: string) => ({ listed: false, suspicious: false, ratedHigh: replay.levels.get(key) === 'high' });
    const verdict = await judgePage(facts, { profiles: replay.profiles, identities: replay.identities, statusOf, config, now });
    if (verdict.status !== 'done') return { url, facts, result: null, connections: [] };
    replay.levels.set(verdict.subject.key, verdict.result.level);
    return { url, facts, result: verdict.result, connections: verdict.connections };
  } finally {
    await page.close();
  }
}

export function analyseFile(file: string, url: string, config?: EngineConfig, replay?: Replay): Promise<PageAnalysis> {
  return analyseHtml(readPageFile(file), url, config, replay);
}
