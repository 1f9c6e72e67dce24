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

export { PREPAYMENT_METHODS } from './payment-classes';
