import { z } from './zod';

export const PaymentMethodSchema = z.enum([
  'prepayment',
  'paypal',
  'credit-card',
  'invoice',
  'direct-debit',
  'klarna',
  'sofort',
  'apple-pay',
  'google-pay',
  'amazon-pay',
  'cash-on-delivery',
  'giropay',
  'crypto',
  'gift-card',
  'instant-transfer',
]);
export type PaymentMethod = z.infer<typeof PaymentMethodSchema>;

/** Methods that leave the shopper no way to get money back once paid (prepayment in the wide sense). */
export const PREPAYMENT_METHODS: ReadonlySet<PaymentMethod> = new Set(['prepayment', 'instant-transfer', 'crypto', 'gift-card']);
