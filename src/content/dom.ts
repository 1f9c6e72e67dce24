/**
 * Small bounded DOM helpers. Pages can be huge or hostile, so every walk has a node cap and
 * every string a length cap. Helpers take their root as an argument (never the global document)
 * so the same code runs in the page, in happy-dom (tests, CLI) and on a fetched Impressum.
 */

export const LIMITS = {
  maxTextNodes: 60_000,
  maxTextChars: 400_000,
  maxElements: 5_000,
  maxSnippet: 200,
} as const;

const SKIPPED_TAGS = ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT'];
/** nodeName is upper case for HTML elements, as written for SVG ones (`<svg><style>`): both spellings, no per-node case folding. */
const SKIPPED_PARENTS = new Set([...SKIPPED_TAGS, ...SKIPPED_TAGS.map((tag) => tag.toLowerCase())]);

/** Collapse whitespace and cut to `max` characters. */
export function clean(text: string | null | undefined, max: number = LIMITS.maxSnippet): string {
  if (!text) return '';
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed.length > max ? `${collapsed.slice(0, max - 1)}…` : collapsed;
}

export interface PageText {
  text: string;
  truncated: boolean;
}

/**
 * The page's text (without scripts and styles), joined by newlines between text nodes, bounded.
 * The one walk over the page's text that every text-reading signal shares (ExtractContext.text):
 * keep it lean, it runs on every shop page (about twice a bare TreeWalker pass, issue 16).
 */
export function collectText(root: ParentNode): PageText {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const start = (root as Document).body ?? root;
  const walker = doc.createTreeWalker(start as Node, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  let chars = 0;
  let nodes = 0;
  let truncated = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++nodes > LIMITS.maxTextNodes || chars > LIMITS.maxTextChars) {
      truncated = true;
      break;
    }
    const parent = node.parentNode;
    if (parent && SKIPPED_PARENTS.has(parent.nodeName)) continue;
    const value = node.nodeValue;
    if (!value) continue;
    const trimmed = value.trim();
    if (!trimmed) continue;
    parts.push(trimmed);
    chars += trimmed.length;
  }
  const text = parts.join('\n');
  return { text: text.length > LIMITS.maxTextChars ? text.slice(0, LIMITS.maxTextChars) : text, truncated };
}

/** querySelectorAll, but at most `cap` elements. */
export function queryAll<E extends Element = Element>(root: ParentNode, selector: string, cap: number = LIMITS.maxElements): E[] {
  const list = root.querySelectorAll<E>(selector);
  const out: E[] = [];
  const n = Math.min(list.length, cap);
  for (let i = 0; i < n; i++) out.push(list[i] as E);
  return out;
}

/** Raw text longer than this is cut before whitespace is collapsed: a label never needs more. */
const MAX_RAW_LABEL = 20 * LIMITS.maxSnippet;

/** Text, alt and title of an element and its images, which is how shops label footer links and logos. */
export function labelOf(el: Element): string {
  const parts = [(el.textContent ?? '').slice(0, MAX_RAW_LABEL), el.getAttribute('title') ?? '', el.getAttribute('aria-label') ?? '', el.getAttribute('alt') ?? ''];
  // getElementsByTagName is a cheap live list; most links hold no image at all.
  const images = el.getElementsByTagName('img');
  for (let i = 0, used = 0; i < images.length && used < 5; i++) {
    const img = images[i] as Element;
    const alt = img.getAttribute('alt') ?? '';
    const title = img.getAttribute('title') ?? '';
    if (!alt && !title) continue;
    parts.push(alt, title);
    used++;
  }
  return clean(parts.filter(Boolean).join(' '));
}

/** Resolve an href against the page URL; null when it is not http(s). */
export function resolveHref(href: string | null, base: URL): URL | null {
  if (!href) return null;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** A short excerpt around a match, widened to whole words so evidence never starts mid-word. */
export function snippetAround(text: string, index: number, length: number, context = 40): string {
  let start = Math.max(0, index - context);
  let end = Math.min(text.length, index + length + context);
  while (start > 0 && start < index && /\S/.test(text[start - 1] ?? '')) start++;
  while (end < text.length && end > index + length && /\S/.test(text[end] ?? '')) end--;
  const excerpt = clean(text.slice(start, end).replace(/\n/g, ' · '), 160);
  return `${start > 0 ? '…' : ''}${excerpt}${end < text.length ? '…' : ''}`;
}

/**
 * Chrome tests every `[class*="…"]` against every element, about 0.2 ms each on a big page, and
 * the case-insensitive form (`[class*="…" i]`) far more once several are combined (measured on
 * the saved Amazon pages, issue 16). So: a few short fragments every wanted value contains
 * (`hints`, e.g. "rice" for price/Price), then the exact, case-insensitive pattern in JavaScript
 * on the few candidates. Returns a selector for the candidates and a test for one element.
 */
export function attributeLike(attribute: 'class' | 'id', hints: string[], pattern: RegExp): { selector: string; test: (el: Element) => boolean } {
  return {
    selector: hints.map((hint) => `[${attribute}*="${hint}"]`).join(', '),
    // Bounded: a hostile page can put megabytes into one class attribute.
    test: (el) => pattern.test((el.getAttribute(attribute) ?? '').slice(0, 500)),
  };
}

/** The first `max` characters of an element's text, read node by node (never a whole footer's textContent). */
export function leadingText(el: Element, max: number): string {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let out = '';
  for (let node = walker.nextNode(), seen = 0; node && out.length < max && seen < 50; node = walker.nextNode(), seen++) out += ` ${node.nodeValue ?? ''}`;
  return clean(out, max + 1);
}
