/**
 * Which domains the name rules judge, and what borrowing a brand means; shared by the rules in
 * ../rules/domain-*.ts so each stays one small file.
 */
import type { PageFacts } from '../../shared/facts';
import { isKnownGood } from '../../shared/lists/known-good';
import { isMarketplaceHost } from '../../shared/marketplaces';
import type { EngineConfig } from '../types';
import { analyseHost, type BrandHit, type DomainAnalysis } from './analyse';

/**
 * The analysis of the page's host, or null where names are not judged: IPs and local hosts,
 * marketplaces, a brand's own domains and the known-good list (they never get a name reason).
 */
export function nameAnalysisFor(facts: PageFacts, config: EngineConfig): DomainAnalysis | null {
  if (config.listing?.knownGood || isKnownGood(facts.host) || isMarketplaceHost(facts.host)) return null;
  const analysis = analyseHost(facts.host);
  return analysis && !analysis.ownBrand ? analysis : null;
}

export interface BorrowedBrand {
  hit: BrandHit;
  /** The other words of the name, in its order ("outlet", "deutschland", "schuhe"). */
  companions: string[];
  /** A country or sales word among them (not only shop or product words). */
  hasStrong: boolean;
  hasCountry: boolean;
}

/** Country words and codes, sales words and claims ("official"): what turns a brand name into a fake shop's name. */
function strongCompanions(a: DomainAnalysis): string[] {
  return [...a.countryWords.map((w) => w.text), ...a.countryCodes.map((c) => c.code), ...a.salesWords, ...a.claimWords];
}

/**
 * A brand in a name that is not the brand's own domain, next to a country, sales, shop or product
 * word ("nike-outlet-deutschland", "birkenstok-schweiz"), or alone on a cheap or pseudo TLD
 * ("moncler.shop"). A name that is also a common word or surname ("weber", "puma") counts only
 * next to a country or sales word, and so does a typo.
 */
export function borrowedBrand(a: DomainAnalysis): BorrowedBrand | null {
  const strong = strongCompanions(a);
  for (const hit of a.brands) {
    const companions = a.words.filter((w) => w !== hit.text);
    // A common word or surname ("weber"), or a typo that may be an ordinary word ("redding"), needs a strong companion.
    if ((hit.brand.ambiguous || hit.typo) && strong.length === 0) continue;
    if (companions.length === 0 && !a.cheapTld && !a.pseudoTld) continue;
    return { hit, companions, hasStrong: strong.length > 0, hasCountry: a.countryWords.length + a.countryCodes.length > 0 };
  }
  return null;
}
