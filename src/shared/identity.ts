import { z } from './zod';

/**
 * Identities of a business (issue 17): what a shop or marketplace seller shows that names the
 * business behind it, normalised so the same one matches on another domain or seller account.
 * Kept in IndexedDB per site or "marketplace:seller", indexed by identifier.
 */
export const IdentityKindSchema = z.enum(['iban', 'vat', 'register', 'phone', 'email', 'name-address', 'impressum', 'template']);
export type IdentityKind = z.infer<typeof IdentityKindSchema>;

/**
 * strong: sharing it connects two sites or sellers. copyable: it stands in an Impressum anyone can
 * copy — fake shops copy real companies' details — so a shop must not be painted red only because
 * a fake shop copied its Impressum (nothing a page does may change another site's verdict). An
 * IBAN is no such claim: a shop shows its own account, the one it wants to be paid on.
 */
export const IDENTITY_KINDS: Record<IdentityKind, { strong: boolean; copyable: boolean }> = {
  iban: { strong: true, copyable: false },
  vat: { strong: true, copyable: true },
  register: { strong: true, copyable: true },
  phone: { strong: true, copyable: true },
  email: { strong: true, copyable: true },
  'name-address': { strong: true, copyable: true },
  impressum: { strong: true, copyable: true },
  template: { strong: false, copyable: true },
};

const signature = z.array(z.number().int().nonnegative()).length(64);

export const IdentitySchema = z.object({
  kind: IdentityKindSchema,
  /** Normalised value ("DE89370400440532013000", "+4930123456"); "sig" for fingerprints. */
  value: z.string().min(1).max(300),
  /** As the shopper should see it (an IBAN shortened: "PL61 … 4567"). */
  display: z.string().max(200),
  /** MinHash of an Impressum or template (near-duplicates are compared, not matched exactly). */
  signature: signature.optional(),
});
export type Identity = z.infer<typeof IdentitySchema>;

/** One identifier as a subject (site or seller) showed it. Band records index fingerprints. */
export const IdentityRecordSchema = z.object({
  key: z.string().max(700),
  /** `${kind}|${value}`: the index two subjects meet on. */
  ident: z.string().max(320),
  kind: z.union([IdentityKindSchema, z.enum(['impressum-band', 'template-band'])]),
  value: z.string().max(300),
  display: z.string().max(200),
  subject: z.string().max(300),
  label: z.string().max(300),
  /** Path of the page it was last seen on. */
  path: z.string().max(200),
  firstSeen: z.number(),
  seenAt: z.number(),
  signature: signature.optional(),
});
export type IdentityRecord = z.infer<typeof IdentityRecordSchema>;

const seen = z.object({ at: z.number(), path: z.string().max(200) });

/** What two subjects share, and when and where each showed it. */
export const SharedIdentitySchema = z.object({ kind: IdentityKindSchema, display: z.string().max(200), a: seen, b: seen });

/** Two sites or sellers that share a strong identifier. `removed`: the shopper said they are not connected. */
export const ConnectionRecordSchema = z.object({
  key: z.string().max(700),
  a: z.string().max(300),
  aLabel: z.string().max(300),
  b: z.string().max(300),
  bLabel: z.string().max(300),
  shared: z.array(SharedIdentitySchema).max(12),
  firstSeen: z.number(),
  lastSeen: z.number(),
  removed: z.boolean(),
});
export type ConnectionRecord = z.infer<typeof ConnectionRecordSchema>;

/** Why a connected site or seller matters: on a fake-shop list, marked suspicious, or rated high. */
export const SubjectStatusSchema = z.object({ listed: z.boolean(), suspicious: z.boolean(), ratedHigh: z.boolean() });
export type SubjectStatus = z.infer<typeof SubjectStatusSchema>;

/** A connection as one side sees it (popup, options, engine). */
export const ConnectionViewSchema = z.object({
  key: z.string().max(700),
  other: z.string().max(300),
  otherLabel: z.string().max(300),
  /** When and where the other side showed each shared identifier. */
  shared: z.array(z.object({ kind: IdentityKindSchema, display: z.string().max(200), at: z.number(), path: z.string().max(200) })).max(12),
  status: SubjectStatusSchema,
});
export type ConnectionView = z.infer<typeof ConnectionViewSchema>;

export const IDENTITY_LIMITS = {
  /** Identifier records kept per site or seller (fingerprint bands included). */
  perSubject: 80,
  /** Records kept in total; the least recently seen go first. */
  total: 20_000,
  connections: 2_000,
  /** Estimated Jaccard similarity from which two Impressum texts or templates count as the same. */
  impressumSimilarity: 0.5,
  templateSimilarity: 0.7,
} as const;
