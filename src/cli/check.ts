/**
 * npm run -s check -- <file.html> --url <page-url> [--json]
 * npm run -s check -- --session <session.jsonl> [--json]
 * Runs the extension's extraction, engine and background judgement on a saved page, or on a
 * session of pages in order (site profiles, identities, connections in memory). Exit 2 on unreadable input.
 */
import { parseArgs } from 'node:util';
import { analyseFile, type PageAnalysis } from './analyse-file';
import { CliInputError, parsePageUrl } from './read-page';
import { messageText } from './messages-en';
import { readSession, replaySession } from './session';
import type { ConnectionView } from '../shared/identity';

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

/** Connections as the session prints them: who, what they share (with the day the other showed it), why they matter. */
function connectionsJson(connections: ConnectionView[]) {
  return connections.map((c) => ({ other: c.other, label: c.otherLabel, status: c.status, shared: c.shared.map((s) => ({ kind: s.kind, value: s.display, seenAt: new Date(s.at).toISOString(), page: s.path })) }));
}

function connectionsText(connections: ConnectionView[]): string[] {
  return connections.map((c) => {
    const risky = c.status.listed || c.status.suspicious || c.status.ratedHigh ? ' (shows signs of fraud)' : '';
    return `Connected to ${c.otherLabel}${risky}: ${c.shared.map((s) => `same ${s.kind} ${s.display}`).join('; ')}`;
  });
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
    args = parseArgs({ allowPositionals: true, options: { url: { type: 'string' }, json: { type: 'boolean', default: false }, session: { type: 'string' } } });
  } catch (error) {
    throw new CliInputError((error as Error).message);
  }
  const file = args.positionals[0];
  if (args.values.session) {
    // One line (JSON) or block (text) per page, printed as soon as the page is judged.
    for await (const analysis of replaySession(readSession(args.values.session))) {
      const out = args.values.json ? JSON.stringify({ ...toJson(analysis), connections: connectionsJson(analysis.connections) }) : [toText(analysis), ...connectionsText(analysis.connections), ''].join('\n');
      process.stdout.write(`${out}\n`);
    }
    return 0;
  }
  if (!file) throw new CliInputError('usage: npm run -s check -- <file.html> --url <page-url> [--json]  |  --session <session.jsonl> [--json]');
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
