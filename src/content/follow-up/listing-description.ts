import type { PageFacts } from '../../shared/facts';
import { sendToBackground } from '../../shared/platform';
import { descriptionTextOf, mergeDescription } from './description-merge';

/**
 * On an eBay listing whose description sits in a frame on eBay's description host: ask the background
 * to fetch it (the page loads the same address itself) and read it like the listing's own text.
 */
export async function withListingDescription(facts: PageFacts): Promise<PageFacts | null> {
  const m = facts.marketplace;
  if (!m?.descriptionUrl || m.pageKind !== 'product' || m.fieldsRead.includes('description')) return null;
  const answer = await sendToBackground({ type: 'listing/description', url: m.descriptionUrl });
  if (!answer?.html) return null;
  return { ...facts, marketplace: mergeDescription(m, descriptionTextOf(answer.html)) };
}
