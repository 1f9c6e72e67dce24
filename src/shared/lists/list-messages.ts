import { z } from '../zod';
import { PageFactsSchema } from '../facts';
import { RiskResultSchema } from '../result';
import { ListProblemSchema, ListsStatusSchema } from './list-records';
import { SiteListingSchema } from './listing';

/**
 * Runtime messages of the list and "check a shop" features (options page and check view →
 * background). messages.ts folds them into the one discriminated union.
 */
export const LIST_MESSAGES = [
  z.object({ type: z.literal('lists/status') }),
  z.object({ type: z.literal('lists/updateNow') }),
  z.object({ type: z.literal('lists/addUrl'), url: z.string().min(1).max(2000) }),
  z.object({ type: z.literal('lists/importFile'), name: z.string().max(200), text: z.string().max(5_300_000) }),
  z.object({ type: z.literal('lists/remove'), id: z.string().min(1).max(2100) }),
  z.object({ type: z.literal('check/address'), address: z.string().min(1).max(4000) }),
  z.object({ type: z.literal('check/score'), facts: PageFactsSchema }),
] as const;

/** What a domain-only check of an address found. */
export const AddressCheckSchema = z.object({
  url: z.string().max(4000),
  host: z.string().max(300),
  site: z.string().max(300),
  listing: SiteListingSchema,
  result: RiskResultSchema,
});
export type AddressCheck = z.infer<typeof AddressCheckSchema>;

const ListChangeSchema = z.object({ ok: z.boolean(), problem: ListProblemSchema.or(z.enum(['bad-address', 'duplicate', 'saved-for-later'])).nullable(), status: ListsStatusSchema });
export type ListChange = z.infer<typeof ListChangeSchema>;

export const LIST_RESPONSES = {
  'lists/status': ListsStatusSchema,
  'lists/updateNow': ListsStatusSchema,
  'lists/addUrl': ListChangeSchema,
  'lists/importFile': ListChangeSchema,
  'lists/remove': ListsStatusSchema,
  'check/address': z.object({ check: AddressCheckSchema.nullable() }),
  'check/score': z.object({ result: RiskResultSchema }),
} as const;
