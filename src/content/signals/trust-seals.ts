/**
 * Trust seals: an issuer's seal must link to the issuer's own certificate page. A bare image, or
 * one linking into the shop itself, is how fake shops fake trust (SIGNALS.md "fake trust seals").
 */
import { clean, queryAll } from '../dom';
import { isSameSite, type ExtractContext } from '../context';
import { isHostOfSite } from '../../shared/page-site';
import { defineSignal } from './types';

/** Issuer → pattern on alt/title/file name, and the domains its real certificate links go to. */
const ISSUERS: Array<{ issuer: string; pattern: RegExp; domains: string[] }> = [
  { issuer: 'Trusted Shops', pattern: /trusted[\s_-]?shops?/i, domains: ['trustedshops.de', 'trustedshops.com', 'trustedshops.eu', 'trustedshops.at', 'trustedshops.ch'] },
  { issuer: 'EHI', pattern: /\behi\b|ehi[\s_-]?siegel|ehi-geprüft/i, domains: ['ehi-siegel.de'] },
  { issuer: 'TÜV', pattern: /t[üu]e?v|s@fer[\s-]?shopping|safer[\s-]?shopping/i, domains: ['tuev-saar.net', 'safer-shopping.de', 'tuev-sued.de', 'tuv.com', 'tuev-nord.de'] },
  { issuer: 'Händlerbund', pattern: /h[äa]ndlerbund|k[äa]ufersiegel/i, domains: ['haendlerbund.de', 'kaeufersiegel.de'] },
  { issuer: 'Shopvote', pattern: /shopvote/i, domains: ['shopvote.de'] },
  { issuer: 'eKomi', pattern: /ekomi/i, domains: ['ekomi.de', 'ekomi.com', 'ekomi-us.com'] },
  { issuer: 'Trustpilot', pattern: /trustpilot/i, domains: ['trustpilot.com', 'trustpilot.de'] },
  { issuer: 'generic seal', pattern: /(g[üu]tesiegel|gepr[üu]fter? (online[\s-]?)?shop|sicher einkaufen|100\s?% sicher|secure shopping|verified (shop|store|seller)|safe checkout|gepr[üu]fte sicherheit)/i, domains: [] },
];

export function extractTrustSeals(ctx: ExtractContext) {
  const seals: Array<{ issuer: string; evidence: string; verdict: 'ok' | 'unlinked' | 'self-linked' | 'other-link'; href: string | null }> = [];
  for (const img of queryAll(ctx.root, 'img', 1500)) {
    const label = `${img.getAttribute('alt') ?? ''} ${img.getAttribute('title') ?? ''} ${(img.getAttribute('src') ?? '').split('?')[0]?.split('/').pop() ?? ''}`;
    const issuer = ISSUERS.find((i) => i.pattern.test(label));
    if (!issuer) continue;
    const link = img.closest('a[href]');
    let href: URL | null = null;
    try {
      href = link ? new URL(link.getAttribute('href') ?? '', ctx.url) : null;
    } catch {
      href = null;
    }
    const linkHost = href?.hostname ?? '';
    const issuerLink = issuer.domains.some((domain) => isHostOfSite(linkHost, domain));
    const verdict = !href ? 'unlinked' : isSameSite(ctx, href) ? 'self-linked' : issuerLink ? 'ok' : 'other-link';
    seals.push({ issuer: issuer.issuer, evidence: clean(label, 120), verdict, href: href?.href.slice(0, 2000) ?? null });
    if (seals.length >= 20) break;
  }
  return { seals };
}

export const trustSeals = defineSignal({ id: 'trust-seals', key: 'trustSeals', extract: extractTrustSeals });
