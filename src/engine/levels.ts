import type { Level } from '../shared/result';
import type { EngineConfig } from './types';

/** Score thresholds per sensitivity: [medium from, high from]. */
const THRESHOLDS: Record<EngineConfig['sensitivity'], [number, number]> = {
  relaxed: [35, 70],
  normal: [25, 60],
  strict: [15, 50],
};

/** A strong reason is one that on its own would be worth a warning. */
export const STRONG_POINTS = 25;

/**
 * Level from the combined score. "High" also needs two strong reasons, so that one weak or one
 * mistaken signal never paints a shop red on its own (issue #4).
 */
export function levelFor(score: number, strongReasons: number, sensitivity: EngineConfig['sensitivity']): Level {
  const [medium, high] = THRESHOLDS[sensitivity];
  if (score >= high && strongReasons >= 2) return 'high';
  if (score >= medium) return 'medium';
  return 'low';
}
