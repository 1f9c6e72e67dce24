import { PageFactsSchema, type PageFacts } from '../shared/facts';
import { buildContext } from './context';
import { SIGNALS } from './signals';
import { classifyPage } from './signals/page-type';
import { adapterFor } from './adapters';
import { pageKindOf } from './page-kind';
import { impressumFromContext } from './impressum/parse';

export interface ExtractOptions {
  /** Clock for elapsed time; injected so the CLI and tests can run without `performance`. */
  now?: () => number;
  /** Milliseconds after which the remaining signals are skipped (listed in `failed` as "budget:…"). */
  budgetMs?: number;
  /**
   * The background's answer to "has this site shown that it sells?" (its site profile). A page
   * without shop evidence of its own is read only then: a shop's contact or about page gets the
   * site's verdict, a blog's does not (issue 15, class 1).
   */
  siteSells?: boolean;
}

/** A shop page must never freeze: after this, what is left is skipped, not run. */
export const DEFAULT_BUDGET_MS = 400;

/**
 * DOM → PageFacts. Runs in the content script, in the CLI (happy-dom) and in tests: the caller
 * passes the root and URL. One failing signal never sinks the page: it is listed in `failed`.
 */
export function extractFacts(root: ParentNode, pageUrl: string, options: ExtractOptions = {}): PageFacts {
  const now = options.now ?? (() => Date.now());
  const started = now();
  const url = new URL(pageUrl);
  const ctx = buildContext(root, url);
  const failed: string[] = [];
  const facts: Record<string, unknown> = {
    url: url.href.slice(0, 4000),
    host: url.hostname,
    lang: (root as Document).documentElement?.getAttribute('lang')?.slice(0, 20) || null,
  };

  let classified: PageFacts['pageType'] = { pageType: 'not-shop', shopEvidence: [] };
  try {
    classified = classifyPage(ctx);
  } catch {
    failed.push('page-type');
  }
  // A marketplace adapter knows its own product and seller pages better than the generic guess.
  const adapter = adapterFor(ctx);
  if (adapter) {
    try {
      const market = adapter.extract(ctx);
      if (market) {
        facts.marketplace = market;
        ctx.marketplace = market;
        classified = { pageType: 'product', shopEvidence: [`${adapter.id} ${market.pageKind}`, ...classified.shopEvidence].slice(0, 20) };
      }
    } catch {
      failed.push(`adapter:${adapter.id}`);
    }
  }
  if (classified.pageType === 'not-shop' && options.siteSells) classified = { pageType: 'info', shopEvidence: [] };
  facts.pageType = classified;

  const sells = classified.shopEvidence.length > 0 || options.siteSells === true;
  if (classified.pageType !== 'not-shop' && sells) {
    const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
    for (const signal of SIGNALS) {
      if (signal.key === 'pageType') continue;
      if (now() - started > budget) {
        failed.push(`budget:${signal.id}`);
        continue;
      }
      try {
        const section = signal.extract(ctx);
        if (section !== undefined) facts[signal.key] = section;
      } catch {
        failed.push(signal.id);
      }
    }
    // On the shop's Impressum itself, read it like the follow-up would: its gaps are this page's evidence.
    if (classified.pageType === 'legal') {
      try {
        if (now() - started > budget) failed.push('budget:impressum');
        else if (pageKindOf(ctx) === 'impressum') facts.impressumDetails = impressumFromContext(ctx);
      } catch {
        failed.push('impressum');
      }
    }
  }
  facts.extraction = { elapsedMs: Math.max(0, now() - started), truncated: ctx.truncated, failed };

  const parsed = PageFactsSchema.safeParse(facts);
  if (parsed.success) return parsed.data;
  // A section that does not fit its schema is dropped rather than trusted.
  const bad = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  for (const key of bad) if (!['url', 'host', 'lang', 'pageType', 'extraction'].includes(key)) delete facts[key];
  (facts.extraction as { failed: string[] }).failed.push(...[...bad].map((k) => `schema:${k}`));
  return PageFactsSchema.parse(facts);
}
