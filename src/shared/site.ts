import { getDomain } from 'tldts';

/** Registrable domain (eTLD+1) of a URL, e.g. "shop.example.co.uk" → "example.co.uk"; the host for IPs. */
export function siteFromUrl(href: string): string {
  try {
    const url = new URL(href);
    return getDomain(url.hostname, { allowPrivateDomains: true }) ?? url.hostname;
  } catch {
    return '';
  }
}
