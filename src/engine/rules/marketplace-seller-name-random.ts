import { ev } from '../evidence';
import { looksRandom } from '../random-name';
import { defineRule } from '../types';
import { thirdParty } from './third-party';

/**
 * A random-letter seller or business name ("XKQZWPLM", "Bxlwsz Store"), read on the listing itself or
 * on the seller's profile (issue 15, class 7): throwaway accounts are named by keyboard mashing.
 */
export const marketplaceSellerNameRandom = defineRule({
  id: 'marketplace-seller-name-random',
  kind: 'fake',
  rationale: 'Throwaway seller accounts that vanish after a few sales are often named with random letters; an established trader has a name that means something.',
  evaluate(facts) {
    const m = thirdParty(facts);
    const names = [...new Set([m?.seller.name, m?.trader?.businessName].filter((n): n is string => typeof n === 'string' && looksRandom(n)))];
    if (names.length === 0) return null;
    return { points: 20, severity: 'warning', evidence: names.map((n) => ev('evRandomName', n)), subs: [names[0] ?? ''] };
  },
});
