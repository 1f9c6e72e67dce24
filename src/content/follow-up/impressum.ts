import type { PageFacts } from '../../shared/facts';
import { sendToBackground } from '../runtime';
import type { PageSite } from '../../shared/page-site';
import { parseImpressum } from '../impressum/parse';
import { fetchSameOriginDocument } from './fetch-page';

/**
 * After the first report: add what the shop's own Impressum says. The background caches per site
 * and grants at most three fetches per site, so browsing a shop costs one request, not one per page.
 * Returns null when there is nothing to add.
 */
export async function withImpressumDetails(facts: PageFacts, page: PageSite): Promise<PageFacts | null> {
  const link = facts.legalLinks?.impressum;
  const type = facts.pageType.pageType;
  if (!link?.href || !link.sameSite || type === 'not-shop' || type === 'legal' || facts.marketplace) return null;
  const site = page.site;
  const cached = await sendToBackground({ type: 'impressum/get', site });
  if (cached?.details) return { ...facts, impressumDetails: cached.details };
  if (!cached?.mayFetch) return null;
  const fetched = await fetchSameOriginDocument(link.href, facts.url);
  const details = fetched ? parseImpressum(fetched.doc, fetched.url, page) : null;
  await sendToBackground({ type: 'impressum/put', site, details });
  return details ? { ...facts, impressumDetails: details } : null;
}
