import { z } from './zod';
import { LevelSchema } from './result';
import { PaymentMethodSchema } from './payment-method';

/**
 * What the checkout rules need from a site's other pages (issue #8), derived from its evidence
 * profile (src/engine/site.ts): a checkout often shows little of the shop it belongs to.
 */
export const SiteMemorySchema = z.object({
  site: z.string().max(300),
  /** Payment methods the shop's product and information pages advertised (not a checkout's choices). */
  advertisedMethods: z.array(PaymentMethodSchema).max(20),
  /** Company names its Impressum gave. */
  companyNames: z.array(z.string().max(200)).max(5),
  tld: z.string().max(30),
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
