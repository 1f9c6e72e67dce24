import { HttpUrlSchema } from './http-url';
import { z } from './zod';

/** Marketplace listings and seller profiles (issue #5). Only what an adapter could read is set. */
const text = z.string().max(300);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Another seller's offer for the same item ("Andere Verkäufer auf Amazon", all-offers display). */
export const OtherOfferSchema = z.object({
  priceCents: z.number().int().positive(),
  seller: text,
});
export type OtherOffer = z.infer<typeof OtherOfferSchema>;

export const TraderDetailsSchema = z.object({
  businessName: text.nullable(),
  businessType: text.nullable(),
  registerNumber: text.nullable(),
  vatId: text.nullable(),
  /** null: no check digit we can verify for that country. */
  vatValid: z.boolean().nullable(),
  address: text.nullable(),
  country: z.string().max(60).nullable(),
  /** ISO 3166-1 alpha-2 of that country, when it is one (src/shared/country.ts). */
  countryCode: z.string().regex(/^[A-Z]{2}$/).nullable(),
  email: text.nullable(),
  phone: text.nullable(),
});
export type TraderDetails = z.infer<typeof TraderDetailsSchema>;

export const SellerSchema = z.object({
  name: text.nullable(),
  id: z.string().max(40).nullable(),
  profileUrl: HttpUrlSchema.nullable(),
  /** Sold by the marketplace itself (Amazon, Amazon Warehouse, eBay's own shops are rare). */
  isMarketplace: z.boolean(),
  shipsFrom: text.nullable(),
  /** Trader or private person, as the marketplace labels it; only traders owe the DSA trader details. null: not shown. */
  sellerType: z.enum(['business', 'private']).nullable(),
  newSellerMarker: text.nullable(),
  ratingCount: z.number().int().nonnegative().nullable(),
  positivePercent: z.number().min(0).max(100).nullable(),
  memberSince: text.nullable(),
  /** memberSince as the earliest date it can mean ("Okt 2026" → 2026-10-01), so an age is never overstated as young. */
  memberSinceDate: isoDate.nullable(),
  /** Ratings received in the last 12 months, where the profile breaks them down; with a lifetime count it shows a dormant account. */
  ratingsLast12Months: z.number().int().nonnegative().nullable(),
  itemLocation: text.nullable(),
});
export type Seller = z.infer<typeof SellerSchema>;

export const MarketplaceFactsSchema = z.object({
  marketplace: z.enum(['amazon', 'ebay', 'kleinanzeigen']),
  pageKind: z.enum(['product', 'seller-profile']),
  seller: SellerSchema,
  trader: TraderDetailsSchema.nullable(),
  /** The listing's title as the adapter read it (null on profiles). */
  title: text.nullable(),
  priceCents: z.number().int().nullable(),
  /** ISO 4217 code of the listing's price ("EUR", "GBP"), as printed next to it. */
  currency: z.string().regex(/^[A-Z]{3}$/).nullable(),
  listPriceCents: z.number().int().nullable(),
  /** Other sellers' offers shown on the listing; empty when the page showed none. */
  otherOffers: z.array(OtherOfferSchema).max(10),
  /** Claims about where the seller is: "Versand aus Deutschland", "deutscher Händler" in the listing. */
  originClaims: z.array(z.object({ country: z.string().regex(/^[A-Z]{2}$/), text })).max(5),
  /** E-mail, WhatsApp or phone numbers in the listing's title or description: a push to leave the platform. */
  offPlatformContact: z.array(text).max(5),
  /** Requests to pay without buyer protection: "PayPal Freunde & Familie", "nur Überweisung". */
  unprotectedPayment: z.array(text).max(5),
  /** eBay's item description lives in a frame on its own description host; read from there when the listing lacks it. */
  descriptionUrl: z.string().max(2000).nullable().optional(),
  /** Which fields the adapter could read; a missing field is never held against the seller. */
  fieldsRead: z.array(z.string().max(40)).max(30),
  fieldsMissing: z.array(z.string().max(40)).max(30),
});
export type MarketplaceFacts = z.infer<typeof MarketplaceFactsSchema>;
