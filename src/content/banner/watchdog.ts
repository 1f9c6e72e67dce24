/**
 * Watches the checkout banner's host for what a hostile page does to it (issue #18): removed,
 * moved, hidden, made transparent, shrunk or restyled. An honest page never touches it, so the
 * first sign is reported once and the watch ends; the caller re-inserts the banner once.
 * Structural changes come from MutationObservers; what CSS or an ancestor does is checked once a
 * second (a computed style and a box: cheap, and only while a banner is shown).
 */
import type { TamperKind } from '../../shared/guard-tamper';

const CHECK_EVERY_MS = 1000;
/** Smaller than any real banner (a title, a reason, three buttons), larger than a collapsed one. */
const MIN_HEIGHT_PX = 24;
const MIN_WIDTH_PX = 160;

/** What CSS on the host or the root element did to the banner, or null while it shows as built. */
export function visibleProblem(doc: Document, host: HTMLElement): TamperKind | null {
  const view = doc.defaultView;
  if (!view) return null;
  const own = view.getComputedStyle(host);
  const root = view.getComputedStyle(doc.documentElement);
  if (own.display === 'none' || own.visibility !== 'visible' || own.contentVisibility === 'hidden') return 'hidden';
  if (Number(own.opacity) < 0.99 || Number(root.opacity) < 0.99 || root.filter !== 'none') return 'transparent';
  if (root.clipPath !== 'none' || (root.mask && root.mask !== 'none')) return 'shrunk';
  const box = host.getBoundingClientRect();
  if (box.height < MIN_HEIGHT_PX || box.width < Math.min(MIN_WIDTH_PX, view.innerWidth / 2)) return 'shrunk';
  // Pushed above the start of the document or off to the side, where no scrolling reaches it, or
  // far down the page by something put in front of it (it was mounted at the very top).
  const top = box.top + view.scrollY;
  if (box.bottom + view.scrollY <= 0 || box.right + view.scrollX <= 0 || top > Math.max(view.innerHeight, 600)) return 'moved';
  return null;
}

/** Start watching; the returned function stops it (call it before removing the banner yourself). */
export function watchBanner(doc: Document, host: HTMLElement, onTamper: (how: TamperKind) => void): () => void {
  const parent = host.parentNode;
  let stopped = false;
  const report = (how: TamperKind) => {
    if (stopped) return;
    stop();
    onTamper(how);
  };
  const structure = new MutationObserver(() => {
    if (!host.isConnected) report('removed');
    else if (host.parentNode !== parent) report('moved');
  });
  const attributes = new MutationObserver(() => report('restyled'));
  if (parent) structure.observe(parent, { childList: true });
  attributes.observe(host, { attributes: true });
  const timer = setInterval(() => {
    if (!host.isConnected) return report('removed');
    const problem = visibleProblem(doc, host);
    if (problem) report(problem);
  }, CHECK_EVERY_MS);

  function stop(): void {
    stopped = true;
    structure.disconnect();
    attributes.disconnect();
    clearInterval(timer);
  }
  return stop;
}
