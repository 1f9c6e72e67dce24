import type { PageFacts } from '../../shared/facts';
import type { MarketplaceFacts } from '../../shared/facts-marketplace';
import type { PageSite } from '../../shared/page-site';
import { sendToBackground } from '../runtime';
import { ADAPTERS } from '../adapters';
import { buildContext } from '../context';
import { fetchSameOriginDocument } from './fetch-page';

/** Profile details fill the listing's gaps; what the listing itself showed is kept. */
export function mergeSellerProfile(listing: MarketplaceFacts, profile: MarketplaceFacts): MarketplaceFacts {
  const s = listing.seller;
  return {
    ...listing,
    trader: profile.trader ?? listing.trader,
    seller: {
      ...s,
      ratingCount: s.ratingCount ?? profile.seller.ratingCount,
      positivePercent: s.positivePercent ?? profile.seller.positivePercent,
      newSellerMarker: s.newSellerMarker ?? profile.seller.newSellerMarker,
      ratingsLast12Months: s.ratingsLast12Months ?? profile.seller.ratingsLast12Months,
      sellerType: s.sellerType ?? profile.seller.sellerType,
      memberSince: s.memberSince ?? profile.seller.memberSince,
      memberSinceDate: s.memberSinceDate ?? profile.seller.memberSinceDate,
    },
    fieldsRead: [...new Set([...listing.fieldsRead, ...profile.fieldsRead.map((f) => `profile.${f}`)])].slice(0, 30),
    fieldsMissing: [...new Set([...listing.fieldsMissing, ...profile.fieldsMissing.map((f) => `profile.${f}`)])].slice(0, 30),
  };
}

/**
 * On a listing sold by a third party: read the seller's profile (same origin, bounded, cached per
 * seller for a day in the background) so the popup shows the trader details without a click.
 */
export async function withSellerProfile(facts: PageFacts, site: PageSite): Promise<PageFacts | null> {
  const m = facts.marketplace;
  if (!m || m.pageKind !== 'product' || m.seller.isMarketplace || !m.seller.profileUrl || !m.seller.id) return null;
  const key = `${m.marketplace}:${m.seller.id}`;
  const cached = await sendToBackground({ type: 'seller/get', key });
  let profile = cached?.profile ?? null;
  if (!profile && cached?.mayFetch) {
    const page = await fetchSameOriginDocument(m.seller.profileUrl, facts.url);
    const adapter = ADAPTERS.find((a) => a.id === m.marketplace);
    profile = page && adapter ? (adapter.extract(buildContext(page.doc, new URL(page.url), site)) ?? null) : null;
    if (profile?.pageKind !== 'seller-profile') profile = null;
    await sendToBackground({ type: 'seller/put', key, profile });
  }
  return profile ? { ...facts, marketplace: mergeSellerProfile(m, profile) } : null;
}
