import { PREPAYMENT_CLASS } from './prepayment-only';
import { ev } from '../evidence';
import { defineRule } from '../types';

/** SIGNALS.md: PayPal/card logos in the footer that vanish at checkout, leaving only prepayment. */
export const checkoutMethodsVanished = defineRule({
  id: 'checkout-methods-vanished',
  kind: 'fake',
  rationale: 'Shops that advertise PayPal or cards but offer only bank transfer at checkout lure buyers in with protection they never get.',
  evaluate(facts, config) {
    const offered = facts.checkout?.methodsOffered ?? [];
    // Earlier pages and this page's own footer both count: a shop remembered without logos may show them here.
    const advertised = [...new Set([...(config.memory?.advertisedMethods ?? []), ...(facts.payment?.methods ?? [])])].filter((m) => !PREPAYMENT_CLASS.has(m));
    if (offered.length === 0 || !offered.every((m) => PREPAYMENT_CLASS.has(m)) || advertised.length === 0) return null;
    return { points: 35, severity: 'danger', evidence: [ev('evAdvertisedMethods', advertised.join(', ')), ev('evCheckoutMethods', offered.join(', '))], subs: [advertised.join(', ')] };
  },
});

/** Say what is wrong: an IBAN whose mod-97 holds but whose national check digits fail must not read "checksum fails". */
const IBAN_PROBLEM_EVIDENCE = { checksum: 'evIbanChecksum', 'national-check': 'evIbanNationalCheck', structure: 'evIbanStructure' } as const;

export const checkoutIbanInvalid = defineRule({
  id: 'checkout-iban-invalid',
  kind: 'fake',
  rationale: 'Every IBAN carries a checksum (ISO 13616) and many carry the bank\'s own check digits; one that fails either, or has the wrong layout for its country, was made up or altered.',
  evaluate(facts) {
    const bad = (facts.checkout?.ibans ?? []).filter((i) => !i.valid);
    if (bad.length === 0) return null;
    return { points: 40, severity: 'danger', evidence: bad.map((i) => ev(IBAN_PROBLEM_EVIDENCE[i.problem ?? 'checksum'], i.iban)), subs: [bad[0]?.iban ?? ''] };
  },
});

export const checkoutCryptoGiftCard = defineRule({
  id: 'checkout-crypto-gift-card',
  kind: 'fake',
  rationale: 'No real shop asks for crypto, gift cards or money transfer services at checkout: such payments cannot be reversed.',
  evaluate(facts) {
    const offered = (facts.checkout?.methodsOffered ?? []).filter((m) => m === 'crypto' || m === 'gift-card' || m === 'instant-transfer');
    if (offered.length === 0) return null;
    return { points: 35, severity: 'danger', evidence: [ev('evCheckoutMethods', offered.join(', '))], subs: [offered.join(', ')] };
  },
});
