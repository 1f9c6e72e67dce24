/**
 * Combinations (issue 15, class 6) and "could not check fully" (class 8) at the engine: several medium
 * signs from different families reach "high", one family never does, and a page whose core check was
 * skipped is never "low".
 */
import { describe, expect, it } from 'vitest';
import { RULES, score } from '../../../src/engine';
import { uncheckedCoreChecks } from '../../../src/engine/coverage';
import { levelFor } from '../../../src/engine/levels';
import { familyOf, RULE_FAMILIES } from '../../../src/engine/rules/families';
import type { Rule } from '../../../src/engine/types';
import type { PageFacts } from '../../../src/shared/facts';

const base: PageFacts = {
  url: 'https://shop.example.de/p/1',
  host: 'shop.example.de',
  lang: 'de',
  pageType: { pageType: 'product', shopEvidence: ['JSON-LD Product'] },
  extraction: { elapsedMs: 1, truncated: false, failed: [] },
};

/** A rule that always fires with these points, to test the levels apart from the page rules. */
const fixed = (id: string, points: number): Rule => ({ id, kind: 'fake', rationale: '', evaluate: () => ({ points, severity: 'warning', evidence: [] }) });
const levelOf = (rules: Rule[], facts: PageFacts = base) => score(facts, undefined, rules).level;

describe('several medium signs add up; one family never paints red (class 6)', () => {
  it('three 20-point signs from three families are high (free-mail only, deep discounts, an unlinked seal)', () => {
    expect(levelOf([fixed('contact-free-mail', 20), fixed('urgency-tricks', 22), fixed('trust-seal-fake', 20)])).toBe('high');
    expect(levelOf([fixed('contact-free-mail', 20), fixed('prices-too-good', 30), fixed('trust-seal-fake', 30), fixed('urgency-tricks', 15)])).toBe('high');
  });

  it('two medium signs stay caution; three weak ones stay below high', () => {
    expect(levelOf([fixed('contact-free-mail', 20), fixed('urgency-tricks', 22)])).toBe('medium');
    expect(levelOf([fixed('contact-free-mail', 12), fixed('urgency-tricks', 8), fixed('locale-mismatch', 12)])).not.toBe('high');
  });

  it('reasons of one family count once: no Impressum + no legal pages + incomplete Impressum is one strong sign', () => {
    expect(levelOf([fixed('impressum-missing', 35), fixed('legal-pages-missing', 20), fixed('impressum-incomplete', 35)])).toBe('medium');
    expect(levelOf([fixed('prepayment-only', 40), fixed('payment-unavailable', 25), fixed('checkout-methods-vanished', 35)])).toBe('medium');
    // A lone stock count (8 points) does not confirm the footer finding.
    expect(levelOf([fixed('impressum-missing', 35), fixed('legal-pages-missing', 20), fixed('urgency-tricks', 8)])).toBe('medium');
  });

  it('two signs that are each a caution are high together, though noisy-OR gives them only 44–55 points', () => {
    expect(levelOf([fixed('impressum-missing', 35), fixed('prices-too-good', 30)])).toBe('high');
    expect(levelOf([fixed('trust-seal-fake', 30), fixed('checkout-iban-foreign', 25)])).toBe('high');
    expect(levelOf([fixed('payment-unavailable', 25), fixed('trust-seal-fake', 25)])).toBe('high');
  });

  it('one strong sign is high only when an independent sign of 15+ confirms it', () => {
    expect(levelOf([fixed('prepayment-only', 40), fixed('urgency-tricks', 15)])).toBe('high');
    expect(levelOf([fixed('prices-too-good', 30), fixed('legal-pages-missing', 15)])).toBe('high');
    expect(levelOf([fixed('prepayment-only', 40), fixed('locale-mismatch', 12)])).toBe('medium');
    expect(levelOf([fixed('payment-unavailable', 25), fixed('urgency-tricks', 15)])).toBe('medium');
    // Confirmation from the same family is no confirmation.
    expect(levelOf([fixed('prepayment-only', 40), fixed('payment-unavailable', 25)])).toBe('medium');
  });

  it('no single rule, however strong, is high on its own — at any sensitivity', () => {
    for (const rule of RULES) for (const sensitivity of ['relaxed', 'normal', 'strict'] as const) {
      expect(score(base, { sensitivity, siteMark: null }, [fixed(rule.id, 100)]).level, rule.id).not.toBe('high');
    }
  });

  it('is monotone: adding a reason never lowers the level', () => {
    const rank = { low: 0, incomplete: 0, medium: 1, high: 2 } as const;
    const ids = ['contact-free-mail', 'urgency-tricks', 'trust-seal-fake', 'prices-too-good', 'impressum-missing', 'legal-pages-missing', 'locale-mismatch'];
    for (let mask = 1; mask < 1 << ids.length; mask++) {
      const chosen = ids.filter((_, i) => mask & (1 << i)).map((id) => fixed(id, 20));
      for (const extra of ids) expect(rank[levelOf([...chosen, fixed(`${extra}`, 20)])]).toBeGreaterThanOrEqual(rank[levelOf(chosen)]);
    }
  });

  it('levelFor takes family points: relaxed needs four medium families, strict three at a lower score', () => {
    expect(levelFor(49, [20, 20, 20], 'normal')).toBe('high');
    expect(levelFor(49, [20, 20, 20], 'relaxed')).toBe('medium');
    expect(levelFor(59, [20, 20, 20, 20], 'relaxed')).toBe('high');
    expect(levelFor(42, [15, 15, 18], 'strict')).toBe('high');
    expect(levelFor(36, [12, 12, 15], 'normal')).toBe('medium');
    expect(levelFor(48, [30, 15], 'relaxed')).toBe('medium');
    expect(levelFor(50, [40, 20], 'relaxed')).toBe('high');
  });

  it('every family lists real rule ids', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const [family, members] of Object.entries(RULE_FAMILIES)) for (const id of members) expect(ids.has(id), `${family}: ${id}`).toBe(true);
    expect(familyOf('impressum-missing')).toBe(familyOf('legal-pages-missing'));
    expect(familyOf('contact-free-mail')).toBe('contact-free-mail');
  });
});

describe('a skipped core check is "could not check fully", never "low" (class 8)', () => {
  const failed = (list: string[], extra: Partial<PageFacts['extraction']> = {}): PageFacts => ({ ...base, extraction: { elapsedMs: 500, truncated: false, failed: list, ...extra } });

  it.each([
    [['budget:legal-links'], ['legal-links']],
    [['payment'], ['payment']],
    [['schema:prices'], ['prices']],
    [['schema:legalLinks', 'budget:payment'], ['legal-links', 'payment']],
    [['page-read'], ['whole-page']],
  ])('%j → %j', (list, expected) => {
    const facts = list.includes('page-read') ? { ...failed(list, { truncated: true }), pageType: { pageType: 'unknown' as const, shopEvidence: [] } } : failed(list);
    expect(uncheckedCoreChecks(facts)).toEqual(expect.arrayContaining(expected));
    const result = score(facts, undefined, []);
    expect(result.level).toBe('incomplete');
    expect(result.unchecked).toEqual(uncheckedCoreChecks(facts));
  });

  it('signals outside the core (urgency, trust seals) may be skipped without it', () => {
    expect(score(failed(['budget:urgency', 'budget:trust-seals', 'budget:medical']), undefined, []).level).toBe('low');
  });

  it('a page cut at the text cap, an unclassified page and a failed adapter are incomplete', () => {
    expect(score(failed([], { truncated: true }), undefined, []).unchecked).toEqual(['whole-page']);
    expect(score({ ...base, pageType: { pageType: 'unknown', shopEvidence: [] } }, undefined, []).level).toBe('incomplete');
    expect(score(failed(['adapter:ebay']), undefined, []).unchecked).toContain('seller');
  });

  it('warnings found before the skip still show; the shopper’s marks still apply', () => {
    const facts = failed(['budget:prices']);
    expect(score(facts, undefined, [fixed('prepayment-only', 40)]).level).toBe('medium');
    expect(score(facts, { sensitivity: 'normal', siteMark: 'suspicious' }, []).level).toBe('medium');
    expect(score(facts, { sensitivity: 'normal', siteMark: 'trusted' }, []).level).toBe('low');
  });
});
