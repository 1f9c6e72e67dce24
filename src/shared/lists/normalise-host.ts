import { parse } from 'tldts';

/**
 * Turn one list cell ("https://www.Shop.de/p/1", "\"shop.de\"", "Apotheke-Österreich.com:8008")
 * into the host a browser would show, or say why it is not one. Pure; runs in the extension,
 * in Node (CLI) and in tests alike. Input is bounded before any parsing.
 */
export type HostResult = { host: string } | { why: RejectReason };

export type RejectReason = 'empty' | 'too-long' | 'not-a-domain' | 'public-suffix' | 'placeholder';

const MAX_CELL = 2000;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const IPV4 = /^(?:\d{1,3}\.){3}\d{1,3}$/;
const SCHEME = /^[a-z][a-z0-9+.-]{0,20}:\/\//i;

/** Cells that stand in for a real address in templates and example rows. */
const PLACEHOLDERS = new Set(['shopname', 'shop', 'domain', 'url', 'website', 'webseite', 'adresse', 'domain/muster', 'muster', 'beispiel', 'example', 'example.com', 'example.org', 'example.net', 'beispiel.de', 'muster.de', 'musterdomain.de', 'n/a', 'na', 'none', '-', '–', '...', '…', 'tbd']);

export function isPlaceholder(cell: string): boolean {
  const plain = cell.trim().toLowerCase().replace(/^www\./, '');
  return PLACEHOLDERS.has(plain) || /^(?:xxx|\.\.\.)/.test(plain);
}

const QUOTES = new Set(['"', "'", '“', '”', '„', '‚', '‘', '’', '\uFEFF', ' ', '\t']);

/** Strip quotes, BOM and whitespace around a cell (a loop, not a regex: cells come from strangers). */
export function cleanCell(cell: string): string {
  let start = 0;
  let end = cell.length;
  while (start < end && QUOTES.has(cell[start] as string)) start++;
  while (end > start && QUOTES.has(cell[end - 1] as string)) end--;
  return cell.slice(start, end).trim();
}

export function normaliseHost(raw: string): HostResult {
  const cell = cleanCell(raw);
  if (cell === '') return { why: 'empty' };
  if (cell.length > MAX_CELL) return { why: 'too-long' };
  if (isPlaceholder(cell)) return { why: 'placeholder' };
  if (/\s/.test(cell)) return { why: 'not-a-domain' };
  let hostname: string;
  try {
    // The URL parser does the hard parts: case, IDN → punycode, port, credentials, path, query.
    hostname = new URL(SCHEME.test(cell) ? cell : `http://${cell}`).hostname;
  } catch {
    return { why: 'not-a-domain' };
  }
  const host = hostname.replace(/\.$/, '').replace(/^www\d?\./, '');
  if (host.length === 0 || host.length > 253) return { why: 'not-a-domain' };
  if (IPV4.test(host)) return host.split('.').every((n) => Number(n) <= 255) ? { host } : { why: 'not-a-domain' };
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return { why: 'not-a-domain' };
  if (/^\d+$/.test(labels[labels.length - 1] ?? '')) return { why: 'not-a-domain' };
  const info = parse(host, { allowPrivateDomains: true });
  // "myshopify.com" or "co.uk" alone would list every shop below them.
  if (!info.domain) return { why: 'public-suffix' };
  return { host };
}

/** Registrable domain (eTLD+1, private suffixes such as myshopify.com included); the host itself for IPs. */
export function registrableDomain(host: string): string {
  return parse(host, { allowPrivateDomains: true }).domain ?? host;
}

/**
 * The host and each parent down to its registrable domain, most specific first:
 * "a.b.shop.de" → ["a.b.shop.de", "b.shop.de", "shop.de"]. Never a public suffix, so a listed
 * "x.myshopify.com" cannot match "y.myshopify.com".
 */
export function candidateHosts(host: string): string[] {
  const clean = host.toLowerCase().replace(/\.$/, '').replace(/^www\d?\./, '').slice(0, 253);
  if (clean === '') return [];
  // An IP address (or anything ending in a number, which a browser would read as one) is only itself.
  if (/\.\d+$/.test(clean) || IPV4.test(clean)) return [clean];
  const site = registrableDomain(clean);
  if (site === clean || !clean.endsWith(`.${site}`)) return [clean];
  const out: string[] = [];
  let current = clean;
  while (current !== site && out.length < 20) {
    out.push(current);
    current = current.slice(current.indexOf('.') + 1);
  }
  out.push(site);
  return out;
}
