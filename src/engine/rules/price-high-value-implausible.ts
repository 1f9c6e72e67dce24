import { formatCents } from '../../shared/money';
import { ev } from '../evidence';
import { floorFor } from '../reference-floors';
import { defineRule } from '../types';
import { siblingOutliers } from './price-sibling-outlier';

/** An item whose own old price is this high is expensive goods. */
const HIGH_VALUE_CENTS = 50_000;
/** Now at most this share of its old price: 70% off or more. */
const IMPLAUSIBLE_SHARE = 0.3;

/**
 * Too-good prices on expensive goods (issue 15, class 5): a known expensive product (iPhone, Rolex,
 * Thermomix, Stihl saw, a Rolf Benz sofa …) priced below what any retailer sells it for new — on its
 * own page or as an item of a listing — any item with an old price of 500 € or more sold at 70% off
 * or more, or an expensive item far below all its siblings of the same kind on a listing.
 */
export const priceHighValueImplausible = defineRule({
  id: 'price-high-value-implausible',
  kind: 'fake',
  rationale: 'Fake shops lure with expensive branded goods at a fraction of their price; no retailer can sell a new iPhone, Rolex or Thermomix for a fifth of what it costs.',
  evaluate(facts) {
    if (facts.marketplace) return null;
    const evidence = [];
    const product = facts.prices?.product;
    const below = [...(product ? [product] : []), ...(facts.prices?.items ?? [])]
      .map((item) => ({ item, floor: floorFor(item.name) }))
      .filter(({ item, floor }) => floor && item.currency === 'EUR' && item.cents < floor.floorCents);
    for (const { item, floor } of below.slice(0, 2)) {
      if (floor) evidence.push(ev('evBelowFloor', item.name, formatCents(item.cents, item.currency), floor.label, formatCents(floor.floorCents), floor.source));
    }
    const expensive = (facts.prices?.discounts ?? []).filter((d) => d.wasCents >= HIGH_VALUE_CENTS && d.nowCents <= d.wasCents * IMPLAUSIBLE_SHARE).sort((a, b) => b.wasCents - a.wasCents);
    for (const d of expensive.slice(0, 2)) evidence.push(ev('evDiscount', formatCents(d.wasCents), formatCents(d.nowCents), d.percent));
    const strong = evidence.length > 0;
    const outliers = siblingOutliers(facts.prices?.items ?? []);
    for (const o of outliers.slice(0, 2)) evidence.push(ev('evBelowSiblings', o.item.name, formatCents(o.item.cents, o.item.currency), o.siblings, formatCents(o.medianCents, o.item.currency)));
    if (evidence.length === 0) return null;
    // Siblings alone are weaker evidence than a floor or a claimed old price: a shop may list a budget model.
    return { points: strong ? 35 : 25, severity: 'danger', evidence, subs: [below[0]?.item.name ?? product?.name ?? (expensive[0] ? formatCents(expensive[0].wasCents) : outliers[0]?.item.name ?? '')] };
  },
});
