import { ev } from '../evidence';
import { defineRule } from '../types';
import { daysSince, thirdParty } from './third-party';

/** Enough old ratings to show the account once traded, so silence since then means something. */
const MIN_LIFETIME_RATINGS = 5;

/** SIGNALS.md "new seller": ratings only from long ago — a dormant account that is suddenly selling again. */
export const marketplaceDormantSeller = defineRule({
  id: 'marketplace-dormant-seller',
  kind: 'fake',
  rationale: 'Fraudsters buy or take over old seller accounts whose good ratings are years old; an account with a past but no ratings in the last 12 months that is selling now fits that pattern.',
  evaluate(facts, config) {
    const m = thirdParty(facts);
    const { ratingCount, ratingsLast12Months, memberSince, memberSinceDate } = m?.seller ?? {};
    if (!m || ratingCount == null || ratingsLast12Months == null) return null;
    if (ratingsLast12Months > 0 || ratingCount < MIN_LIFETIME_RATINGS) return null;
    const evidence = [ev('evRatingsOnlyOld', ratingCount)];
    const age = daysSince(memberSinceDate ?? null, config.now);
    if (memberSince && age !== null && age > 365) evidence.push(ev('evMemberSince', memberSince));
    return { points: 30, severity: 'danger', evidence, subs: [m.seller.name ?? '?'] };
  },
});
