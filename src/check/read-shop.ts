import { extractFacts } from '../content/extract';
import { fetchSameOriginDocument } from '../content/follow-up/fetch-page';
import { parseImpressum } from '../content/impressum/parse';
import type { PageFacts } from '../shared/facts';

/**
 * "Read the shop" before visiting it: fetch the linked page (and the home page if the link is not
 * a shop page) and the shop's own Impressum, and run the same extraction as a visit. Same bounds
 * as the Impressum follow-up (same origin, no cookies, 1 MB and 3 s each): the page, the home page
 * (of the shop's host with or without www.) and the Impressum, each tried at most twice.
 * Runs in the check view, an extension page, because the service worker has no DOMParser.
 */
export async function readShop(address: URL): Promise<PageFacts | null> {
  const home = new URL('/', address);
  // Redirects are not followed (see fetchSameOriginDocument); shop.de → www.shop.de is the common one.
  const otherHost = new URL(home);
  otherHost.hostname = home.hostname.startsWith('www.') ? home.hostname.slice(4) : `www.${home.hostname}`;
  const candidates = [...new Set([address.href, home.href, otherHost.href])];
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
