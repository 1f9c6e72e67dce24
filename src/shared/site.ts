import { getDomain } from 'tldts';

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
