import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCorpus } from '../../src/cli/eval';
import { summarise, type EvalRow } from '../../src/cli/eval-metrics';
import { buildCorpus } from '../../scripts/generate-corpus.mjs';
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

describe('eval per split, level and pattern (issue 15)', () => {
  it('--split keeps only that half of the index and carries the patterns of each page', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shopwatch-eval-'));
    try {
      const { pages } = buildCorpus({ seed: 11, realCorpus: '/nonexistent/shopwatch-corpus' });
      const pick = [...pages.filter((p) => p.entry.split === 'dev').slice(0, 2), ...pages.filter((p) => p.entry.split === 'test').slice(0, 3)];
      fs.mkdirSync(path.join(dir, 'pages'));
      for (const p of pick) fs.writeFileSync(path.join(dir, p.entry.file), p.html);
      fs.writeFileSync(path.join(dir, 'index.jsonl'), pick.map((p) => JSON.stringify(p.entry)).join('\n'));
      const dev = await evaluateCorpus(dir, { split: 'dev' });
      expect(dev.map((r) => r.file)).toEqual(pick.slice(0, 2).map((p) => p.entry.file));
      expect(dev.map((r) => r.patterns)).toEqual(pick.slice(0, 2).map((p) => p.entry.patterns));
      expect(await evaluateCorpus(dir, { split: 'test' })).toHaveLength(3);
      expect(await evaluateCorpus(dir)).toHaveLength(5);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('counts levels per label, recall per pattern and false alarms per near-miss', () => {
    const row = (label: 'fake' | 'legit', level: 'high' | 'medium' | 'low' | null, patterns: string[], pageType = 'product'): EvalRow => ({ file: 'x', label, level, score: level ? 1 : null, reasons: [], patterns, pageType });
    const s = summarise([
      row('fake', 'high', ['prepayment-only', 'vat-invalid']),
      row('fake', 'medium', ['prepayment-only']),
      row('fake', null, ['vat-invalid'], 'impressum'),
      row('legit', 'high', ['nm-card-outage']),
      row('legit', 'low', ['nm-card-outage']),
    ]);
    expect(s.levels.fake).toEqual({ pages: 3, high: 1, medium: 1, low: 0, incomplete: 0, 'not-shop': 1 });
    expect(s.levels.legit).toEqual({ pages: 2, high: 1, medium: 0, low: 1, incomplete: 0, 'not-shop': 0 });
    expect(s.patterns['prepayment-only']).toMatchObject({ pages: 2, high: 1, medium: 1, recall: 0.5 });
    expect(s.patterns['vat-invalid']).toMatchObject({ pages: 2, high: 1, 'not-shop': 1, recall: 0.5 });
    expect(s.patterns['legit:nm-card-outage']).toMatchObject({ pages: 2, high: 1, low: 1, recall: null });
    expect(s.byPageType.impressum).toMatchObject({ recall: 0 });
    expect(s.byPageType.product?.legit.high).toBe(1);
  });
});
