import type { Reason } from '../../shared/result';

/** Reasons read from the domain name alone (and its fit with the page). */
export const NAME_RULE_IDS: ReadonlySet<string> = new Set(['domain-brand', 'domain-shop-words', 'domain-lookalike', 'domain-cheap-tld', 'domain-unrelated']);

/**
 * The points the level logic sees: every name reason together counts as one piece of evidence
 * (their combined points), so however many a name trips, names alone never make "high" — the
 * level needs more than one independent strong reason (issue #12: "names alone never make high").
 */
export function pointsForLevel(reasons: Reason[]): number[] {
  const names = reasons.filter((r) => NAME_RULE_IDS.has(r.id)).map((r) => r.points);
  const others = reasons.filter((r) => !NAME_RULE_IDS.has(r.id)).map((r) => r.points);
  const together = 100 * (1 - names.reduce((doubt, p) => doubt * (1 - Math.min(p, 100) / 100), 1));
  return names.length > 0 ? [...others, Math.round(together)] : others;
}
