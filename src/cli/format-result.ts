import type { PageAnalysis } from './analyse-file';
import { messageText } from './messages-en';

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
    reasons: (result?.reasons ?? []).map((r) => ({ id: r.id, severity: r.severity, kind: r.kind, points: r.points, evidence: r.evidence.map((e) => messageText(e.key, e.subs)) })),
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
    lines.push('Not a shop page: no score.');
    return lines.join('\n');
  }
  lines.push(`Risk: ${result.level.toUpperCase()} (score ${result.score}/100)${result.kind ? `, ${result.kind === 'fake' ? 'signs of a fake shop' : 'dubious but probably delivers'}` : ''}`);
  if (result.level === 'incomplete') lines.push(`Could not check fully: ${(result.unchecked ?? []).join(', ')} (no all-clear).`);
  else if (result.reasons.length === 0) lines.push('No warning signs found (this is not a guarantee).');
  for (const reason of result.reasons) {
    lines.push(`- [${reason.severity}] ${messageText(reason.messageKey, reason.subs)} (+${reason.points})`);
    for (const e of reason.evidence) lines.push(`    evidence: ${messageText(e.key, e.subs)}`);
  }
  if (facts.extraction.failed.length) lines.push(`Not evaluated: ${facts.extraction.failed.join(', ')}`);
  return lines.join('\n');
}
