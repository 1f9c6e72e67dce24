import type { PageFacts } from '../../shared/facts';
import { sendToBackground } from '../../shared/platform';
import { siteFromUrl } from '../../shared/site';
import { parseImpressum } from '../impressum/parse';
import { fetchSameOriginDocument } from './fetch-page';

/**
 * After the first report: add what the shop's own Impressum says. The background caches per site
 * and grants at most three fetches per site, so browsing a shop costs one request, not one per page.
 * Returns null when there is nothing to add.
 */
export async function withImpressumDetails(facts: PageFacts): Promise<PageFacts | null> {
  const link = facts.legalLinks?.impressum;
  const type = facts.pageType.pageType;
  if (!link?.href || !link.sameSite || type === 'not-shop' || type === 'legal' || facts.marketplace) return null;
  const site = siteFromUrl(facts.url);
  const cached = await sendToBackground({ type: 'impressum/get', site });
  if (cached?.details) return { ...facts, impressumDetails: cached.details };
  if (!cached?.mayFetch) return null;
  const page = await fetchSameOriginDocument(link.href, facts.url);
  const details = page ? parseImpressum(page.doc, page.url) : null;
  await sendToBackground({ type: 'impressum/put', site, details });
  return details ? { ...facts, impressumDetails: details } : null;
}
