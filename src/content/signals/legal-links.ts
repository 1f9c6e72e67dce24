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
/** Shipping and contact pages are named by their links' labels only: their paths are too common in shop URLs. */
const PATH_KEYS: LegalKey[] = ['impressum', 'terms', 'withdrawal', 'privacy'];
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
  // Menus repeat their labels (header, footer, mobile menu): fold each distinct label once.
  const folded = new Map<string, string>();
  for (const link of ctx.links) {
    if (byLabel.size === KEYS.length) break;
    let label = folded.get(link.label);
    if (label === undefined) {
      label = link.label.length <= MAX_LABEL * 2 ? foldWords(link.label, MAX_LABEL * 2) : '';
      folded.set(link.label, label);
    }
    const labelKeys = label && label.length <= MAX_LABEL ? KEYS.filter((key) => !byLabel.has(key) && LABEL_PATTERNS.get(key)?.test(label)) : [];
    for (const key of labelKeys) byLabel.set(key, link);
    if (!hub && label && HUB.test(label)) hub = link;
    // Paths only matter for the legal pages no label has named yet.
    const open = PATH_KEYS.filter((key) => !byLabel.has(key) && !byPath.has(key));
    if (open.length === 0 && hub) continue;
    const segments = pathSegments(link.url);
    for (const key of open) if (segments.some((segment) => PATH_PATTERNS.get(key)?.test(segment))) byPath.set(key, link);
    if (!hub && segments.some((segment) => HUB.test(segment))) hub = link;
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
