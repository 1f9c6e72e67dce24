/**
 * Trust seals: an issuer's seal must link to the issuer's own certificate page. A seal without a
 * link, with a dead link, linking into the shop itself or to a domain borrowing the issuer's name is
 * how fake shops fake trust (SIGNALS.md "fake trust seals") — in whatever markup the seal is drawn.
 */
import { clean, queryAll } from '../dom';
import type { ExtractContext } from '../context';
import { graphicCandidates, textCandidates, type SealCandidate } from './trust-seal-candidates';
import { GENERIC, isIssuerHost, ISSUERS } from './trust-seal-issuers';
import { judgeLink, linkOf, type SealVerdict } from './trust-seal-link';
import { defineSignal } from './types';

const MAX_SEALS = 20;

/** Issuers the page really works with: it loads their widget or links to their domain somewhere. */
function vouchedIssuers(ctx: ExtractContext): Set<string> {
  const vouched = new Set<string>();
  const hosts: string[] = [];
  for (const el of queryAll(ctx.root, 'script[src], iframe[src]', 300)) {
    try {
      hosts.push(new URL((el.getAttribute('src') ?? '').slice(0, 2000), ctx.url).hostname);
    } catch {
      /* not an address */
    }
  }
  for (const link of ctx.links) if (link.url) hosts.push(link.url.hostname);
  for (const issuer of ISSUERS) if (hosts.some((h) => isIssuerHost(h, issuer))) vouched.add(issuer.issuer);
  if (vouched.size > 0) vouched.add(GENERIC);
  return vouched;
}

export function extractTrustSeals(ctx: ExtractContext) {
  const seals: Array<{ issuer: string; evidence: string; verdict: SealVerdict; href: string | null }> = [];
  const candidates: SealCandidate[] = [...graphicCandidates(ctx.root), ...textCandidates(ctx.root)];
  let vouched: Set<string> | null = null;
  const seen = new Set<string>();
  for (const candidate of candidates) {
    const { verdict, href } = judgeLink(ctx, linkOf(candidate.el), candidate.issuer);
    // Text or a box naming an issuer the page really links to (or loads the widget of) is a caption, not a fake.
    if (verdict === 'unlinked' && candidate.caption && (vouched ??= vouchedIssuers(ctx)).has(candidate.issuer.issuer)) continue;
    const key = `${candidate.issuer.issuer}|${verdict}|${href ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    seals.push({ issuer: candidate.issuer.issuer, evidence: clean(candidate.label, 120), verdict, href });
    if (seals.length >= MAX_SEALS) break;
  }
  return { seals };
}

export const trustSeals = defineSignal({ id: 'trust-seals', key: 'trustSeals', extract: extractTrustSeals });
