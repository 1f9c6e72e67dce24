import type { PageFacts } from '../shared/facts';
import type { Reason, RiskKind, RiskResult } from '../shared/result';
import { uncheckedCoreChecks, type CoreCheck } from './coverage';
import { levelFor } from './levels';
import { levelWithListing } from './listing-level';
import { familyOf } from './rules/families';
import { RULES, SITE_RULES } from './rules';
import { siteReasons } from './site';
import { DEFAULT_CONFIG, type EngineConfig, type Rule, type SiteContext, type SiteRule } from './types';
import type { SiteProfile } from '../shared/site-profile';

export { DEFAULT_CONFIG, type EngineConfig } from './types';
export { RULES, SITE_RULES } from './rules';
export { checkoutMemoryOf, presenceOf, siteSells } from './site';

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

/** The reasons one page gives on its own, strongest first (no user mark, no level yet). */
export function evaluate(facts: PageFacts, config: EngineConfig = DEFAULT_CONFIG, rules: Rule[] = RULES): Reason[] {
  const reasons = rules.map((rule) => runRule(rule, facts, config)).filter((r): r is Reason => r !== null);
  return reasons.sort((a, b) => b.points - a.points);
}

/**
 * Rules about what is known of the site apart from its pages — the fake-shop lists, its domain name
 * and registration date (`scope: 'host'`): asked anew for every verdict, never stored per page.
 */
const isKnowledge = (rule: Rule) => rule.about === 'site' || rule.scope === 'host';
/** Rules about what this page shows: these go into the site's profile, page by page. */
export const PAGE_RULES: Rule[] = RULES.filter((rule) => !isKnowledge(rule));
const KNOWLEDGE_RULES: Rule[] = RULES.filter(isKnowledge);

/** Facts → score, level, kind and reasons. Pure: no DOM, no browser API, no clock. */
/**
 * Facts → score, level, kind and reasons. Pure: no DOM, no browser API, no clock. When a core check
 * was skipped or failed, a page without warning signs is "incomplete" (could not check fully), never "low".
 */
export function score(facts: PageFacts, config: EngineConfig = DEFAULT_CONFIG, rules: Rule[] = RULES): RiskResult {
  return verdict(evaluate(facts, config, rules), config, facts, uncheckedCoreChecks(facts));
}

/**
 * A site's verdict from its evidence profile: every rule once, from whichever page showed it most
 * strongly (each reason names that page), absences that another page contradicts left out.
 * `facts` are the page the shopper is on: its path wins ties, and what the lists say about the
 * site is asked with it. Pure, like `score`.
 */
export function scoreSite(profile: SiteProfile, config: EngineConfig = DEFAULT_CONFIG, facts: PageFacts | null = null, currentPath: string | null = null): RiskResult {
  const own = siteReasons(profile, config.now, currentPath);
  const known = facts ? evaluate(facts, config, KNOWLEDGE_RULES) : [];
  // Site rules (connections) see the site's level from its own pages, before any connection counts.
  const site: SiteContext = { connections: config.connections ?? [], ownLevel: verdict(own, { ...config, siteMark: null }).level };
  const siteWide = SITE_RULES.map((rule) => runSiteRule(rule, site)).filter((r): r is Reason => r !== null);
  // What could not be checked on the page the shopper is on keeps a quiet site from reading as "low".
  return verdict([...own, ...known, ...siteWide], config, facts, facts ? uncheckedCoreChecks(facts) : []);
}

function runSiteRule(rule: SiteRule, site: SiteContext): Reason | null {
  let hit;
  try {
    hit = rule.evaluate(site);
  } catch {
    return null;
  }
  if (!hit) return null;
  return { id: rule.id, severity: hit.severity, kind: rule.kind, points: Math.min(100, Math.max(0, hit.points)), messageKey: messageKeyFor(rule.id), subs: (hit.subs ?? []).map((s) => s.slice(0, 300)).slice(0, 9), evidence: hit.evidence.slice(0, 10) };
}

/** Combined points of each family of evidence (rules/families.ts). */
function familyPoints(reasons: Reason[]): number[] {
  const byFamily = new Map<string, number[]>();
  for (const r of reasons) byFamily.set(familyOf(r.id), [...(byFamily.get(familyOf(r.id)) ?? []), r.points]);
  return [...byFamily.values()].map(combine);
}

/**
 * Reasons (of one page, or of a whole site's profile) → score, level and kind, with the shopper's
 * mark and the lists applied (`facts`: the page being shown, which tells a marketplace seller apart).
 * `unchecked`: core checks that did not run; without warning signs the level is then "incomplete".
 */
export function verdict(found: Reason[], config: EngineConfig = DEFAULT_CONFIG, facts: PageFacts | null = null, unchecked: CoreCheck[] = []): RiskResult {
  const reasons = [...found].sort((a, b) => b.points - a.points);
  if (config.siteMark === 'trusted') {
    // The shopper vouched for this site: keep the reasons visible, but do not warn.
    return { score: 0, level: 'low', kind: null, reasons: [userMarkReason('user-trusted'), ...reasons].slice(0, 50), unchecked };
  }
  const raw = combine(reasons.map((r) => r.points));
  const pointsLevel = levelFor(raw, familyPoints(reasons), config.sensitivity);
  let level = facts ? levelWithListing(pointsLevel, config, facts) : pointsLevel;
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
