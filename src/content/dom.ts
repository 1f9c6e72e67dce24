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

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT']);

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

/** The page's text (without scripts and styles), joined by newlines between text nodes, bounded. */
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
    const parentTag = node.parentElement?.tagName.toUpperCase();
    if (parentTag && SKIPPED_TAGS.has(parentTag)) continue;
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

/** Text, alt and title of an element and its images, which is how shops label footer links and logos. */
export function labelOf(el: Element): string {
  const parts = [el.textContent ?? '', el.getAttribute('title') ?? '', el.getAttribute('aria-label') ?? '', el.getAttribute('alt') ?? ''];
  for (const img of queryAll(el, 'img[alt], img[title]', 5)) {
    parts.push(img.getAttribute('alt') ?? '', img.getAttribute('title') ?? '');
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

/** The first `max` characters of an element's text, read node by node (never a whole footer's textContent). */
export function leadingText(el: Element, max: number): string {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let out = '';
  for (let node = walker.nextNode(), seen = 0; node && out.length < max && seen < 50; node = walker.nextNode(), seen++) out += ` ${node.nodeValue ?? ''}`;
  return clean(out, max + 1);
}
