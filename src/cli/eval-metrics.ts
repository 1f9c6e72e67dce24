import type { Level } from '../shared/result';

export interface EvalRow {
  file: string;
  label: 'legit' | 'fake' | 'unknown';
  /** null: not a shop page (no score), which counts as "not fake". */
  level: Level | null;
  score: number | null;
  reasons: string[];
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

/**
 * Confusion matrix with prediction "fake" = level high, on pages labelled fake or legit.
 * Precision at a prevalence p re-weights the measured rates to a world where only p of shops are
 * fake: precision = recall·p / (recall·p + fpr·(1−p)). Our test corpus is far richer in fakes than
 * the web, so this is the figure that tells a shopper how often a red light is right.
 */
export function summarise(rows: EvalRow[]) {
  const judged = rows.filter((r) => r.label !== 'unknown');
  const isHigh = (r: EvalRow) => r.level === 'high';
  const tp = judged.filter((r) => r.label === 'fake' && isHigh(r)).length;
  const fn = judged.filter((r) => r.label === 'fake' && !isHigh(r)).length;
  const fp = judged.filter((r) => r.label === 'legit' && isHigh(r)).length;
  const tn = judged.filter((r) => r.label === 'legit' && !isHigh(r)).length;
  const recall = ratio(tp, tp + fn);
  const falsePositiveRate = ratio(fp, fp + tn);
  const precisionAtPrevalence: Record<string, number | null> = {};
  for (const p of [0.01, 0.02, 0.03]) {
    const hit = recall === null ? null : recall * p;
    const noise = falsePositiveRate === null ? null : falsePositiveRate * (1 - p);
    precisionAtPrevalence[`${p * 100}%`] = hit === null || noise === null ? null : ratio(hit, hit + noise);
  }
  const legitLevels: Record<string, number> = {};
  for (const r of rows.filter((x) => x.label === 'legit')) legitLevels[r.level ?? 'not-shop'] = (legitLevels[r.level ?? 'not-shop'] ?? 0) + 1;
  return {
    counts: { fake: rows.filter((r) => r.label === 'fake').length, legit: rows.filter((r) => r.label === 'legit').length, unknown: rows.filter((r) => r.label === 'unknown').length },
    confusion: { tp, fn, fp, tn },
    precision: ratio(tp, tp + fp),
    recall,
    falsePositiveRate,
    precisionAtPrevalence,
    legitLevels,
    wrong: judged.filter((r) => (r.label === 'fake') !== isHigh(r)),
  };
}
