import { formatCents } from '../../shared/money';
import { ev } from '../evidence';
import { floorFor } from '../reference-floors';
import { defineRule } from '../types';

/** An item whose own old price is this high is expensive goods. */
const HIGH_VALUE_CENTS = 50_000;
/** Now at most this share of its old price: 70% off or more. */
const IMPLAUSIBLE_SHARE = 0.3;

/**
 * Too-good prices on expensive goods (issue 15, class 5): a known expensive product (iPhone, Rolex,
 * Thermomix, Stihl saw …) priced below what any retailer sells it for new, or any item with an old
 * price of 500 € or more sold at 70% off or more — on its own page, in its JSON-LD or next to "statt/UVP".
 */
export const priceHighValueImplausible = defineRule({
  id: 'price-high-value-implausible',
  kind: 'fake',
  rationale: 'Fake shops lure with expensive branded goods at a fraction of their price; no retailer can sell a new iPhone, Rolex or Thermomix for a fifth of what it costs.',
  evaluate(facts) {
    if (facts.marketplace) return null;
    const evidence = [];
    const product = facts.prices?.product;
    const floor = product ? floorFor(product.name) : null;
    if (product && floor && product.currency === 'EUR' && product.cents < floor.floorCents) {
      evidence.push(ev('evBelowFloor', product.name, formatCents(product.cents, product.currency), floor.label, formatCents(floor.floorCents), floor.source));
    }
    const expensive = (facts.prices?.discounts ?? []).filter((d) => d.wasCents >= HIGH_VALUE_CENTS && d.nowCents <= d.wasCents * IMPLAUSIBLE_SHARE).sort((a, b) => b.wasCents - a.wasCents);
    for (const d of expensive.slice(0, 2)) evidence.push(ev('evDiscount', formatCents(d.wasCents), formatCents(d.nowCents), d.percent));
    if (evidence.length === 0) return null;
    return { points: 35, severity: 'danger', evidence, subs: [product?.name ?? (expensive[0] ? formatCents(expensive[0].wasCents) : '')] };
  },
});
