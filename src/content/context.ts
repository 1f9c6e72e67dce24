import { getDomain } from 'tldts';
import { collectText, queryAll, LIMITS, labelOf, resolveHref } from './dom';

/** One link as the signals see it: label (text/alt/title) and resolved URL. */
export interface PageLink {
  label: string;
  url: URL | null;
  rawHref: string | null;
}

/** Everything a signal may read. Built once per page so the DOM is walked once. */
export interface ExtractContext {
  root: ParentNode;
  url: URL;
  /** Registrable domain of the page (eTLD+1), or the host for IPs and localhost. */
  site: string;
  text: string;
  /** Lower-cased copy of `text` for keyword searches. */
  lowerText: string;
  links: PageLink[];
  truncated: boolean;
}

export function siteOf(url: URL): string {
  return getDomain(url.hostname, { allowPrivateDomains: true }) ?? url.hostname;
}

export function buildContext(root: ParentNode, url: URL): ExtractContext {
  const { text, truncated } = collectText(root);
  const anchors = queryAll<HTMLAnchorElement>(root, 'a[href]', LIMITS.maxElements);
  const links: PageLink[] = anchors.map((a) => {
    const rawHref = a.getAttribute('href');
    return { label: labelOf(a), url: resolveHref(rawHref, url), rawHref };
  });
  return {
    root,
    url,
    site: siteOf(url),
    text,
    lowerText: text.toLowerCase(),
    links,
    truncated: truncated || anchors.length >= LIMITS.maxElements,
  };
}

export function isSameSite(ctx: ExtractContext, url: URL | null): boolean {
  return url !== null && siteOf(url) === ctx.site;
}
