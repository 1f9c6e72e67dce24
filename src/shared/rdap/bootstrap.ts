import { z } from '../zod';

/**
 * IANA's RDAP bootstrap for domain names (RFC 9224): which RDAP server answers for which TLD.
 * A TLD missing from it (e.g. .de) has no public RDAP service.
 */
export const IANA_DNS_BOOTSTRAP_URL = 'https://data.iana.org/rdap/dns.json';

/** The optional host permission the domain-age switch asks for: RDAP servers are whichever https hosts the bootstrap names. */
export const RDAP_ORIGINS = ['https://*/*'];

export const RdapBootstrapSchema = z.object({
  services: z.array(z.tuple([z.array(z.string().max(63)).max(2000), z.array(z.string().max(300)).max(10)])).max(2000),
});
export type RdapBootstrap = z.infer<typeof RdapBootstrapSchema>;

/** Where RDAP may be asked: https servers only, except a local test server when allowed. */
export function isUsableServer(url: string, allowLocalHttp: boolean): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.username || parsed.password) return false;
    if (parsed.protocol === 'https:') return true;
    return allowLocalHttp && parsed.protocol === 'http:' && (parsed.hostname === '127.0.0.1' || parsed.hostname === 'localhost');
  } catch {
    return false;
  }
}

/** The base URL of the RDAP server for a TLD (ending in "/"), or null when the registry has none. */
export function rdapServerFor(bootstrap: RdapBootstrap, tld: string, allowLocalHttp = false): string | null {
  const wanted = tld.toLowerCase();
  for (const [tlds, urls] of bootstrap.services) {
    if (!tlds.some((t) => t.toLowerCase() === wanted)) continue;
    const url = urls.find((u) => isUsableServer(u, allowLocalHttp));
    if (url) return url.endsWith('/') ? url : `${url}/`;
  }
  return null;
}
