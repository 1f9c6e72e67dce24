import { extractFacts } from '../content/extract';
import { fetchSameOriginDocument } from '../content/follow-up/fetch-page';
import { parseImpressum } from '../content/impressum/parse';
import type { PageFacts } from '../shared/facts';

/**
 * "Read the shop" before visiting it: fetch the linked page (and the home page if the link is not
 * a shop page) and the shop's own Impressum, and run the same extraction as a visit. Same bounds
 * as the Impressum follow-up (same origin, no cookies, 1 MB and 3 s each): at most three requests.
 * Runs in the check view, an extension page, because the service worker has no DOMParser.
 */
export async function readShop(address: URL): Promise<PageFacts | null> {
  const home = new URL('/', address);
  const candidates = address.pathname === '/' ? [address.href] : [address.href, home.href];
  let facts: PageFacts | null = null;
  for (const href of candidates) {
    const page = await fetchSameOriginDocument(href, href);
    if (!page) continue;
    facts = extractFacts(page.doc, page.url);
    if (facts.pageType.pageType !== 'not-shop') break;
  }
  if (!facts) return null;
  const link = facts.legalLinks?.impressum;
  if (link?.href && link.sameSite) {
    const imprint = await fetchSameOriginDocument(link.href, facts.url);
    const details = imprint ? parseImpressum(imprint.doc, imprint.url) : null;
    if (details) facts = { ...facts, impressumDetails: details };
  }
  return facts;
}
