import type { Level } from '../shared/result';
import type { EngineConfig } from './types';

interface Thresholds {
  /** Caution from this combined score. */
  medium: number;
  /** High when two families each reach this (two independent signs, each a caution on its own). */
  strongFamily: number;
  /** High when the strongest family reaches `lead` and another, independent one reaches `corroboration`. */
  lead: number;
  corroboration: number;
  /** High also from this score when at least `manyFamilies` families each reach `manyFamilyPoints`. */
  manyScore: number;
  manyFamilies: number;
  manyFamilyPoints: number;
}

const THRESHOLDS: Record<EngineConfig['sensitivity'], Thresholds> = {
  relaxed: { medium: 35, strongFamily: 30, lead: 40, corroboration: 20, manyScore: 55, manyFamilies: 4, manyFamilyPoints: 15 },
  normal: { medium: 25, strongFamily: 25, lead: 30, corroboration: 15, manyScore: 40, manyFamilies: 3, manyFamilyPoints: 12 },
  strict: { medium: 15, strongFamily: 20, lead: 25, corroboration: 12, manyScore: 35, manyFamilies: 3, manyFamilyPoints: 10 },
};

/**
 * Level from the combined score and the points of each family of evidence (reasons that share a
 * cause count as one family, see rules/families.ts). "High" needs at least two independent families,
 * so one signal — or one finding reported by two rules — never paints a page red:
 * - two families that would each be a caution on their own (two 25-point signs give 44, which the
 *   noisy-OR score alone would call only "caution": issue 15, class 6);
 * - one strong sign (30+: prepayment only, no Impressum, 70 % off, an unlinked seal) confirmed by an
 *   independent one of 15+;
 * - several medium signs from three places (free-mail only, a 50 % discount, a foreign currency).
 */
export function levelFor(score: number, familyPoints: number[], sensitivity: EngineConfig['sensitivity']): Level {
  const t = THRESHOLDS[sensitivity];
  const [first = 0, second = 0] = [...familyPoints].sort((a, b) => b - a);
  const strong = familyPoints.filter((p) => p >= t.strongFamily).length;
  const many = familyPoints.filter((p) => p >= t.manyFamilyPoints).length;
  if (strong >= 2) return 'high';
  if (first >= t.lead && second >= t.corroboration) return 'high';
  if (score >= t.manyScore && many >= t.manyFamilies) return 'high';
  if (score >= t.medium) return 'medium';
  return 'low';
}
