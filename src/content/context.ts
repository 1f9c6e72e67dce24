import type { PageType } from '../shared/facts';
import type { MarketplaceFacts } from '../shared/facts-marketplace';
import { siteOfHost } from '../shared/site';
import { collectText, queryAll, LIMITS, labelOf, resolveHref } from './dom';
import { jsonLdObjects } from './json-ld';

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
  /** What a marketplace adapter read (title, price), set before the signals run; absent elsewhere. */
  marketplace?: MarketplaceFacts;
  /** The page type, set once the page is classified (before the signals run). */
  pageType?: PageType;
  /** The page's JSON-LD objects, parsed on first use and shared by every signal. */
  jsonLd(): Array<Record<string, unknown>>;
}

export const siteOf = (url: URL): string => siteOfHost(url.hostname);

export function buildContext(root: ParentNode, url: URL): ExtractContext {
  const { text, truncated } = collectText(root);
  const anchors = queryAll<HTMLAnchorElement>(root, 'a[href]', LIMITS.maxElements);
  const links: PageLink[] = anchors.map((a) => {
    const rawHref = a.getAttribute('href');
    return { label: labelOf(a), url: resolveHref(rawHref, url), rawHref };
  });
  let jsonLd: Array<Record<string, unknown>> | null = null;
  return {
    root,
    url,
    site: siteOf(url),
    text,
    lowerText: text.toLowerCase(),
    links,
    truncated: truncated || anchors.length >= LIMITS.maxElements,
    jsonLd: () => (jsonLd ??= jsonLdObjects(root)),
  };
}

export function isSameSite(ctx: ExtractContext, url: URL | null): boolean {
  return url !== null && siteOf(url) === ctx.site;
}
