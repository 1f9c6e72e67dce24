import { z } from './zod';
import { LevelSchema } from './result';
import { PaymentMethodSchema } from './payment-method';

/** What the background remembers of a site's earlier (non-checkout) pages, so the checkout guard
 *  works even when the checkout page itself shows little (issue #8). */
export const SiteMemorySchema = z.object({
  site: z.string().max(300),
  level: LevelSchema,
  score: z.number().int().min(0).max(100),
  reasonIds: z.array(z.string().max(100)).max(30),
  advertisedMethods: z.array(PaymentMethodSchema).max(20),
  companyNames: z.array(z.string().max(200)).max(5),
  tld: z.string().max(30),
  seenAt: z.number(),
});
export type SiteMemory = z.infer<typeof SiteMemorySchema>;

export const GuardSchema = z.object({
  site: z.string().max(300),
  level: LevelSchema,
  title: z.string().max(200),
  reasons: z.array(z.string().max(300)).max(3),
  tip: z.string().max(300),
  labels: z.object({ details: z.string().max(60), trust: z.string().max(60), dismiss: z.string().max(60), region: z.string().max(100) }),
});
export type Guard = z.infer<typeof GuardSchema>;
