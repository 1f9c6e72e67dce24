import { z } from './zod';

/**
 * A domain's registration date from RDAP (issue #12 part 3), looked up only with the shopper's
 * consent. "not-public": the registry publishes no RDAP service or no date (e.g. .de) — we say so
 * and never guess. "failed": the lookup did not work this time (network, bad answer).
 */
const site = z.string().max(300);

export const DomainAgeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('registered'), site, registeredAt: z.number().int(), server: z.string().max(300) }),
  z.object({ status: z.literal('not-public'), site, tld: z.string().max(63) }),
  z.object({ status: z.literal('failed'), site, error: z.string().max(200) }),
]);
export type DomainAge = z.infer<typeof DomainAgeSchema>;

/** One cached answer per registrable domain; answers older than DOMAIN_AGE_TTL_MS are looked up again. */
export const DomainAgeRecordSchema = z.object({ checkedAt: z.number().int(), age: DomainAgeSchema });
export type DomainAgeRecord = z.infer<typeof DomainAgeRecordSchema>;

export const DOMAIN_AGE_TTL_MS = 30 * 24 * 60 * 60 * 1000;
