import { PageFactsSchema, sanitiseFacts, type PageFacts } from '../shared/facts';
import type { PageSite } from '../shared/page-site';
import { buildContext } from './context';
import { SIGNALS } from './signals';
import { classifyPage } from './signals/page-type';
import { adapterFor } from './adapters';

export interface ExtractOptions {
  /** The page's site, computed by the background (content scripts carry no public suffix list). */
  site: PageSite;
  /** Clock for elapsed time; injected so the CLI and tests can run without `performance`. */
  now?: () => number;
  /** Milliseconds after which the remaining signals are skipped (listed in `failed` as "budget:…"). */
  budgetMs?: number;
}

/** A shop page must never freeze: after this, what is left is skipped, not run. */
export const DEFAULT_BUDGET_MS = 400;

/**
 * DOM → PageFacts, all at once and validated. Runs in the CLI (happy-dom) and in tests: the caller
 * passes the root, URL and site. One failing signal never sinks the page: it is listed in `failed`.
 */
export function extractFacts(root: ParentNode, pageUrl: string, options: ExtractOptions): PageFacts {
  const steps = extractionSteps(root, pageUrl, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return PageFactsSchema.parse(sanitiseFacts(step.value));
  }
}

/**
 * The extraction as a sequence of steps (context, page type, adapter, then one per signal): it
 * pauses after each, so the content script can give the page its main thread back in between
 * (src/content/slices.ts). `now` must then count only the extraction's own time, not the pauses.
 * The facts it returns are not yet validated: the content script sends them as they are and the
 * background validates (sanitiseFacts), so no schema library is loaded into the page.
 */
export function* extractionSteps(root: ParentNode, pageUrl: string, options: ExtractOptions): Generator<string, PageFacts, void> {
  const now = options.now ?? (() => Date.now());
  const started = now();
  const url = new URL(pageUrl);
  const ctx = buildContext(root, url, options.site);
  yield 'context';
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
  yield 'page-type';
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
  facts.pageType = classified;
  if (adapter) yield `adapter:${adapter.id}`;

  if (classified.pageType !== 'not-shop') {
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
      yield signal.id;
    }
  }
  facts.extraction = { elapsedMs: Math.max(0, now() - started), truncated: ctx.truncated, failed };
  return facts as PageFacts;
}
