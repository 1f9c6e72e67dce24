/**
 * The sentinel: the only script Shopwatch puts on every page. It looks cheaply whether the page
 * may sell something and tells the background, which injects the full extractor when it may (or
 * when the site is already known). It keeps no timer while the page is idle: single-page
 * navigations arrive as events (issue 16).
 */
import { loadedExtractor } from '../stages';
import { shopEvidence } from './probes';
import { onBackgroundMessage, sendToBackground } from '../runtime';
import { onSameDocumentNavigation } from './navigation';

/** After a single-page navigation the new view is usually rendered a moment later. */
const SETTLE_MS = 400;

/** The address last looked at (or about to be): a navigation event for it changes nothing. */
let lastUrl = location.href;

function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 0);
}

function probe(): void {
  lastUrl = location.href;
  // Once the extractor is on this page it classifies every view itself (if it was ever told the site).
  if (loadedExtractor()?.analyseAgain()) return;
  let evidence: string[] = [];
  try {
    evidence = shopEvidence(document, new URL(lastUrl));
  } catch {
    evidence = []; // a hostile DOM may throw; the background still checks the site
  }
  void sendToBackground({ type: 'page/probe', url: lastUrl.slice(0, 4000), evidence }).catch(() => undefined);
}

/** A new hash is a new view only when it looks like a route ("#/product/1"), not an anchor or a mail id. */
function isNewView(previous: string, next: string): boolean {
  const [before] = previous.split('#');
  const [after, hash = ''] = next.split('#');
  return before !== after || /^[/!]/.test(hash);
}

function onUrlMaybeChanged(): void {
  const previous = lastUrl;
  if (location.href === previous) return;
  lastUrl = location.href;
  if (!isNewView(previous, lastUrl)) return;
  setTimeout(() => whenIdle(probe), SETTLE_MS);
}

if (location.protocol === 'http:' || location.protocol === 'https:') {
  onBackgroundMessage('sentinel/navigated', () => {
    onUrlMaybeChanged();
    return { ok: true };
  });
  onSameDocumentNavigation(onUrlMaybeChanged);
  // Back/forward cache: the page comes back as it was, but the background has since forgotten its result.
  addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    lastUrl = '';
    onUrlMaybeChanged();
  });
  // A prerendered page is not the shopper's yet (the background ignores it): look once it is shown.
  if ((document as Document & { prerendering?: boolean }).prerendering === true) document.addEventListener('prerenderingchange', () => whenIdle(probe), { once: true });
  else whenIdle(probe);
}
