import { getDomain, getPublicSuffix } from 'tldts';
import type { PageSite } from './page-site';

/**
 * Registrable domains need the public suffix list (tldts, ~270 KB): used by the background and
 * the CLI only. Content scripts receive the result as a PageSite (src/shared/page-site.ts).
 */

/** Registrable domain (eTLD+1) of a host, e.g. "shop.example.co.uk" → "example.co.uk"; the host itself for IPs and localhost. */
export function siteOfHost(hostname: string): string {
  return getDomain(hostname, { allowPrivateDomains: true }) ?? hostname;
}

/** The same for a URL string; "" when it is not a URL. */
export function siteFromUrl(href: string): string {
  try {
    return siteOfHost(new URL(href).hostname);
  } catch {
    return '';
  }
}

/** pageSiteOf for callers that already validated the URL (CLI, tests); throws on a non-URL. */
export function requirePageSite(href: string): PageSite {
  const site = pageSiteOf(href);
  if (!site) throw new Error(`not a URL: ${href}`);
  return site;
}

/** What the content side needs to know about the site of a page at `href`; null when it is not a URL. */
export function pageSiteOf(href: string): PageSite | null {
  try {
    const { hostname } = new URL(href);
    return { site: siteOfHost(hostname), publicSuffix: getPublicSuffix(hostname) ?? '' };
  } catch {
    return null;
  }
}
