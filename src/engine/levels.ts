import type { Level } from '../shared/result';
import type { EngineConfig } from './types';

interface Thresholds {
  /** Caution from this combined score. */
  medium: number;
  /** High from this score, with at least two strong families of evidence. */
  high: number;
  /** High also from this score when at least `manyFamilies` families each reach MEDIUM_FAMILY_POINTS. */
  manyMedium: number;
  manyFamilies: number;
}

const THRESHOLDS: Record<EngineConfig['sensitivity'], Thresholds> = {
  relaxed: { medium: 35, high: 70, manyMedium: 55, manyFamilies: 4 },
  normal: { medium: 25, high: 60, manyMedium: 48, manyFamilies: 3 },
  strict: { medium: 15, high: 50, manyMedium: 40, manyFamilies: 3 },
};

/** A family this strong would on its own be worth a warning. */
export const STRONG_FAMILY_POINTS = 25;
/** A family this strong is a real sign, though not a warning on its own (free-mail without phone, unlinked legal pages). */
export const MEDIUM_FAMILY_POINTS = 15;

/**
 * Level from the combined score and the points of each family of evidence (reasons that share a
 * cause count as one family, see rules/families.ts). "High" needs two strong families, or several
 * medium ones (three 20-point signs from three different places: issue 15, class 6); either way at
 * least two independent families, so one signal — or one finding reported twice — never paints a page red.
 */
export function levelFor(score: number, familyPoints: number[], sensitivity: EngineConfig['sensitivity']): Level {
  const t = THRESHOLDS[sensitivity];
  const strong = familyPoints.filter((p) => p >= STRONG_FAMILY_POINTS).length;
  const medium = familyPoints.filter((p) => p >= MEDIUM_FAMILY_POINTS).length;
  if (score >= t.high && strong >= 2) return 'high';
  if (score >= t.manyMedium && medium >= t.manyFamilies) return 'high';
  if (score >= t.medium) return 'medium';
  return 'low';
}
