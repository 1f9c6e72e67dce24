import { describe, expect, it } from 'vitest';
import { combine, messageKeyFor, score } from '../../src/engine';
import { levelFor } from '../../src/engine/levels';
import type { PageFacts } from '../../src/shared/facts';

const base: PageFacts = {
  url: 'https://shop.example.de/p/1',
  host: 'shop.example.de',
  lang: 'de',
  pageType: { pageType: 'product', shopEvidence: ['JSON-LD Product'] },
  legalLinks: { impressum: null, terms: { text: 'AGB', href: null, sameSite: true }, withdrawal: { text: 'Widerruf', href: null, sameSite: true }, privacy: null, shipping: null, contact: null },
  payment: { methods: ['prepayment'], evidence: [{ method: 'prepayment', text: 'Vorkasse' }] },
  extraction: { elapsedMs: 1, truncated: false, failed: [] },
};

describe('combine', () => {
  it('is noisy-OR: bounded by 100 and below the plain sum', () => {
    expect(combine([])).toBe(0);
    expect(combine([40, 40])).toBe(64);
    expect(combine([100, 50])).toBe(100);
    expect(combine([35, 40])).toBe(61);
  });

  it('is monotone: adding a reason never lowers the score', () => {
    const sets = [[10], [10, 20], [10, 20, 5], [10, 20, 5, 60]];
    const scores = sets.map(combine);
    expect([...scores].sort((a, b) => a - b)).toEqual(scores);
  });
});

describe('levels', () => {
  it('never makes a page high from one family of evidence alone', () => {
    expect(levelFor(95, [95], 'normal')).toBe('medium');
    expect(levelFor(61, [40, 35], 'normal')).toBe('high');
    expect(levelFor(10, [10], 'normal')).toBe('low');
    expect(levelFor(20, [20], 'strict')).toBe('medium');
  });
});

describe('score', () => {
  it('maps rule ids to message keys', () => {
    expect(messageKeyFor('impressum-missing')).toBe('reasonImpressumMissing');
  });

  it('rates no Impressum + prepayment only as high, kind fake', () => {
    const result = score(base);
    expect(result.level).toBe('high');
    expect(result.kind).toBe('fake');
    expect(result.reasons.map((r) => r.id)).toEqual(['prepayment-only', 'impressum-missing']);
  });

  it('honours the shopper\'s trust mark and suspicion mark', () => {
    const trusted = score(base, { sensitivity: 'normal', siteMark: 'trusted' });
    expect(trusted.level).toBe('low');
    expect(trusted.reasons[0]?.id).toBe('user-trusted');
    const clean = { ...base, payment: { methods: ['paypal' as const], evidence: [] }, legalLinks: { ...base.legalLinks!, impressum: { text: 'Impressum', href: null, sameSite: true } } };
    expect(score(clean).level).toBe('low');
    expect(score(clean, { sensitivity: 'normal', siteMark: 'suspicious' }).level).toBe('medium');
  });

  it('gives non-shop facts no reasons', () => {
    const { legalLinks: _l, payment: _p, ...rest } = base;
    expect(score({ ...rest, pageType: { pageType: 'not-shop', shopEvidence: [] } }).reasons).toEqual([]);
  });
});
