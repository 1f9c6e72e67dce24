import { PREPAYMENT_CLASS } from './prepayment-only';
import { ev } from '../evidence';
import { defineRule } from '../types';

const COUNTRY_TLDS = new Set(['de', 'at', 'ch', 'fr', 'it', 'es', 'nl', 'be', 'pl', 'cz', 'dk', 'se', 'lu', 'co.uk', 'uk']);
const LEGAL_FORM = /\b(gmbh|ug|ag|kg|ohg|e\.\s?k\.?|ltd|limited|llc|inc|se|sarl|s\.?a\.?|b\.?v\.?|sp\.? z)\b/i;

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

export const checkoutIbanInvalid = defineRule({
  id: 'checkout-iban-invalid',
  kind: 'fake',
  rationale: 'Every IBAN carries a checksum (ISO 13616); one that fails it was made up or altered.',
  evaluate(facts) {
    const bad = (facts.checkout?.ibans ?? []).filter((i) => !i.valid);
    if (bad.length === 0) return null;
    return { points: 40, severity: 'danger', evidence: bad.map((i) => ev('evIbanChecksum', i.iban)), subs: [bad[0]?.iban ?? ''] };
  },
});

export const checkoutIbanForeign = defineRule({
  id: 'checkout-iban-foreign',
  kind: 'fake',
  rationale: 'A shop posing as German or Austrian that collects money on a foreign account is a common fake-shop pattern; money sent abroad is rarely recovered.',
  evaluate(facts, config) {
    const tld = facts.locale?.tld ?? config.memory?.tld ?? '';
    const country = tld === 'co.uk' || tld === 'uk' ? 'GB' : tld.toUpperCase();
    if (!COUNTRY_TLDS.has(tld)) return null;
    const foreign = (facts.checkout?.ibans ?? []).filter((i) => i.valid && i.country !== country);
    if (foreign.length === 0) return null;
    return { points: 25, severity: 'danger', evidence: foreign.map((i) => ev('evIbanCountry', i.iban, i.country, tld)), subs: [foreign[0]?.country ?? ''] };
  },
});

export const checkoutPrivateRecipient = defineRule({
  id: 'checkout-private-recipient',
  kind: 'fake',
  rationale: 'Payments for a company go to the company’s account. A private person as recipient, or a name unlike the Impressum’s, means the money goes somewhere else.',
  evaluate(facts, config) {
    // Only next to bank details: "Empfänger" also labels the delivery-address field of proper shops.
    const recipients = (facts.checkout?.ibans.length ?? 0) > 0 ? (facts.checkout?.recipients ?? []) : [];
    if (recipients.length === 0) return null;
    const companies = [...(config.memory?.companyNames ?? []), ...(facts.impressumDetails?.company.names ?? [])].map((c) => c.toLowerCase());
    const suspicious = recipients.filter((r) => !LEGAL_FORM.test(r) || (companies.length > 0 && !companies.some((c) => c.includes(r.toLowerCase()) || r.toLowerCase().includes(c))));
    if (suspicious.length === 0) return null;
    const evidence = suspicious.map((r) => (LEGAL_FORM.test(r) ? ev('evRecipientOtherCompany', r, companies[0] ?? '') : ev('evRecipientPrivate', r)));
    return { points: 30, severity: 'danger', evidence, subs: [suspicious[0] ?? ''] };
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
