/**
 * Which site a page belongs to, as the background computes it with the public suffix list (tldts)
 * and hands to the content side: the page itself never carries the 270 KB list (issue 16).
 * No zod here: the content side imports this module (the schema is in messages.ts).
 */
export interface PageSite {
  /** Registrable domain (eTLD+1, private suffixes such as myshopify.com included), or the host for IPs and localhost. */
  site: string;
  /** ICANN public suffix of the host ("de", "co.uk"); "" for IPs and localhost. */
  publicSuffix: string;
}

/**
 * Is `hostname` the site itself or one of its subdomains? This equals comparing registrable domains,
 * except below a site that is itself the parent of a private suffix (a bucket under
 * s3.amazonaws.com when the page is on amazonaws.com) — not how a shop links its own pages.
 */
export function isHostOfSite(hostname: string, site: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host === site || host.endsWith(`.${site}`);
}
