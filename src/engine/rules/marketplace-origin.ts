import { countryCodeOf } from '../../shared/country';
import type { MarketplaceFacts } from '../../shared/facts-marketplace';
import { ev } from '../evidence';
import { defineRule } from '../types';
import { thirdParty } from './third-party';

const DACH = ['DE', 'AT', 'CH', 'LI'];

/** What a seller's own details say about where it is, and which countries would fit that. */
const CLAIMS: Array<{ pattern: RegExp; countries: string[] }> = [
  // German-language legal forms only exist in registers of these countries.
  { pattern: /\b(GmbH|UG(?= \(haftungsbeschränkt\)|\s*$)|e\.\s?K\.|OHG|GbR)(?=[\s,.&)]|$)/, countries: DACH },
  { pattern: /\b(deutschland|germany|german)\b/i, countries: ['DE'] },
  { pattern: /\b(österreich|austria)\b/i, countries: ['AT'] },
];
const REGISTER_CLAIMS: Array<{ pattern: RegExp; countries: string[] }> = [
  { pattern: /\bHR[AB]\s?\d{2,6}/, countries: ['DE'] },
  { pattern: /\bFN\s?\d{3,6}\s?[a-z]\b/i, countries: ['AT'] },
  { pattern: /\bCHE-?\d{3}\.?\d{3}\.?\d{3}\b/, countries: ['CH'] },
];

function claimsOf(m: MarketplaceFacts): Array<{ text: string; countries: string[] }> {
  const found: Array<{ text: string; countries: string[] }> = m.originClaims.map((c) => ({ text: c.text, countries: [c.country] }));
  for (const name of [m.trader?.businessName, m.seller.name]) {
    for (const claim of CLAIMS) {
      const hit = name ? claim.pattern.exec(name)?.[0] : undefined;
      if (hit && name) found.push({ text: name, countries: claim.countries });
    }
  }
  for (const claim of REGISTER_CLAIMS) {
    const hit = m.trader?.registerNumber ? claim.pattern.exec(m.trader.registerNumber)?.[0] : undefined;
    if (hit) found.push({ text: m.trader?.registerNumber ?? hit, countries: claim.countries });
  }
  return found;
}

/** SIGNALS.md "missing trader details": address country inconsistent with what the seller claims to be. */
export const marketplaceOriginMismatch = defineRule({
  id: 'marketplace-origin-mismatch',
  kind: 'fake',
  rationale: 'A “GmbH”, a German register number or “shipping from Germany” cannot come from a business whose legal address is in another country, nor “Versand aus Deutschland” from an item located abroad; invented local credentials are meant to borrow trust. (A foreign seller with a German VAT number is normal and not flagged.)',
  evaluate(facts) {
    const m = thirdParty(facts);
    if (!m) return null;
    const evidence = [...addressConflicts(m), ...locationConflicts(m)].slice(0, 4);
    if (evidence.length === 0) return null;
    return { points: 30, severity: 'danger', evidence, subs: [m.trader?.country ?? m.seller.itemLocation ?? ''] };
  },
});

/** Claims that cannot be true of a business whose legal address is in another country. */
function addressConflicts(m: MarketplaceFacts) {
  const code = m.trader?.countryCode;
  if (!code) return [];
  const where = m.trader?.country ?? code;
  const texts = new Set(claimsOf(m).filter((c) => !c.countries.includes(code)).map((c) => c.text));
  return [...texts].map((text) => ev('evOriginClaim', text, where));
}

/** "Versand aus Deutschland" in the listing, while the item is located in another country. */
function locationConflicts(m: MarketplaceFacts) {
  const code = countryCodeOf(m.seller.itemLocation);
  if (!code) return [];
  return m.originClaims.filter((c) => c.country !== code).map((c) => ev('evOriginClaimLocation', c.text, m.seller.itemLocation ?? code));
}
