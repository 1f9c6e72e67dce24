import type { PageFacts } from '../shared/facts';
import type { Level } from '../shared/result';
import { thirdParty } from './rules/third-party';
import type { EngineConfig } from './types';

/**
 * What the lists do to the level, after the points are combined:
 * - a site listed as fraudulent is "high" at once, whatever the page shows (issue 12);
 * - a site on our known-good list is never "high" from page signals alone, unless the shopper
 *   marked it suspicious: a big marketplace's odd page is far likelier a misreading than a fraud.
 *   A third-party seller's listing on such a marketplace is judged as that seller: no cap.
 */
export function levelWithListing(level: Level, config: EngineConfig, facts: PageFacts): Level {
  const listing = config.listing;
  if (!listing) return level;
  if (listing.hits.some((h) => h.severity === 'fraud')) return 'high';
  if (listing.knownGood && level === 'high' && config.siteMark !== 'suspicious' && !thirdParty(facts)) return 'medium';
  return level;
}
