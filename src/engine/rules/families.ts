/**
 * Families of evidence: reasons that share one cause count once when the level is decided, so one
 * finding reported by two rules (no footer links → no Impressum *and* no terms) cannot make a page
 * "high" on its own. A rule not listed here is its own family.
 */
import { NAME_RULE_IDS } from '../domain/name-group';

const FAMILIES: Record<string, readonly string[]> = {
  // Everything read from the domain name counts as one piece of evidence.
  'domain-name': [...NAME_RULE_IDS],
  // One footer that was not found, or one Impressum that was read.
  'legal-notice': ['impressum-missing', 'legal-pages-missing', 'impressum-incomplete'],
  // Which payment can really be chosen.
  payment: ['prepayment-only', 'payment-unavailable', 'checkout-methods-vanished', 'checkout-crypto-gift-card'],
  // The bank account money is sent to.
  'bank-account': ['checkout-iban-invalid', 'checkout-iban-foreign', 'checkout-private-recipient', 'checkout-recipient-foreign-company'],
  // What the goods cost compared with what they are worth.
  price: ['prices-too-good', 'price-high-value-implausible', 'medical-price-too-cheap'],
  'medical-goods': ['medical-price-gouging', 'medical-mask-unmarked'],
  // How old and how rated a marketplace account is.
  'seller-account': ['marketplace-new-seller', 'marketplace-dormant-seller'],
  'listing-price': ['marketplace-price-outlier', 'marketplace-price-below-offers', 'marketplace-new-seller-bargain'],
  'seller-identity': ['marketplace-trader-details', 'marketplace-seller-name-random'],
};

const FAMILY_OF = new Map(Object.entries(FAMILIES).flatMap(([family, ids]) => ids.map((id) => [id, family] as const)));

export function familyOf(ruleId: string): string {
  return FAMILY_OF.get(ruleId) ?? ruleId;
}

export const RULE_FAMILIES: Readonly<Record<string, readonly string[]>> = FAMILIES;
