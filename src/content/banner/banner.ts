/**
 * The in-page checkout warning. It lives in a closed shadow root at the top of the page, in the
 * normal flow (never fixed over the shop, so it cannot cover the order button), and is built with
 * textContent only: reasons and site names are page-derived and must stay inert.
 */
import type { Guard } from '../../shared/site-memory';
import { BANNER_CSS } from './banner-css';

export const BANNER_HOST_ATTRIBUTE = 'data-shopwatch-guard';

export interface BannerActions {
  details: () => void;
  trust: () => void;
  dismiss: () => void;
}

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function button(doc: Document, label: string, action: string, onClick: () => void): HTMLButtonElement {
  const b = element(doc, 'button', `action action-${action}`, label);
  b.type = 'button';
  b.dataset.action = action;
  // Only a real click by the shopper counts: a page script cannot trust a shop on their behalf.
  b.addEventListener('click', (event) => {
    if (event.isTrusted) onClick();
  });
  return b;
}

/** The banner's content, separate from mounting so it can be built and inspected on its own. */
export function buildBanner(doc: Document, guard: Guard, actions: BannerActions): HTMLElement {
  const region = element(doc, 'section', `banner level-${guard.level}`);
  region.setAttribute('role', 'region');
  region.setAttribute('aria-label', guard.labels.region);
  const title = element(doc, 'h2', 'title');
  title.append(element(doc, 'span', 'icon', guard.level === 'high' ? '✖' : '!'), doc.createTextNode(` ${guard.title}`));
  title.querySelector('.icon')?.setAttribute('aria-hidden', 'true');
  const list = element(doc, 'ul', 'reasons');
  for (const reason of guard.reasons) list.append(element(doc, 'li', 'reason', reason));
  const buttons = element(doc, 'div', 'actions');
  buttons.append(button(doc, guard.labels.details, 'details', actions.details), button(doc, guard.labels.trust, 'trust', actions.trust), button(doc, guard.labels.dismiss, 'dismiss', actions.dismiss));
  region.append(title, list, element(doc, 'p', 'tip', guard.tip), buttons);
  return region;
}

/**
 * The host's own styles, inline and `!important`: an inline important declaration beats every
 * rule of the shop's stylesheets, so CSS alone cannot hide, fade, shrink or move the banner.
 * `all: initial` also stops the shop's inherited styles from leaking in.
 */
const HOST_STYLES: ReadonlyArray<[string, string]> = [
  ['all', 'initial'],
  ['display', 'block'],
  ['position', 'static'],
  ['visibility', 'visible'],
  ['opacity', '1'],
];

export function assertHostStyles(host: HTMLElement): void {
  for (const [property, value] of HOST_STYLES) host.style.setProperty(property, value, 'important');
}

export interface ShownBanner {
  host: HTMLElement;
  remove: () => void;
}

/** Show (or replace) the banner. */
export function showBanner(doc: Document, guard: Guard, actions: BannerActions): ShownBanner {
  removeBanner(doc);
  const host = doc.createElement('div');
  host.setAttribute(BANNER_HOST_ATTRIBUTE, '');
  assertHostStyles(host);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = BANNER_CSS;
  shadow.append(style, buildBanner(doc, guard, actions));
  mount(doc, host);
  return { host, remove: () => host.remove() };
}

/**
 * At the top of the page flow, just before the body: there it spans the page even when the body
 * is a flex row or a grid, and frameworks that re-render the body's children leave it alone (so
 * "the page removed the banner" is not said of a shop that merely re-rendered).
 */
function mount(doc: Document, host: HTMLElement): void {
  const body = doc.body;
  if (body?.parentNode === doc.documentElement) doc.documentElement.insertBefore(host, body);
  else doc.documentElement.prepend(host);
}

export function removeBanner(doc: Document): void {
  for (const old of Array.from(doc.querySelectorAll(`[${BANNER_HOST_ATTRIBUTE}]`))) old.remove();
}
