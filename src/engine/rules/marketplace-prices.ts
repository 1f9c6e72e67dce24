import { formatCents } from '../../shared/money';
import { ev } from '../evidence';
import { defineRule } from '../types';
import { thirdParty } from './third-party';

const percentLess = (price: number, reference: number) => Math.round((1 - price / reference) * 100);

/** SIGNALS.md "price outliers": far below the list price, from a third-party seller. */
export const marketplacePriceOutlier = defineRule({
  id: 'marketplace-price-outlier',
  kind: 'fake',
  rationale: 'A third-party offer far below the usual price is bait: the goods never ship or are counterfeit.',
  evaluate(facts) {
    const m = thirdParty(facts);
    if (!m || m.priceCents === null || m.listPriceCents === null || m.listPriceCents <= 0) return null;
    if (m.priceCents / m.listPriceCents >= 0.4) return null;
    const less = percentLess(m.priceCents, m.listPriceCents);
    return { points: 25, severity: 'warning', evidence: [ev('evPriceInstead', formatCents(m.priceCents, m.currency ?? undefined), formatCents(m.listPriceCents, m.currency ?? undefined), less)], subs: [String(less)] };
  },
});

/** Below this share of the other sellers' median price an offer is out of line with the market for that very item. */
const BELOW_OFFERS_RATIO = 0.55;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** SIGNALS.md "price outliers": far below the other offers for the same item on the same listing. */
export const marketplacePriceBelowOffers = defineRule({
  id: 'marketplace-price-below-offers',
  kind: 'fake',
  rationale: 'Other sellers offer the very same item for far more; a third party undercutting them all by half is rarely a bargain and often bait for money that never turns into goods.',
  evaluate(facts) {
    const m = thirdParty(facts);
    if (!m || m.priceCents === null || m.priceCents <= 0 || m.otherOffers.length === 0) return null;
    const reference = Math.round(median(m.otherOffers.map((o) => o.priceCents)));
    if (m.priceCents / reference >= BELOW_OFFERS_RATIO) return null;
    const less = percentLess(m.priceCents, reference);
    return {
      points: 30,
      severity: 'danger',
      evidence: [
        m.otherOffers.length === 1
          ? ev('evBelowOtherOffer', formatCents(m.priceCents, m.currency ?? undefined), formatCents(reference, m.currency ?? undefined), less)
          : ev('evBelowOtherOffers', formatCents(m.priceCents, m.currency ?? undefined), formatCents(reference, m.currency ?? undefined), m.otherOffers.length, less),
      ],
      subs: [String(less)],
    };
  },
});
