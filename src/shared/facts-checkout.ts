import { z } from './zod';
import { PaymentMethodSchema } from './payment-method';

/** What a cart/checkout/payment step shows (issue #8). */
export const CheckoutFactsSchema = z.object({
  /** Why the page is a checkout step: URL, order button, payment choice, bank details. */
  evidence: z.array(z.string().max(200)).max(10),
  /** Payment methods offered as choices on this page (radio/select labels), not footer logos. */
  methodsOffered: z.array(PaymentMethodSchema).max(20),
  /** Payment choices shown but switched off (disabled, greyed out, "nicht verfügbar"); not in methodsOffered. */
  methodsUnavailable: z.array(PaymentMethodSchema).max(20).optional(),
  ibans: z.array(z.object({ iban: z.string().max(40), country: z.string().max(2), valid: z.boolean(), problem: z.enum(['checksum', 'national-check', 'structure']).optional() })).max(5),
  /** Account holder / recipient named next to the bank details. */
  recipients: z.array(z.string().max(120)).max(5),
});
export type CheckoutFacts = z.infer<typeof CheckoutFactsSchema>;
