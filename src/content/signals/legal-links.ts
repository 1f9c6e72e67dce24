/**
 * Links to the legal pages a shop must have: Impressum (§5 DDG / §5 ECG), terms, withdrawal,
 * privacy, shipping, contact. A link counts when its text, title or image alt names the page, or
 * its path does (SIGNALS.md: "Impressum missing", "legal pages missing").
 */
import type { LegalLinksFacts, LinkFact } from '../../shared/facts';
import { isSameSite, type ExtractContext, type PageLink } from '../context';
import { defineSignal } from './types';

type LegalKey = keyof LegalLinksFacts;

const LABELS: Record<LegalKey, RegExp> = {
  impressum: /\b(impressum|imprint|anbieterkennzeichnung|legal notice|legal disclosure|site notice|rechtliche hinweise|mentions l[ée]gales|offenlegung)\b/i,
  terms: /\b(agb|allgemeine gesch[äa]ftsbedingungen|terms (and|&) conditions|terms of (service|sale|use)|conditions g[ée]n[ée]rales)\b/i,
  withdrawal: /\b(widerruf\w*|right of withdrawal|cancellation (policy|rights)|return(s)? policy|r[üu]ckgabe\w*)\b/i,
  privacy: /\b(datenschutz\w*|privacy( policy| notice)?|confidentialit[ée])\b/i,
  shipping: /\b(versand\w*|lieferung\w*|shipping|delivery)\b/i,
  contact: /\b(kontakt\w*|contact( us)?)\b/i,
};

// A path segment naming the page, optionally numbered as PrestaShop does ("/content/2-legal-notice").
const PATHS: Record<LegalKey, RegExp> = {
  impressum: /\/(?:\d{1,4}-)?(impressum|imprint|legal-notice|anbieterkennzeichnung|rechtliche-hinweise|mentions-legales)\b/i,
  terms: /\/(?:\d{1,4}-)?(agb|terms|conditions|allgemeine-geschaeftsbedingungen)\b/i,
  withdrawal: /\/(?:\d{1,4}-)?(widerruf\w*|withdrawal|returns?)\b/i,
  privacy: /\/(?:\d{1,4}-)?(datenschutz\w*|privacy\w*)\b/i,
  shipping: /\/(?:\d{1,4}-)?(versand\w*|shipping|delivery)\b/i,
  contact: /\/(?:\d{1,4}-)?(kontakt|contact)\b/i,
};

function toFact(ctx: ExtractContext, link: PageLink): LinkFact {
  return { text: link.label || link.rawHref || '', href: link.url?.href ?? null, sameSite: isSameSite(ctx, link.url) };
}

export function findLegalLink(ctx: ExtractContext, key: LegalKey): LinkFact | null {
  const byLabel = ctx.links.find((l) => l.label.length <= 120 && LABELS[key].test(l.label));
  if (byLabel) return toFact(ctx, byLabel);
  const byPath = ctx.links.find((l) => l.url !== null && PATHS[key].test(l.url.pathname));
  return byPath ? toFact(ctx, byPath) : null;
}

export const legalLinks = defineSignal({
  id: 'legal-links',
  key: 'legalLinks',
  extract: (ctx) => ({
    impressum: findLegalLink(ctx, 'impressum'),
    terms: findLegalLink(ctx, 'terms'),
    withdrawal: findLegalLink(ctx, 'withdrawal'),
    privacy: findLegalLink(ctx, 'privacy'),
    shipping: findLegalLink(ctx, 'shipping'),
    contact: findLegalLink(ctx, 'contact'),
  }),
});
