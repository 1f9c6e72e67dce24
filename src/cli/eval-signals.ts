/**
 * npx tsx src/cli/eval-signals.ts --corpus <dir> --split dev|test [--rules a,b] [--misses] [--json]
 * Signal-level figures on a generated corpus: for each pattern a page carries, does the rule that
 * should see it fire — whatever the page's level or page type? It runs the signals on every page
 * (also pages the extension would not score yet) and reads the page itself as its own Impressum
 * when the index calls it one, so a parser's recall is measured apart from page classification
 * and level calibration. Legitimate pages show which of those rules fire on them (false fires).
 * Only pages of the given split are opened.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildContext } from '../content/context';
import { parseImpressum } from '../content/impressum/parse';
import { SIGNALS } from '../content/signals';
import { RULES, DEFAULT_CONFIG } from '../engine';
import { PageFactsSchema, type PageFacts } from '../shared/facts';
import { parseHtml } from './load-page';
import { readPageFile } from './read-page';

/** Pattern of the generated corpus → the rule that should fire on a page carrying it. */
export const RULE_OF_PATTERN: Record<string, string | string[]> = {
  'impressum-missing': 'impressum-missing',
  'legal-pages-missing': 'legal-pages-missing',
  'impressum-po-box': 'impressum-incomplete',
  'impressum-no-street': 'impressum-incomplete',
  'impressum-no-register': 'impressum-incomplete',
  'impressum-bad-register': 'impressum-incomplete',
  'impressum-copied-company': 'impressum-unrelated-company',
  'vat-invalid': 'vat-id-invalid',
  'contact-free-mail': 'contact-free-mail',
  'trust-seal-unlinked': 'trust-seal-fake',
  'trust-seal-self-linked': 'trust-seal-fake',
  'urgency-widgets': 'urgency-tricks',
  'locale-mismatch': 'locale-mismatch',
  // Payment, bank account, price and medical patterns: any of the rules that report that finding.
  'prepayment-only': 'prepayment-only',
  'payment-logos-unavailable': ['payment-unavailable', 'prepayment-only'],
  'checkout-disabled-options': ['payment-unavailable', 'prepayment-only', 'checkout-methods-vanished'],
  'crypto-giftcard': ['checkout-crypto-gift-card', 'prepayment-only'],
  'iban-foreign': 'checkout-iban-foreign',
  'holder-foreign-company': ['checkout-recipient-foreign-company', 'checkout-private-recipient'],
  'holder-private-person': 'checkout-private-recipient',
  'price-too-good': 'prices-too-good',
  'price-jsonld-was': 'prices-too-good',
  'prices-sitewide-discount': 'prices-too-good',
  'price-high-value-absurd': 'price-high-value-implausible',
  'medical-dumping': 'medical-price-too-cheap',
  'medical-gouging': 'medical-price-gouging',
  'medical-unmarked': 'medical-mask-unmarked',
};
const rulesOf = (pattern: string): string[] => ([] as string[]).concat(RULE_OF_PATTERN[pattern] ?? []);
const OWN_RULES = new Set(Object.keys(RULE_OF_PATTERN).flatMap(rulesOf));
const schemaDrops = new Map<string, number>();
const IMPRESSUM_TYPES = new Set(['impressum']);
const ORDER_TYPES = new Set(['product', 'category', 'home', 'cart', 'checkout']);

interface Entry { file: string; label: string; url: string; split?: string; patterns?: string[]; page_type?: string; lang?: string; system?: string }

/** The follow-up: a page's same-site Impressum link, when that page is in the corpus (same split), is read like the extension reads it. */
function linkedImpressum(facts: Record<string, unknown>, byUrl: Map<string, Entry>, dir: string) {
  const href = (facts.legalLinks as PageFacts['legalLinks'])?.impressum?.href;
  const target = href ? byUrl.get(href.split('#')[0] ?? '') : undefined;
  if (!href || !target) return undefined;
  const page = parseHtml(readPageFile(path.join(dir, target.file)), target.url);
  try {
    return parseImpressum(page.document, target.url);
  } finally {
    void page.close();
  }
}

function factsOf(html: string, entry: Entry, byUrl: Map<string, Entry>, dir: string): PageFacts {
  const page = parseHtml(html, entry.url);
  try {
    const ctx = buildContext(page.document, new URL(entry.url));
    // The page type the index names (rules such as legal-pages-missing treat order steps apart).
    const pageType = ORDER_TYPES.has(entry.page_type ?? '') ? entry.page_type : 'legal';
    const facts: Record<string, unknown> = { url: entry.url, host: ctx.url.hostname, lang: null, pageType: { pageType, shopEvidence: [] }, extraction: { elapsedMs: 0, truncated: false, failed: [] } };
    for (const signal of SIGNALS) {
      if (signal.key === 'pageType') continue;
      const section = signal.extract(ctx);
      if (section !== undefined) facts[signal.key] = section;
    }
    if (IMPRESSUM_TYPES.has(entry.page_type ?? '')) facts.impressumDetails = parseImpressum(page.document, entry.url);
    else facts.impressumDetails = linkedImpressum(facts, byUrl, dir);
    // As extractFacts does: a section that does not fit its schema is dropped (and counted here).
    const parsed = PageFactsSchema.safeParse(facts);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0]);
      schemaDrops.set(key, (schemaDrops.get(key) ?? 0) + 1);
      if (key === 'impressumDetails' || key in facts) delete facts[key];
    }
    return PageFactsSchema.parse(facts);
  } finally {
    void page.close();
  }
}

function firedRules(facts: PageFacts): Map<string, string> {
  const fired = new Map<string, string>();
  for (const rule of RULES) {
    if (!OWN_RULES.has(rule.id)) continue;
    const hit = rule.evaluate(facts, { ...DEFAULT_CONFIG, now: Date.now() });
    if (hit && hit.points > 0) fired.set(rule.id, hit.evidence.map((e) => `${e.key}(${(e.subs ?? []).join('|')})`).join(' '));
  }
  return fired;
}

function main(): void {
  const args = parseArgs({ options: { corpus: { type: 'string' }, split: { type: 'string' }, misses: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } } });
  const dir = args.values.corpus;
  const split = args.values.split;
  if (!dir || (split !== 'dev' && split !== 'test')) throw new Error('usage: eval-signals --corpus <dir> --split dev|test [--misses] [--json]');
  const entries = fs.readFileSync(path.join(dir, 'index.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Entry).filter((e) => e.split === split);
  const byUrl = new Map(entries.map((e) => [e.url, e]));
  const perPattern = new Map<string, { pages: number; fired: number; misses: string[] }>();
  const falseFires = new Map<string, string[]>();
  for (const entry of entries) {
    const fired = firedRules(factsOf(readPageFile(path.join(dir, entry.file)), entry, byUrl, dir));
    const patterns = entry.patterns ?? [];
    if (entry.label === 'fake') {
      for (const p of patterns) {
        const rules = rulesOf(p);
        if (rules.length === 0) continue;
        const t = perPattern.get(p) ?? { pages: 0, fired: 0, misses: [] };
        t.pages++;
        if (rules.some((rule) => fired.has(rule))) t.fired++;
        else t.misses.push(`${entry.file} ${entry.lang}/${entry.system}/${entry.page_type}`);
        perPattern.set(p, t);
      }
    } else if (entry.label === 'legit') {
      for (const [rule, evidence] of fired) falseFires.set(rule, [...(falseFires.get(rule) ?? []), `${entry.file} ${entry.lang}/${entry.system}/${entry.page_type} [${patterns.join(',')}] ${evidence}`.slice(0, 300)]);
    }
  }
  const legit = entries.filter((e) => e.label === 'legit').length;
  if (args.values.json) {
    process.stdout.write(`${JSON.stringify({ split, patterns: Object.fromEntries(perPattern), falseFires: Object.fromEntries(falseFires), legit })}\n`);
    return;
  }
  console.log(`signal recall on ${split} (fake pages carrying the pattern where its rule fired):`);
  for (const [p, t] of [...perPattern].sort()) {
    console.log(`  ${p.padEnd(26)} → ${rulesOf(p).join('|').slice(0, 28).padEnd(28)} ${String(t.fired).padStart(3)}/${String(t.pages).padEnd(3)} ${((100 * t.fired) / t.pages).toFixed(0).padStart(3)}%`);
    if (args.values.misses) for (const m of t.misses) console.log(`      miss ${m}`);
  }
  if (schemaDrops.size) console.log(`\nsections dropped for not fitting their schema: ${JSON.stringify(Object.fromEntries(schemaDrops))}`);
  console.log(`\nfalse fires on ${legit} legitimate pages:`);
  for (const [rule, pages] of [...falseFires].sort()) {
    console.log(`  ${rule.padEnd(28)} ${pages.length}`);
    if (args.values.misses) for (const p of pages) console.log(`      ${p}`);
  }
}

main();
