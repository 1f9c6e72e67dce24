import type { ExtractContext } from '../../content/context';
import { extractDomain } from '../../content/signals/domain';
import type { PageFacts } from '../../shared/facts';
import { siteOfHost } from '../../shared/site';

/**
 * Facts about an address without its page: the URL and what its domain name shows. Used for the
 * red badge before a listed page has loaded and for "check an address". Page sections are absent,
 * so page rules stay silent rather than guess. (TODO 2027-01: use w-domains' domain-only facts
 * builder once it is on main.)
 */
export function domainOnlyFacts(url: URL): PageFacts {
  // The domain signal reads only the URL; the rest of this context stands for an empty page.
  const emptyPage: ExtractContext = { root: undefined as unknown as ParentNode, url, site: siteOfHost(url.hostname), text: '', lowerText: '', links: [], truncated: false, jsonLd: () => [] };
  return {
    url: url.href.slice(0, 4000),
    host: url.hostname,
    lang: null,
    pageType: { pageType: 'home', shopEvidence: [] },
    domain: extractDomain(emptyPage),
    extraction: { elapsedMs: 0, truncated: false, failed: [] },
  };
}
