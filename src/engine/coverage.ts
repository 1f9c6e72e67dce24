import type { PageFacts } from '../shared/facts';

/**
 * Core checks without which "no warning signs" would be a guess (issue 15, class 8): the page type,
 * the legal links, the payment methods and the prices of a shop; the seller of a marketplace
 * listing; and the whole page (a page cut at the text or link cap may hide the rest past the cut).
 */
export const CORE_CHECKS = ['page-type', 'legal-links', 'payment', 'prices', 'seller', 'whole-page'] as const;
export type CoreCheck = (typeof CORE_CHECKS)[number];

const SHOP_CORE: ReadonlyArray<[CoreCheck, string[]]> = [
  ['legal-links', ['legal-links', 'legalLinks']],
  ['payment', ['payment']],
  ['prices', ['prices']],
];

/** "budget:payment" / "schema:payment" / "payment" → "payment". */
const stepOf = (failure: string) => failure.replace(/^(budget|schema):/, '');

/** Which core checks were skipped or failed on this page; empty when all of them ran. */
export function uncheckedCoreChecks(facts: PageFacts): CoreCheck[] {
  const failed = new Set(facts.extraction.failed.map(stepOf));
  const out: CoreCheck[] = [];
  if (failed.has('page-type') || facts.pageType.pageType === 'unknown') out.push('page-type');
  const m = facts.marketplace;
  const adapterFailed = [...failed].some((f) => f.startsWith('adapter:'));
  // An offer whose seller could not be read: nobody can say who takes the money.
  const sellerUnread = m !== undefined && m.pageKind === 'product' && m.priceCents !== null && m.fieldsMissing.includes('seller');
  if (adapterFailed || sellerUnread) out.push('seller');
  // On a listing the payment and prices are the platform's; the shop checks do not apply there.
  if (!m) for (const [check, steps] of SHOP_CORE) if (steps.some((s) => failed.has(s))) out.push(check);
  if (facts.extraction.truncated) out.push('whole-page');
  return out;
}
