import { z } from './zod';

/** Marketplace listings and seller profiles (issue #5). Only what an adapter could read is set. */
const text = z.string().max(300);

export const TraderDetailsSchema = z.object({
  businessName: text.nullable(),
  businessType: text.nullable(),
  registerNumber: text.nullable(),
  vatId: text.nullable(),
  /** null: no check digit we can verify for that country. */
  vatValid: z.boolean().nullable(),
  address: text.nullable(),
  country: z.string().max(60).nullable(),
  email: text.nullable(),
  phone: text.nullable(),
});
export type TraderDetails = z.infer<typeof TraderDetailsSchema>;

export const SellerSchema = z.object({
  name: text.nullable(),
  id: z.string().max(40).nullable(),
  profileUrl: z.string().max(2000).nullable(),
  /** Sold by the marketplace itself (Amazon, Amazon Warehouse, eBay's own shops are rare). */
  isMarketplace: z.boolean(),
  shipsFrom: text.nullable(),
  newSellerMarker: text.nullable(),
  ratingCount: z.number().int().nonnegative().nullable(),
  positivePercent: z.number().min(0).max(100).nullable(),
  memberSince: text.nullable(),
  itemLocation: text.nullable(),
});
export type Seller = z.infer<typeof SellerSchema>;

export const MarketplaceFactsSchema = z.object({
  marketplace: z.enum(['amazon', 'ebay']),
  pageKind: z.enum(['product', 'seller-profile']),
  seller: SellerSchema,
  trader: TraderDetailsSchema.nullable(),
  priceCents: z.number().int().nullable(),
  listPriceCents: z.number().int().nullable(),
  /** E-mail, WhatsApp or phone numbers in the listing's title or description: a push to leave the platform. */
  offPlatformContact: z.array(text).max(5),
  /** Which fields the adapter could read; a missing field is never held against the seller. */
  fieldsRead: z.array(z.string().max(40)).max(30),
  fieldsMissing: z.array(z.string().max(40)).max(30),
});
export type MarketplaceFacts = z.infer<typeof MarketplaceFactsSchema>;
