import { PageFactsSchema, type PageFacts } from '../shared/facts';
import { buildContext, type ExtractContext } from './context';
import { SIGNALS } from './signals';
import { classifyPage } from './signals/page-type';
import { adapterFor } from './adapters';
import type { Adapter } from './adapters/types';
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
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  // Everything counts against the budget: reading the page, classifying it, the adapter, the signals.
  const outOfTime = () => now() - started > budget;
  const url = new URL(pageUrl);
  const failed: string[] = [];
  const facts: Record<string, unknown> = {
    url: url.href.slice(0, 4000),
    host: url.hostname,
    lang: (root as Document).documentElement?.getAttribute('lang')?.slice(0, 20) || null,
  };
  let ctx: ExtractContext;
  try {
    ctx = buildContext(root, url);
  } catch {
    // A DOM that cannot even be read (nested beyond what the DOM code can walk): nothing was checked.
    facts.pageType = { pageType: 'unknown', shopEvidence: [] };
    facts.extraction = { elapsedMs: Math.max(0, now() - started), truncated: true, failed: ['page-read'] };
    return validated(facts);
  }

  facts.pageType = classifyWithinBudget(ctx, outOfTime, failed);
  // A marketplace adapter knows its own product and seller pages better than the generic guess.
  const adapter = adapterFor(ctx);
  if (adapter && outOfTime()) failed.push(`budget:adapter:${adapter.id}`);
  else if (adapter) runAdapter(adapter, ctx, facts, failed);
  let classified = facts.pageType as PageFacts['pageType'];
  if (classified.pageType === 'not-shop' && options.siteSells) {
    classified = { pageType: 'info', shopEvidence: [] };
    facts.pageType = classified;
  }
  ctx.pageType = classified.pageType;
  // A page without shop evidence of its own is read only when its site sells; an 'unknown' page
  // (not classified in time) is read as far as the budget goes and is never taken for "not a shop".
  const sells = classified.shopEvidence.length > 0 || options.siteSells === true || classified.pageType === 'unknown';
  if (classified.pageType !== 'not-shop' && sells) {
    for (const signal of SIGNALS) {
      if (signal.key === 'pageType') continue;
      if (outOfTime()) {
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
        if (outOfTime()) failed.push('budget:impressum');
        else if (pageKindOf(ctx) === 'impressum') facts.impressumDetails = impressumFromContext(ctx);
      } catch {
        failed.push('impressum');
      }
    }
  }
  const elapsedMs = Math.max(0, now() - started);
  // One step that ran long after the last check is still said, never silent.
  if (elapsedMs > budget && !failed.some((f) => f.startsWith('budget:'))) failed.push('budget:overrun');
  facts.extraction = { elapsedMs, truncated: ctx.truncated, failed: failed.slice(0, 50) };
  return validated(facts);
}

/**
 * Page type, inside the budget. A page that could not be classified in time is "unknown" — scored
 * as "could not check fully" — rather than "not a shop", which a huge hostile page could otherwise buy.
 */
function classifyWithinBudget(ctx: ExtractContext, outOfTime: () => boolean, failed: string[]): PageFacts['pageType'] {
  let classified: PageFacts['pageType'] = { pageType: 'not-shop', shopEvidence: [] };
  if (outOfTime()) {
    failed.push('budget:page-type');
    return { pageType: 'unknown', shopEvidence: [] };
  }
  try {
    classified = classifyPage(ctx);
  } catch {
    failed.push('page-type');
    return { pageType: 'unknown', shopEvidence: [] };
  }
  if (outOfTime()) {
    failed.push('budget:page-type');
    if (classified.pageType === 'not-shop') return { pageType: 'unknown', shopEvidence: [] };
  }
  return classified;
}

function runAdapter(adapter: Adapter, ctx: ExtractContext, facts: Record<string, unknown>, failed: string[]): void {
  try {
    const market = adapter.extract(ctx);
    if (!market) return;
    facts.marketplace = market;
    ctx.marketplace = market;
    const evidence = (facts.pageType as PageFacts['pageType']).shopEvidence;
    facts.pageType = { pageType: 'product', shopEvidence: [`${adapter.id} ${market.pageKind}`, ...evidence].slice(0, 20) };
  } catch {
    failed.push(`adapter:${adapter.id}`);
  }
}

function validated(facts: Record<string, unknown>): PageFacts {
  const parsed = PageFactsSchema.safeParse(facts);
  if (parsed.success) return parsed.data;
  // A section that does not fit its schema is dropped rather than trusted.
  const bad = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  for (const key of bad) if (!['url', 'host', 'lang', 'pageType', 'extraction'].includes(key)) delete facts[key];
  const failed = (facts.extraction as { failed: string[] }).failed;
  failed.push(...[...bad].map((k) => `schema:${k}`));
  failed.splice(50);
  return PageFactsSchema.parse(facts);
}
