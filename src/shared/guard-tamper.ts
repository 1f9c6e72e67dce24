import { z } from './zod';

/**
 * What a page did to Shopwatch's checkout warning. An honest shop has no reason to touch it, so
 * any of these is a strong warning sign (rule `checkout-guard-hidden`).
 */
export const TamperKindSchema = z.enum(['removed', 'moved', 'hidden', 'transparent', 'shrunk', 'restyled']);
export type TamperKind = z.infer<typeof TamperKindSchema>;

/** Remembered per site, so the shop's later pages still carry the reason. */
export const TamperRecordSchema = z.object({ how: TamperKindSchema, at: z.number() });
export type TamperRecord = z.infer<typeof TamperRecordSchema>;
