import type { PaymentMethod } from '../../shared/facts';
import { PREPAYMENT_METHODS } from '../../shared/payment-method';
import { ev } from '../evidence';
import { defineRule } from '../types';

/** Methods that leave the shopper no way to get money back once paid. */
export const PREPAYMENT_CLASS: ReadonlySet<PaymentMethod> = PREPAYMENT_METHODS;

/** SIGNALS.md "prepayment only": the classic fake-shop checkout. Invoice or PayPal next to it clears it. */
export const prepaymentOnly = defineRule({
  id: 'prepayment-only',
  kind: 'fake',
  rationale: 'A shop that accepts only bank transfer in advance (or crypto, gift cards) leaves no buyer protection: money sent is usually gone.',
  evaluate(facts) {
    // On a marketplace the methods on the page are the platform's; a seller's own payment demands are "off-platform".
    if (facts.marketplace) return null;
    const payment = facts.payment;
    if (!payment || payment.methods.length === 0) return null;
    if (!payment.methods.every((m) => PREPAYMENT_CLASS.has(m))) return null;
    // What was shown but cannot be chosen belongs to the evidence: it is why the logos do not clear the rule.
    const switchedOff = (payment.unavailable ?? []).map((u) => ev('evPaymentSwitchedOff', u.method, u.text));
    const evidence = payment.evidence.map((e) => ev('evPaymentFound', e.method, e.text));
    return { points: 40, severity: 'danger', evidence: [...evidence.slice(0, 3), ...switchedOff.slice(0, 3)] };
  },
  // Another page of the shop offered a method with buyer protection (a checkout that then drops it is checkout-methods-vanished).
  contradictedBy: (site) => site.methods.some((m) => !PREPAYMENT_CLASS.has(m)),
});
