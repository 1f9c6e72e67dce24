/**
 * Trust seals: an issuer's seal must link to the issuer's own certificate page. A bare image, or
 * one linking into the shop itself, is how fake shops fake trust (SIGNALS.md "fake trust seals").
 */
import { getDomain } from 'tldts';
import { clean, queryAll } from '../dom';
import { isSameSite, type ExtractContext } from '../context';
import { ISSUERS, sealLabel } from './trust-seal-issuers';
import { defineSignal } from './types';

export function extractTrustSeals(ctx: ExtractContext) {
  const seals: Array<{ issuer: string; evidence: string; verdict: 'ok' | 'unlinked' | 'self-linked' | 'other-link'; href: string | null }> = [];
  for (const img of queryAll(ctx.root, 'img', 1500)) {
    const label = `${img.getAttribute('alt') ?? ''} ${img.getAttribute('title') ?? ''} ${(img.getAttribute('src') ?? '').split('?')[0]?.split('/').pop() ?? ''}`;
    const folded = sealLabel(img.getAttribute('alt') ?? '', img.getAttribute('title') ?? '', img.getAttribute('src') ?? '');
    const issuer = ISSUERS.find((i) => i.pattern.test(folded));
    if (!issuer) continue;
    const link = img.closest('a[href]');
    let href: URL | null = null;
    try {
      href = link ? new URL(link.getAttribute('href') ?? '', ctx.url) : null;
    } catch {
      href = null;
    }
    const linkSite = href ? getDomain(href.hostname) : null;
    const verdict = !href ? 'unlinked' : isSameSite(ctx, href) ? 'self-linked' : linkSite && issuer.domains.includes(linkSite) ? 'ok' : 'other-link';
    seals.push({ issuer: issuer.issuer, evidence: clean(label, 120), verdict, href: href?.href.slice(0, 2000) ?? null });
    if (seals.length >= 20) break;
  }
  return { seals };
}

export const trustSeals = defineSignal({ id: 'trust-seals', key: 'trustSeals', extract: extractTrustSeals });
