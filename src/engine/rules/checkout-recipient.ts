import { countryToken } from '../../shared/i18n-format';
import type { PageFacts } from '../../shared/facts';
import { claimedSeat, plausibleAccountCountries } from '../claimed-seat';
import { ev } from '../evidence';
import { legalFormOf, looksLikeCompany, looksLikePerson } from '../legal-forms';
import { nameTokens, relatedToShop } from '../names';
import { defineRule, type EngineConfig } from '../types';

/** Account holders named next to bank details (only there: "Empfänger" also labels delivery addresses). */
function recipientsOf(facts: PageFacts): string[] {
  return (facts.checkout?.ibans.length ?? 0) > 0 && !facts.marketplace ? (facts.checkout?.recipients ?? []) : [];
}

/** Companies the shop names as itself (Impressum, earlier pages, this page) — but not the holder's own line read back. */
function companyNames(facts: PageFacts, config: EngineConfig, holder: string): string[] {
  const all = [...(config.memory?.companyNames ?? []), ...(facts.impressumDetails?.company.names ?? []), ...(facts.company?.names ?? [])];
  return all.filter((n) => !n.includes(holder) && !holder.includes(n));
}

/** Where a holder with a legal form is registered; the IBAN settles which of the form's countries ("S.R.L.": Romania or Italy). */
function holderCountries(name: string, facts: PageFacts): readonly string[] | null {
  const form = legalFormOf(name);
  if (!form) return null;
  const byIban = form.countries.filter((c) => (facts.checkout?.ibans ?? []).some((i) => i.country === c));
  return byIban.length ? byIban : form.countries;
}

/**
 * A foreign company as account holder — "UAB Prekyba" (Lithuania), "Nowak Sp. z o.o." (Poland) — on a
 * shop that presents itself as based elsewhere, and unrelated to the shop's name (issue 15, class 4).
 * Evidence names the country the legal form (and the IBAN) point to; it never calls it a private person.
 */
export const checkoutRecipientForeignCompany = defineRule({
  id: 'checkout-recipient-foreign-company',
  kind: 'fake',
  rationale: 'Fake shops posing as local collect the money through a foreign company that has nothing to do with the shop; such money is rarely recovered.',
  evaluate(facts, config) {
    const seat = claimedSeat(facts, config);
    if (!seat) return null;
    const plausible = plausibleAccountCountries(seat);
    const evidence = recipientsOf(facts).flatMap((name) => {
      const form = legalFormOf(name);
      const countries = holderCountries(name, facts);
      if (!form || !countries) return [];
      if (countries.some((c) => plausible.has(c)) || nameTokens(name).length === 0 || relatedToShop(name, facts.host, companyNames(facts, config, name))) return [];
      return [countries.length === 1 ? ev('evRecipientForeignCompany', name, countryToken(countries[0] ?? '')) : ev('evRecipientForeignForm', name, form.form, countries.map(countryToken).join(', '))];
    });
    if (evidence.length === 0) return null;
    return { points: 30, severity: 'danger', evidence: [...evidence, ev('evClaimedSeat', seat.countries.map(countryToken).join(', '), seat.basis)], subs: [evidence[0]?.subs[0] ?? ''] };
  },
});

/**
 * A private person as account holder, or a company other than the one in the Impressum. A name with
 * a legal form or trading words is a company, never "a private person"; a foreign company is the rule above.
 */
export const checkoutPrivateRecipient = defineRule({
  id: 'checkout-private-recipient',
  kind: 'fake',
  rationale: 'Payments for a company go to the company’s account. A private person as recipient, or a name unlike the Impressum’s, means the money goes somewhere else.',
  evaluate(facts, config) {
    const seat = claimedSeat(facts, config);
    const plausible = seat ? plausibleAccountCountries(seat) : null;
    const evidence = recipientsOf(facts).flatMap((name) => {
      if (looksLikePerson(name)) return [ev('evRecipientPrivate', name)];
      // A company of a legal form foreign to the shop's seat is the foreign-company rule's case.
      const countries = holderCountries(name, facts);
      const foreign = countries !== null && plausible !== null && !countries.some((c) => plausible.has(c));
      const known = companyNames(facts, config, name);
      // A name without distinctive words ("Shop Ltd") cannot be told apart from the shop's own.
      if (foreign || !looksLikeCompany(name) || known.length === 0 || nameTokens(name).length === 0 || relatedToShop(name, facts.host, known)) return [];
      return [ev('evRecipientOtherCompany', name, known[0] ?? '')];
    });
    if (evidence.length === 0) return null;
    return { points: 30, severity: 'danger', evidence, subs: [evidence[0]?.subs[0] ?? ''] };
  },
});
