import type { ListingHit, ListSeverity } from '../../shared/lists/listing';
import { ev } from '../evidence';
import type { EngineConfig, RuleHit } from '../types';

/**
 * Shared by the listed-* rules: the hit of one source and severity from the lists in
 * EngineConfig.listing (built by the background from its local copy; the engine never fetches).
 */
export function hitOf(config: EngineConfig, source: ListingHit['source'], severity?: ListSeverity): ListingHit | null {
  return (config.listing?.hits ?? []).find((h) => h.source === source && (severity === undefined || h.severity === severity)) ?? null;
}

/** Reason for a list hit: subs = [list date, matched host, list name]; evidence says what the list says. */
export function listedReason(hit: ListingHit, points: number): RuleHit {
  const evidence = [ev('evListedEntry', hit.matched, hit.source === 'watchlist' ? 'Watchlist Internet' : hit.sourceLabel)];
  if (hit.category) evidence.push(ev('evListedCategory', hit.category));
  if (hit.listedOn) evidence.push(ev('evListedOn', hit.listedOn));
  return { points, severity: points >= 60 ? 'danger' : 'warning', evidence, subs: [hit.listDate, hit.matched, hit.sourceLabel] };
}
