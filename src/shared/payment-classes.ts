import type { PaymentMethod } from './payment-method';

/**
 * Methods that leave the shopper no way to get money back once paid (prepayment in the wide sense).
 * Its own module, without zod: the content extractor reads it and carries no schema library (issue 16).
 */
export const PREPAYMENT_METHODS: ReadonlySet<PaymentMethod> = new Set(['prepayment', 'instant-transfer', 'crypto', 'gift-card']);
