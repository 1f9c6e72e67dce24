/** Does a granted host match pattern (any host, "*.example.org", one host, or <all_urls>) cover this URL's origin? Pure. */
export function patternCovers(pattern: string, origin: URL): boolean {
  if (pattern === '<all_urls>') return origin.protocol === 'http:' || origin.protocol === 'https:';
  const match = /^(\*|https?):\/\/([^/]+)\//.exec(pattern);
  if (!match) return false;
  const [, scheme, host] = match as unknown as [string, string, string];
  if (scheme === '*' ? !['http:', 'https:'].includes(origin.protocol) : `${scheme}:` !== origin.protocol) return false;
  const name = origin.hostname;
  if (host === '*') return true;
  if (host.startsWith('*.')) return name === host.slice(2) || name.endsWith(host.slice(1));
  return name === host;
}
