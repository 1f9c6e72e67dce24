import type { MarketplaceFacts } from '../../shared/facts-marketplace';
import { formatCents } from '../../shared/money';
import { ev } from '../evidence';
import { floorFor } from '../reference-floors';
import { defineRule } from '../types';
import { NEW_ACCOUNT_DAYS } from './marketplace-rules';
import { daysSince, thirdParty } from './third-party';

/** Worth this much, an item is high-value. */
const HIGH_VALUE_CENTS = 50_000;
/** At most this share of the usual price is "far below". */
const FAR_BELOW = 0.55;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** What makes the account new, as read on the page: no ratings, a "new seller" badge, a join date under 90 days. */
function newness(m: MarketplaceFacts, now: number | undefined) {
  const age = daysSince(m.seller.memberSinceDate, now);
  if (m.seller.ratingCount === 0) return ev('evRatingCount', 0);
  if (m.seller.newSellerMarker) return ev('evNewSellerMarker', m.seller.newSellerMarker);
  return age !== null && age >= 0 && age < NEW_ACCOUNT_DAYS && m.seller.memberSince ? ev('evMemberSinceRecent', m.seller.memberSince, age) : null;
}

/** The usual price of this item and whether the offer is far below it: list price, the other offers, or the floor of expensive goods. */
function farBelowUsual(m: MarketplaceFacts, price: number) {
  const money = (cents: number) => formatCents(cents, m.currency ?? undefined);
  const others = m.otherOffers.map((o) => o.priceCents);
  const usual = [m.listPriceCents, others.length ? median(others) : null].filter((c): c is number => c !== null && c >= HIGH_VALUE_CENTS);
  const reference = usual.find((c) => price <= c * FAR_BELOW);
  if (reference) return ev('evPriceInstead', money(price), money(reference), Math.round((1 - price / reference) * 100));
  const floor = floorFor(m.title ?? '');
  return floor && price < floor.floorCents ? ev('evBelowFloor', m.title ?? '', money(price), floor.label, formatCents(floor.floorCents), floor.source) : null;
}

/**
 * A brand-new seller (no ratings, "new seller" badge, account under 90 days) offering a high-value item
 * far below its usual price (issue 15, class 7): the classic marketplace bait — an iPhone or a console
 * at half price from an account that will be gone with the money.
 */
export const marketplaceNewSellerBargain = defineRule({
  id: 'marketplace-new-seller-bargain',
  kind: 'fake',
  rationale: 'A brand-new account selling an expensive item far below what it costs everywhere else is the classic marketplace bait: it collects payments and disappears.',
  evaluate(facts, config) {
    const m = thirdParty(facts);
    const price = m?.pageKind === 'product' ? m.priceCents : null;
    if (!m || !price || price <= 0) return null;
    const isNew = newness(m, config.now);
    const bargain = isNew ? farBelowUsual(m, price) : null;
    if (!isNew || !bargain) return null;
    return { points: 50, severity: 'danger', evidence: [isNew, bargain], subs: [m.title ?? m.seller.name ?? ''] };
  },
});
