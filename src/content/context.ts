import type { PageType } from '../shared/facts';
import type { MarketplaceFacts } from '../shared/facts-marketplace';
import { isHostOfSite, type PageSite } from '../shared/page-site';
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
  /** Registrable domain of the page (eTLD+1), or the host for IPs and localhost; computed by the background. */
  site: string;
  /** ICANN public suffix of the page's host ("de", "co.uk"), from the background. */
  publicSuffix: string;
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

/** A link whose URL is resolved on first use: most signals only read labels. */
class LazyLink implements PageLink {
  #url: URL | null | undefined;
  constructor(
    readonly label: string,
    readonly rawHref: string | null,
    private readonly base: URL,
  ) {}

  get url(): URL | null {
    if (this.#url === undefined) this.#url = resolveHref(this.rawHref, this.base);
    return this.#url;
  }
}

/**
 * `page` says which site the page is on: the background computes it (tldts stays out of the page).
 * The text walk runs here; links and the lower-cased text are built by the first signal that reads
 * them, so the extraction's steps share the work out instead of front-loading it.
 */
export function buildContext(root: ParentNode, url: URL, page: PageSite): ExtractContext {
  const { text, truncated } = collectText(root);
  let links: PageLink[] | null = null;
  let linksTruncated = false;
  let lowerText: string | null = null;
  let jsonLd: Array<Record<string, unknown>> | null = null;
  return {
    root,
    url,
    site: page.site,
    publicSuffix: page.publicSuffix,
    text,
    get lowerText() {
      return (lowerText ??= text.toLowerCase());
    },
    get links() {
      if (!links) {
        const anchors = queryAll<HTMLAnchorElement>(root, 'a[href]', LIMITS.maxElements);
        linksTruncated = anchors.length >= LIMITS.maxElements;
        links = anchors.map((a) => new LazyLink(labelOf(a), a.getAttribute('href'), url));
      }
      return links;
    },
    /** Whether a limit cut the page short, as far as it has been read (links count once they were collected). */
    get truncated() {
      return truncated || linksTruncated;
    },
    jsonLd: () => (jsonLd ??= jsonLdObjects(root)),
  };
}

export function isSameSite(ctx: ExtractContext, url: URL | null): boolean {
  return url !== null && isHostOfSite(url.hostname, ctx.site);
}
