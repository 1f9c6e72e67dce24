/**
 * npm run -s check -- <file.html> --url <page-url> [--json]
 * Runs the extension's extraction and engine on a saved page. Exit 2 on unreadable input.
 */
import { parseArgs } from 'node:util';
import { analyseFile, type PageAnalysis } from './analyse-file';
import { CliInputError, parsePageUrl } from './read-page';
import { messageText } from './messages-en';

/** The marketplace's listing facts (price, other offers, claims, fields read) and, apart, who sells. */
function marketplaceJson(facts: PageAnalysis['facts']) {
  if (!facts.marketplace) return { marketplace: null, seller: null };
  const { marketplace: id, seller, trader, ...listing } = facts.marketplace;
  return { marketplace: { id, ...listing }, seller: { ...seller, trader } };
}

function toJson({ url, facts, result }: PageAnalysis) {
  return {
    url,
    pageType: facts.pageType.pageType,
    score: result?.score ?? null,
    level: result?.level ?? null,
    kind: result?.kind ?? null,
    ...marketplaceJson(facts),
    // source: the page of the site the reason was seen on (its path), and whether it was visited or read in the background.
    reasons: (result?.reasons ?? []).map((r) => ({ id: r.id, severity: r.severity, kind: r.kind, points: r.points, evidence: r.evidence.map((e) => messageText(e.key, e.subs)), source: r.source ?? null })),
  };
}

function toText({ url, facts, result }: PageAnalysis): string {
  const lines = [`Shopwatch check: ${url}`, `Page type: ${facts.pageType.pageType}`];
  const m = facts.marketplace;
  if (m) {
    lines.push(`Marketplace: ${m.marketplace} (${m.pageKind}) · seller: ${m.seller.name ?? 'could not be read'}${m.seller.isMarketplace ? ' (the marketplace itself)' : ''}${m.seller.shipsFrom ? ` · ships from: ${m.seller.shipsFrom}` : ''}`);
    if (m.fieldsMissing.length) lines.push(`  not readable on this page: ${m.fieldsMissing.join(', ')}`);
  }
  if (!result) {
    lines.push('No sign that this site sells anything: no score.');
    return lines.join('\n');
  }
  lines.push(`Risk: ${result.level.toUpperCase()} (score ${result.score}/100)${result.kind ? `, ${result.kind === 'fake' ? 'signs of a fake shop' : 'dubious but probably delivers'}` : ''}`);
  if (result.reasons.length === 0) lines.push('No warning signs found (this is not a guarantee).');
  const here = new URL(url).pathname;
  for (const reason of result.reasons) {
    const elsewhere = reason.source && (reason.source.path !== here || reason.source.via === 'read') ? ` — seen on ${reason.source.path}` : '';
    lines.push(`- [${reason.severity}] ${messageText(reason.messageKey, reason.subs)} (+${reason.points})${elsewhere}`);
    for (const e of reason.evidence) lines.push(`    evidence: ${messageText(e.key, e.subs)}`);
  }
  if (facts.extraction.failed.length) lines.push(`Not evaluated: ${facts.extraction.failed.join(', ')}`);
  return lines.join('\n');
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: { url: { type: 'string' }, json: { type: 'boolean', default: false } } });
  } catch (error) {
    throw new CliInputError((error as Error).message);
  }
  const file = args.positionals[0];
  if (!file) throw new CliInputError('usage: npm run -s check -- <file.html> --url <page-url> [--json]');
  const analysis = await analyseFile(file, parsePageUrl(args.values.url));
  process.stdout.write(`${args.values.json ? JSON.stringify(toJson(analysis)) : toText(analysis)}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`shopwatch check: ${error instanceof CliInputError ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
