import type { PageFacts } from '../shared/facts';
import type { Reason, RiskKind, RiskResult } from '../shared/result';
import { uncheckedCoreChecks } from './coverage';
import { levelFor } from './levels';
import { levelWithListing } from './listing-level';
import { familyOf } from './rules/families';
import { RULES } from './rules';
import { DEFAULT_CONFIG, type EngineConfig, type Rule } from './types';

export { DEFAULT_CONFIG, type EngineConfig } from './types';
export { RULES } from './rules';

/** "impressum-missing" → "reasonImpressumMissing". */
export function messageKeyFor(ruleId: string): string {
  return `reason${ruleId.replace(/(^|-)([a-z0-9])/g, (_m, _dash: string, c: string) => c.toUpperCase())}`;
}

/**
 * Combine points like independent pieces of evidence (noisy-OR): each reason removes its share of
 * the remaining doubt, so two 40-point reasons give 64, not 80, and the score never exceeds 100.
 */
export function combine(points: number[]): number {
  const doubt = points.reduce((rest, p) => rest * (1 - Math.min(Math.max(p, 0), 100) / 100), 1);
  return Math.round((1 - doubt) * 100);
}

function dominantKind(reasons: Reason[]): RiskKind | null {
  const total = { fake: 0, problematic: 0 };
  for (const r of reasons) total[r.kind] += r.points;
  if (total.fake === 0 && total.problematic === 0) return null;
  return total.fake >= total.problematic ? 'fake' : 'problematic';
}

function runRule(rule: Rule, facts: PageFacts, config: EngineConfig): Reason | null {
  let hit;
  try {
    hit = rule.evaluate(facts, config);
  } catch {
    return null; // a broken rule must not sink the page; the rule tests catch it instead
  }
  // Zero points are kept only for notes the shopper asked for ("registration date not public").
  if (!hit || (hit.points <= 0 && hit.severity !== 'info')) return null;
  return {
    id: rule.id,
    severity: hit.severity,
    kind: rule.kind,
    points: Math.min(100, hit.points),
    messageKey: messageKeyFor(rule.id),
    subs: (hit.subs ?? []).map((s) => s.slice(0, 300)).slice(0, 9),
    evidence: hit.evidence.slice(0, 10),
  };
}

/** Combined points of each family of evidence (rules/families.ts). */
function familyPoints(reasons: Reason[]): number[] {
  const byFamily = new Map<string, number[]>();
  for (const r of reasons) byFamily.set(familyOf(r.id), [...(byFamily.get(familyOf(r.id)) ?? []), r.points]);
  return [...byFamily.values()].map(combine);
}

/**
 * Facts → score, level, kind and reasons. Pure: no DOM, no browser API, no clock. When a core check
 * was skipped or failed, a page without warning signs is "incomplete" (could not check fully), never "low".
 */
export function score(facts: PageFacts, config: EngineConfig = DEFAULT_CONFIG, rules: Rule[] = RULES): RiskResult {
  const reasons = rules.map((rule) => runRule(rule, facts, config)).filter((r): r is Reason => r !== null);
  reasons.sort((a, b) => b.points - a.points);
  const unchecked = uncheckedCoreChecks(facts);
  if (config.siteMark === 'trusted') {
    // The shopper vouched for this site: keep the reasons visible, but do not warn.
    return { score: 0, level: 'low', kind: null, reasons: [userMarkReason('user-trusted'), ...reasons].slice(0, 50), unchecked };
  }
  const raw = combine(reasons.map((r) => r.points));
  let level = levelWithListing(levelFor(raw, familyPoints(reasons), config.sensitivity), config, facts);
  if (level === 'low' && unchecked.length > 0) level = 'incomplete';
  const all = [...reasons];
  if (config.siteMark === 'suspicious') {
    all.unshift(userMarkReason('user-suspicious'));
    if (level === 'low' || level === 'incomplete') level = 'medium';
  }
  return { score: raw, level, kind: dominantKind(reasons) ?? (config.siteMark === 'suspicious' ? 'fake' : null), reasons: all.slice(0, 50), unchecked };
}

function userMarkReason(id: 'user-trusted' | 'user-suspicious'): Reason {
  return { id, severity: 'info', kind: 'fake', points: 0, messageKey: messageKeyFor(id), subs: [], evidence: [] };
}
