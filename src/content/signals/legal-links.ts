/**
 * Links to the legal pages a shop must have: Impressum / legal notice (§5 DDG, §5 ECG, LCEN, …),
 * terms, withdrawal, privacy, shipping, contact. A link counts when its text, title, aria-label or
 * image alt names the page, or else when its path does, in de, en, fr, nl or it (SIGNALS.md:
 * "Impressum missing", "legal pages missing"). The words live in legal-vocabulary.ts.
 */
import type { LegalLinksFacts, LinkFact } from '../../shared/facts';
import { isSameSite, type ExtractContext, type PageLink } from '../context';
import { foldWords, termPattern } from '../text-fold';
import { HUB_TERMS, LABEL_TERMS, PATH_TERMS, type LegalKey } from './legal-vocabulary';
import { defineSignal } from './types';

const KEYS = Object.keys(LABEL_TERMS) as LegalKey[];
/** A label names the page anywhere in it ("Über uns / Impressum", "Note legali e privacy"). */
const LABEL_PATTERNS = new Map(KEYS.map((k) => [k, termPattern(LABEL_TERMS[k])]));
/** A path segment must start with the name ("/content/2-legal-notice", "/policies/refund-policy"). */
const PATH_PATTERNS = new Map(KEYS.map((k) => [k, new RegExp(`^(?:[0-9]+ )?${termPattern([...LABEL_TERMS[k], ...PATH_TERMS[k]]).source.slice('(?:^| )'.length)}`)]));

/** The whole label or segment must be the hub's name: "Legal notice" is an Impressum, "Legal" a hub. */
const HUB = new RegExp(`^${termPattern(HUB_TERMS).source.slice('(?:^| )'.length)}$`);

// Footer links are short; a long label is a paragraph or a product tile, not a legal link.
const MAX_LABEL = 80;
const MAX_SEGMENT = 60;

function toFact(ctx: ExtractContext, link: PageLink): LinkFact {
  return { text: link.label || link.rawHref || '', href: link.url?.href ?? null, sameSite: isSameSite(ctx, link.url) };
}

/** The last two path segments, decoded and folded ("/de/content/2-Rechtliche-Hinweise" → "rechtliche hinweise"). */
function pathSegments(url: URL | null): string[] {
  if (!url) return [];
  return url.pathname.split('/').filter(Boolean).slice(-2).map((segment) => {
    let text = segment;
    try {
      text = decodeURIComponent(segment);
    } catch {
      // a malformed escape stays as it is
    }
    return text.length <= MAX_SEGMENT ? foldWords(text, MAX_SEGMENT) : '';
  });
}

export function findLegalLinks(ctx: ExtractContext): LegalLinksFacts {
  const byLabel = new Map<LegalKey, PageLink>();
  const byPath = new Map<LegalKey, PageLink>();
  let hub: PageLink | null = null;
  for (const link of ctx.links) {
    if (byLabel.size === KEYS.length && hub) break;
    const label = link.label.length <= MAX_LABEL * 2 ? foldWords(link.label, MAX_LABEL * 2) : '';
    const segments = pathSegments(link.url);
    if (!hub && (HUB.test(label) || segments.some((s) => HUB.test(s)))) hub = link;
    for (const key of KEYS) {
      if (byLabel.has(key)) continue;
      if (label && label.length <= MAX_LABEL && LABEL_PATTERNS.get(key)?.test(label)) byLabel.set(key, link);
      else if (!byPath.has(key) && segments.some((s) => PATH_PATTERNS.get(key)?.test(s))) byPath.set(key, link);
    }
  }
  const found = (key: LegalKey): LinkFact | null => {
    const link = byLabel.get(key) ?? byPath.get(key);
    return link ? toFact(ctx, link) : null;
  };
  return {
    impressum: found('impressum'),
    terms: found('terms'),
    withdrawal: found('withdrawal'),
    privacy: found('privacy'),
    shipping: found('shipping'),
    contact: found('contact'),
    legalHub: hub ? toFact(ctx, hub) : null,
  };
}

export function findLegalLink(ctx: ExtractContext, key: LegalKey | 'legalHub'): LinkFact | null {
  return findLegalLinks(ctx)[key] ?? null;
}

export const legalLinks = defineSignal({ id: 'legal-links', key: 'legalLinks', extract: findLegalLinks });
