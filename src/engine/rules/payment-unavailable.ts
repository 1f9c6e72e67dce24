import { PREPAYMENT_METHODS } from '../../shared/payment-method';
import { ev } from '../evidence';
import { defineRule } from '../types';

/**
 * Payment reality vs logos (issue 15, class 3): PayPal, card or Klarna shown — logo, text or checkout
 * choice — but switched off ("derzeit nicht verfügbar", greyed out, "nur Vorkasse möglich"), and
 * nothing with buyer protection left to choose. A shop whose card payment is down for a day while
 * PayPal works is not flagged.
 */
export const paymentUnavailable = defineRule({
  id: 'payment-unavailable',
  kind: 'fake',
  rationale: 'Fake shops show PayPal and card logos to win trust, then mark them “currently unavailable” so only bank transfer in advance remains.',
  evaluate(facts) {
    if (facts.marketplace) return null;
    const shownOff = [...(facts.payment?.unavailable ?? []), ...(facts.checkout?.methodsUnavailable ?? []).map((method) => ({ method, text: '' }))].filter((u) => !PREPAYMENT_METHODS.has(u.method));
    if (shownOff.length === 0) return null;
    const usable = [...(facts.payment?.methods ?? []), ...(facts.checkout?.methodsOffered ?? [])];
    if (usable.some((m) => !PREPAYMENT_METHODS.has(m))) return null;
    const distinct = [...new Map(shownOff.map((u) => [u.method, u])).values()];
    return {
      points: 30,
      severity: 'danger',
      evidence: distinct.slice(0, 5).map((u) => (u.text ? ev('evPaymentSwitchedOff', u.method, u.text) : ev('evPaymentChoiceDisabled', u.method))),
      subs: [distinct.map((u) => u.method).join(', ')],
    };
  },
});
