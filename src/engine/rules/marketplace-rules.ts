import { ev } from '../evidence';
import { defineRule } from '../types';
import { daysSince, thirdParty } from './third-party';

/** An account younger than this counts as new, like Amazon's own "Neu bei Amazon" badge. */
export const NEW_ACCOUNT_DAYS = 90;

/** SIGNALS.md "new seller": "Neu bei Amazon", "Just launched", very few ratings. */
export const marketplaceNewSeller = defineRule({
  id: 'marketplace-new-seller',
  kind: 'fake',
  rationale: 'Fraudsters open fresh seller accounts (or take over dormant ones) and vanish after a few sales; a brand-new seller with almost no ratings is the typical vehicle.',
  evaluate(facts, config) {
    const m = thirdParty(facts);
    if (!m) return null;
    const evidence: Array<ReturnType<typeof ev>> = [];
    let points = 0;
    if (m.seller.newSellerMarker) {
      evidence.push(ev('evNewSellerMarker', m.seller.newSellerMarker));
      points = 25;
    }
    const age = daysSince(m.seller.memberSinceDate, config.now);
    if (age !== null && age >= 0 && age < NEW_ACCOUNT_DAYS && m.seller.memberSince) {
      evidence.push(ev('evMemberSinceRecent', m.seller.memberSince, age));
      points = 25;
    }
    // Only a count that was really read counts; a missing field says nothing (issue #5).
    if (m.seller.ratingCount !== null && m.seller.ratingCount < 10) {
      evidence.push(ev('evRatingCount', m.seller.ratingCount));
      points = Math.max(points, m.seller.ratingCount === 0 ? 25 : 15) + (points ? 5 : 0);
    }
    return points ? { points, severity: points >= 25 ? 'danger' : 'warning', evidence, subs: [m.seller.name ?? '?'] } : null;
  },
});

/** SIGNALS.md "missing trader details": Art. 30/31 DSA; only judged on a profile that was read. */
export const marketplaceTraderDetails = defineRule({
  id: 'marketplace-trader-details',
  kind: 'fake',
  rationale: 'Marketplaces must show a trader’s name, address, register and VAT number; missing or invalid entries mean nobody can be held to account.',
  evaluate(facts) {
    const m = thirdParty(facts);
    if (!m || m.pageKind !== 'seller-profile' && !m.trader) return null;
    const t = m.trader;
    const problems: Array<[number, ReturnType<typeof ev>]> = [];
    // Trader details that could not be read say nothing (issue 15): only a section that was read
    // and names neither business nor address counts. Private sellers owe no trader details.
    if (!t) return null;
    if (!t.businessName && !t.address) {
      if (m.seller.sellerType === 'business') problems.push([25, ev('evNoTraderDetails')]);
    } else {
      if (!t.address) problems.push([20, ev('evNoBusinessAddress')]);
      if (t.vatValid === false) problems.push([40, ev('evVatCheckDigit', t.vatId ?? '')]);
    }
    if (problems.length === 0) return null;
    return { points: Math.min(45, Math.max(...problems.map(([p]) => p)) + (problems.length - 1) * 5), severity: 'danger', evidence: problems.map(([, e]) => e), subs: [m.seller.name ?? '?'] };
  },
});

/** SIGNALS.md "off-platform contact": e-mail, WhatsApp, phone or an unprotected payment request in the title or description. */
export const marketplaceOffPlatform = defineRule({
  id: 'marketplace-off-platform',
  kind: 'fake',
  rationale: 'Sellers who ask buyers to write or pay outside the platform (WhatsApp, e-mail, PayPal “friends & family”, transfer only) take them out of its buyer protection — the classic marketplace scam.',
  evaluate(facts) {
    const m = thirdParty(facts);
    if (!m || m.offPlatformContact.length + m.unprotectedPayment.length === 0) return null;
    // Asking outright for a payment without buyer protection weighs more than a contact detail.
    const points = m.unprotectedPayment.length === 0 ? 45 : m.offPlatformContact.length === 0 ? 50 : 55;
    const found = [...m.unprotectedPayment, ...m.offPlatformContact];
    return { points, severity: 'danger', evidence: found.map((c) => ev('evInListing', c)), subs: [found[0] ?? ''] };
  },
});

/** SIGNALS.md "mismatch": sold by one third party, shipped by another. */
export const marketplaceShipsMismatch = defineRule({
  id: 'marketplace-ships-mismatch',
  kind: 'problematic',
  rationale: 'When a seller neither ships itself nor uses the marketplace’s logistics, a different party handles the goods — common with dropshipping and resellers of dubious stock.',
  evaluate(facts) {
    const m = thirdParty(facts);
    const ships = m?.seller.shipsFrom;
    if (!m || !ships || !m.seller.name || /amazon/i.test(ships) || ships === m.seller.name) return null;
    return { points: 12, severity: 'warning', evidence: [ev('evSoldShipped', m.seller.name, ships)], subs: [ships] };
  },
});
