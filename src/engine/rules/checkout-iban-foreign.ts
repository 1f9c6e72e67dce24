import { countryToken } from '../../shared/i18n-format';
import { claimedSeat, plausibleAccountCountries } from '../claimed-seat';
import { ev } from '../evidence';
import { defineRule } from '../types';

/**
 * Bank details whose account country differs from where the shop presents itself as based — its
 * Impressum (VAT id, register, address), else its country domain, else its language and currency —
 * so a German-speaking .com shop with a Lithuanian IBAN is caught too (issue 15, class 4).
 */
export const checkoutIbanForeign = defineRule({
  id: 'checkout-iban-foreign',
  kind: 'fake',
  rationale: 'A shop posing as German or Austrian that collects money on a foreign account is a common fake-shop pattern; money sent abroad is rarely recovered.',
  evaluate(facts, config) {
    if (facts.marketplace) return null;
    const ibans = (facts.checkout?.ibans ?? []).filter((i) => i.valid);
    const seat = ibans.length ? claimedSeat(facts, config) : null;
    if (!seat) return null;
    const plausible = plausibleAccountCountries(seat);
    const foreign = ibans.filter((i) => !plausible.has(i.country));
    const first = foreign[0];
    if (!first) return null;
    return {
      points: 25,
      severity: 'danger',
      evidence: [...foreign.map((i) => ev('evIbanAccountCountry', i.iban, countryToken(i.country))), ev('evClaimedSeat', seat.countries.map(countryToken).join(', '), seat.basis)],
      subs: [countryToken(first.country)],
    };
  },
});
