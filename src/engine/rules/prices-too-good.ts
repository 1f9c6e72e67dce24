import { formatCents } from '../../shared/money';
import { ev } from '../evidence';
import { defineRule } from '../types';

/** SIGNALS.md "prices too good": most items 50–90% off, or one item at 70%+ off. */
export const pricesTooGood = defineRule({
  id: 'prices-too-good',
  kind: 'fake',
  rationale: 'Fake shops lure with discounts no real retailer can afford; many items at half price or less is a classic pattern.',
  evaluate(facts) {
    // A marketplace page lists many sellers' prices; the listing's own price is judged by the marketplace price rules.
    if (facts.marketplace) return null;
    const discounts = facts.prices?.discounts ?? [];
    if (discounts.length === 0) return null;
    const deep = discounts.filter((d) => d.percent >= 50);
    const max = Math.max(...discounts.map((d) => d.percent));
    const manyDeep = deep.length >= 3 && deep.length / discounts.length >= 0.6;
    if (max < 50) return null;
    const points = manyDeep || max >= 70 ? 30 : 12;
    const shown = [...discounts].sort((a, b) => b.percent - a.percent).slice(0, 4);
    return {
      points,
      severity: points >= 25 ? 'danger' : 'warning',
      evidence: shown.map((d) => ev('evDiscount', formatCents(d.wasCents), formatCents(d.nowCents), d.percent)),
      subs: [String(max), String(deep.length)],
    };
  },
});
