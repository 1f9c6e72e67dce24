import type { PageAnalysis } from './analyse-file';
import { messageText } from './messages-en';
import type { ConnectionView } from '../shared/identity';

/** The marketplace's listing facts (price, other offers, claims, fields read) and, apart, who sells. */
function marketplaceJson(facts: PageAnalysis['facts']) {
  if (!facts.marketplace) return { marketplace: null, seller: null };
  const { marketplace: id, seller, trader, ...listing } = facts.marketplace;
  return { marketplace: { id, ...listing }, seller: { ...seller, trader } };
}

export function toJson({ url, facts, result }: PageAnalysis) {
  return {
    url,
    pageType: facts.pageType.pageType,
    score: result?.score ?? null,
    level: result?.level ?? null,
    kind: result?.kind ?? null,
    unchecked: result?.unchecked ?? [],
    ...marketplaceJson(facts),
    // source: the page of the site the reason was seen on (its path), and whether it was visited or read in the background.
    reasons: (result?.reasons ?? []).map((r) => ({ id: r.id, severity: r.severity, kind: r.kind, points: r.points, evidence: r.evidence.map((e) => messageText(e.key, e.subs)), source: r.source ?? null })),
  };
}

export function toText({ url, facts, result }: PageAnalysis): string {
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
  if (result.level === 'incomplete') lines.push(`Could not check fully: ${(result.unchecked ?? []).join(', ')} (no all-clear).`);
  else if (result.reasons.length === 0) lines.push('No warning signs found (this is not a guarantee).');
  const here = new URL(url).pathname;
  for (const reason of result.reasons) {
    // A reason another page of the site showed (or one read in the background) names that page.
    const elsewhere = reason.source && (reason.source.path !== here || reason.source.via === 'read') ? ` — seen on ${reason.source.path}` : '';
    lines.push(`- [${reason.severity}] ${messageText(reason.messageKey, reason.subs)} (+${reason.points})${elsewhere}`);
    for (const e of reason.evidence) lines.push(`    evidence: ${messageText(e.key, e.subs)}`);
  }
  if (facts.extraction.failed.length) lines.push(`Not evaluated: ${facts.extraction.failed.join(', ')}`);
  return lines.join('\n');
}

/** Connections as the session prints them: who, what they share (with the day the other showed it), why they matter. */
export function connectionsJson(connections: ConnectionView[]) {
  return connections.map((c) => ({ other: c.other, label: c.otherLabel, status: c.status, shared: c.shared.map((s) => ({ kind: s.kind, value: s.display, seenAt: new Date(s.at).toISOString(), page: s.path })) }));
}

export function connectionsText(connections: ConnectionView[]): string[] {
  return connections.map((c) => {
    const risky = c.status.listed || c.status.suspicious || c.status.ratedHigh ? ' (shows signs of fraud)' : '';
    return `Connected to ${c.otherLabel}${risky}: ${c.shared.map((s) => `same ${s.kind} ${s.display}`).join('; ')}`;
  });
}
