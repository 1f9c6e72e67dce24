import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCorpus } from '../../src/cli/eval';
import { summarise } from '../../src/cli/eval-metrics';
import { FIXTURES } from '../helpers';
import { CORPUS_DIR, corpusIndex, describeRealPages } from '../real-pages';

describeRealPages('evaluation targets on the real pages (issue #4)', () => {
  it('no real legitimate page in the shared corpus is rated high', async () => {
    const rows = await evaluateCorpus(CORPUS_DIR);
    expect(rows.length).toBeGreaterThanOrEqual(13);
    expect(rows).toHaveLength(corpusIndex().length);
    expect(rows.filter((r) => r.label === 'legit' && r.level === 'high')).toEqual([]);
  }, 120_000);
});

describe('evaluation targets on our own pages (issue #4)', () => {
  it('our fake-shop fixtures are caught (recall ≥ 0.9) without a false positive', async () => {
    const s = summarise(await evaluateCorpus(path.join(FIXTURES, 'pages/shops')));
    expect(s.counts.fake).toBeGreaterThanOrEqual(10);
    expect(s.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.confusion.fp).toBe(0);
  });
});

describe('eval metrics', () => {
  it('computes the confusion matrix and precision at low prevalence', () => {
    const row = (label: 'fake' | 'legit', level: 'high' | 'low') => ({ file: 'x', label, level, score: 0, reasons: [] });
    const s = summarise([row('fake', 'high'), row('fake', 'high'), row('fake', 'low'), row('legit', 'low'), row('legit', 'high'), row('legit', 'low'), row('legit', 'low')]);
    expect(s.confusion).toEqual({ tp: 2, fn: 1, fp: 1, tn: 3 });
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.falsePositiveRate).toBeCloseTo(1 / 4);
    // 1% prevalence: (2/3·0.01) / (2/3·0.01 + 1/4·0.99)
    expect(s.precisionAtPrevalence['1%']).toBeCloseTo(0.00667 / (0.00667 + 0.2475), 3);
    expect(s.wrong).toHaveLength(2);
  });
});
