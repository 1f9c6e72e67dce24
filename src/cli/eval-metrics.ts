import type { Level } from '../shared/result';

export interface EvalRow {
  file: string;
  label: 'legit' | 'fake' | 'unknown';
  /** null: not a shop page (no score), which counts as "not fake". */
  level: Level | null;
  score: number | null;
  reasons: string[];
  /** From the index, when it says: fake-shop patterns (fake pages) or near-misses (legit pages) the page shows. */
  patterns?: string[];
  split?: string;
  pageType?: string;
  system?: string;
  lang?: string;
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
    levels: levelCounts(rows),
    patterns: patternCounts(rows),
    byPageType: groupCounts(rows, (r) => r.pageType),
    bySystem: groupCounts(rows, (r) => r.system),
    byLang: groupCounts(rows, (r) => r.lang),
    wrong: judged.filter((r) => (r.label === 'fake') !== isHigh(r)),
  };
}

/** How many pages got each level; "not-shop" = no score. */
export interface LevelTally { pages: number; high: number; medium: number; low: number; incomplete: number; 'not-shop': number }

const emptyTally = (): LevelTally => ({ pages: 0, high: 0, medium: 0, low: 0, incomplete: 0, 'not-shop': 0 });
const count = (t: LevelTally, r: EvalRow) => {
  t.pages += 1;
  t[r.level ?? 'not-shop'] += 1;
};

/** Levels per label: how fake pages and legitimate pages were rated. */
export function levelCounts(rows: EvalRow[]): Record<'fake' | 'legit' | 'unknown', LevelTally> {
  const out = { fake: emptyTally(), legit: emptyTally(), unknown: emptyTally() };
  for (const r of rows) count(out[r.label], r);
  return out;
}

/**
 * Per pattern id of the index: on fake pages that carry it, how many were rated high / medium
 * (recall of that pattern); on legitimate pages that carry a near-miss, how many were high (false alarms).
 */
export function patternCounts(rows: EvalRow[]): Record<string, LevelTally & { label: 'fake' | 'legit' | 'unknown'; recall: number | null }> {
  const tallies = new Map<string, { label: EvalRow['label']; tally: LevelTally }>();
  for (const r of rows) {
    for (const id of r.patterns ?? []) {
      const key = `${r.label}\u0000${id}`;
      if (!tallies.has(key)) tallies.set(key, { label: r.label, tally: emptyTally() });
      count(tallies.get(key)!.tally, r);
    }
  }
  const out: Record<string, LevelTally & { label: EvalRow['label']; recall: number | null }> = {};
  for (const [key, { label, tally }] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) {
    const id = key.split('\u0000')[1]!;
    out[label === 'fake' ? id : `${label}:${id}`] = { label, ...tally, recall: label === 'fake' ? ratio(tally.high, tally.pages) : null };
  }
  return out;
}

/** Levels per group (page type, shop system, language), split by label. */
export function groupCounts(rows: EvalRow[], key: (r: EvalRow) => string | undefined): Record<string, { fake: LevelTally; legit: LevelTally; recall: number | null }> {
  const out: Record<string, { fake: LevelTally; legit: LevelTally; recall: number | null }> = {};
  for (const r of rows) {
    const k = key(r);
    if (k === undefined || r.label === 'unknown') continue;
    out[k] ??= { fake: emptyTally(), legit: emptyTally(), recall: null };
    count(out[k][r.label], r);
  }
  for (const g of Object.values(out)) g.recall = ratio(g.fake.high, g.fake.pages);
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}
