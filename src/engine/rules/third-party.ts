import type { PageFacts } from '../../shared/facts';

/** Third-party seller of a marketplace listing or profile; marketplace rules never judge the marketplace itself. */
export function thirdParty(facts: PageFacts) {
  const m = facts.marketplace;
  return m && !m.seller.isMarketplace ? m : null;
}

const DAY_MS = 86_400_000;

/** Whole days from an ISO date to the engine's "now"; null without a clock or a date. */
export function daysSince(isoDate: string | null, now: number | undefined): number | null {
  if (!isoDate || now === undefined) return null;
  const then = Date.parse(`${isoDate}T00:00:00Z`);
  return Number.isNaN(then) ? null : Math.floor((now - then) / DAY_MS);
}
