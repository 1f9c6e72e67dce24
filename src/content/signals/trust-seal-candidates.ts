/**
 * Everything on a page that may be a trust seal, whatever its markup: an image (src, srcset, lazy
 * data-src), a <picture> source, an inline <svg> (title, aria-label, sprite reference), a CSS
 * background, an icon with role="img"/aria-label, a box whose class or id names a seal, and a text
 * badge ("✔ Geprüfter Shop – Trusted Shops"). Every query and every attribute read is capped.
 */
import { queryAll } from '../dom';
import { SEAL_CLASS, SEAL_WORDS, fileNames, issuerOf, sealFold, type SealIssuer } from './trust-seal-issuers';

export interface SealCandidate {
  el: Element;
  issuer: SealIssuer;
  /** What the page shows or says about the seal, for the evidence. */
  label: string;
  /** Found through text or a seal-named box: a caption of a seal the page may really use elsewhere. */
  caption: boolean;
}

/** Longest attribute value read: a hostile page can fill one with megabytes. */
const ATTR = 500;
const PER_QUERY = 1500;
const MAX_TEXT_NODES = 20_000;
/** A text badge is short; a sentence or a paragraph that names an issuer is a mention. */
const MAX_BADGE_TEXT = 80;
/** A sentence, not a badge: ends like one or runs on. */
const SENTENCE = /[.?!:;]$/;
const MAX_BADGE_WORDS = 10;

const attr = (el: Element, name: string): string => (el.getAttribute(name) ?? '').slice(0, ATTR);
const named = (el: Element): string => `${attr(el, 'class')} ${attr(el, 'id')}`;

const IMAGE_SOURCES = ['src', 'srcset', 'data-src', 'data-srcset', 'data-lazy-src', 'data-lazy-srcset', 'data-original', 'data-bg', 'data-background', 'data-background-image'];

/** Text of an element's first text nodes, bounded in nodes and characters. */
function shortText(el: Element, max = MAX_BADGE_TEXT + 1): string {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  let nodes = 0;
  for (let node = walker.nextNode(); node && text.length < max && nodes < 40; node = walker.nextNode(), nodes++) {
    text += ` ${(node.nodeValue ?? '').slice(0, max)}`;
  }
  return text.replace(/\s+/g, ' ').trim().slice(0, max);
}

function imageLabel(el: Element): string {
  const sources = IMAGE_SOURCES.map((name) => fileNames(attr(el, name))).join(' ');
  return `${attr(el, 'alt')} ${attr(el, 'title')} ${attr(el, 'aria-label')} ${sources} ${named(el)}`;
}

function svgLabel(el: Element): string {
  const title = el.querySelector('title')?.textContent?.slice(0, ATTR) ?? '';
  const uses = queryAll(el, 'use', 3).map((u) => `${attr(u, 'href')} ${attr(u, 'xlink:href')}`);
  return `${attr(el, 'aria-label')} ${attr(el, 'title')} ${title} ${uses.join(' ')} ${named(el)}`;
}

function backgroundLabel(el: Element): string {
  return `${attr(el, 'title')} ${attr(el, 'aria-label')} ${fileNames(attr(el, 'style'))} ${IMAGE_SOURCES.map((name) => fileNames(attr(el, name))).join(' ')} ${named(el)}`;
}

const GRAPHIC_QUERIES: Array<[string, (el: Element) => string]> = [
  ['img, input[type="image"]', imageLabel],
  ['source[srcset], source[data-srcset]', imageLabel],
  ['svg', svgLabel],
  ['[style*="url("], [data-bg], [data-background], [data-background-image]', backgroundLabel],
  ['[role="img"], i[aria-label], span[aria-label], div[aria-label]', backgroundLabel],
];

const BOX_QUERY = ['seal', 'siegel', 'badge', 'keurmerk', 'waarborg', 'sigillo', 'bollino', 'confiance', 'trust', 'certifi', 'zertifi'].map((w) => `[class*="${w}" i], [id*="${w}" i]`).join(', ');

/** Seals drawn as an image, icon, background or a seal-named box. */
export function graphicCandidates(root: ParentNode): SealCandidate[] {
  const out: SealCandidate[] = [];
  for (const [selector, labelOf] of GRAPHIC_QUERIES) {
    for (const el of queryAll(root, selector, PER_QUERY)) {
      const label = labelOf(el);
      const issuer = issuerOf(sealFold(label));
      if (issuer) out.push({ el, issuer, label, caption: false });
    }
  }
  for (const el of queryAll(root, BOX_QUERY, PER_QUERY)) {
    if (!SEAL_CLASS.test(sealFold(named(el)))) continue;
    const text = shortText(el);
    // An empty box is a placeholder an issuer's script fills (Trustpilot, eKomi, Shopvote), not a seal the shopper sees.
    if (!text && !attr(el, 'title') && !attr(el, 'aria-label')) continue;
    const label = `${attr(el, 'title')} ${attr(el, 'aria-label')} ${named(el)} ${text}`;
    const issuer = issuerOf(sealFold(label), true) ?? issuerOf(sealFold(`${attr(el, 'title')} ${attr(el, 'aria-label')} ${named(el)}`));
    if (issuer) out.push({ el, issuer, label, caption: true });
  }
  return out;
}

const BADGE_MARK = /^[\u2713\u2714\u2611\u2705\u{1F6E1}\u{1F512}\u2605\u2606★]/u;

/** Text badges: a short element whose text names an issuer together with a seal word ("Geprüfter Shop – Trusted Shops"). */
export function textCandidates(root: ParentNode): SealCandidate[] {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const start = (root as Document).body ?? root;
  const walker = doc.createTreeWalker(start as Node, 4 /* NodeFilter.SHOW_TEXT */);
  const out: SealCandidate[] = [];
  const seen = new Set<Element>();
  let nodes = 0;
  for (let node = walker.nextNode(); node && nodes < MAX_TEXT_NODES; node = walker.nextNode(), nodes++) {
    const value = node.nodeValue ?? '';
    if (value.length > MAX_BADGE_TEXT) continue;
    const own = sealFold(value, MAX_BADGE_TEXT);
    if (!issuerOf(own) && !issuerOf(own, true)) continue;
    let el = node.parentElement;
    if (!el || seen.has(el) || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TITLE|OPTION|TEXTAREA)$/i.test(el.tagName)) continue;
    // Widen to the badge's box while it stays short: "<strong>Trusted Shops</strong> Geprüfter Shop".
    let text = shortText(el);
    for (let up = 0; up < 2 && el.parentElement && el.parentElement !== start; up++) {
      const wider = shortText(el.parentElement);
      if (wider.length > MAX_BADGE_TEXT) break;
      el = el.parentElement;
      text = wider;
    }
    if (seen.has(el) || text.length > MAX_BADGE_TEXT || SENTENCE.test(text) || text.split(' ').length > MAX_BADGE_WORDS) continue;
    seen.add(el);
    const folded = sealFold(text, MAX_BADGE_TEXT);
    const issuer = issuerOf(folded, true);
    if (!issuer) continue;
    const generic = issuer.domains.length === 0;
    const badgeLike = BADGE_MARK.test(text) || SEAL_CLASS.test(sealFold(`${named(el)} ${el.parentElement ? named(el.parentElement) : ''}`));
    if (generic ? !badgeLike : !(badgeLike || SEAL_WORDS.test(folded))) continue;
    out.push({ el, issuer, label: text, caption: true });
    if (out.length >= 20) break;
  }
  return out;
}
