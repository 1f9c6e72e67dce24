/**
 * Content script entry: extract facts from this page and hand them to the background.
 * Nothing here may throw into the page: every path is caught and reported as "could not analyse".
 */
import { browser, sendToBackground } from '../shared/platform';
import { parseMessage } from '../shared/messages';
import { extractFacts } from './extract';
import { withImpressumDetails } from './follow-up/impressum';
import { withSellerProfile } from './follow-up/seller';
import { withListingDescription } from './follow-up/listing-description';
import { removeBanner, showBanner } from './banner/banner';
import { watchBanner } from './banner/watchdog';
import type { Guard } from '../shared/site-memory';

let lastAnalysedUrl = '';

async function analyse(): Promise<void> {
  const url = location.href;
  lastAnalysedUrl = url;
  try {
    const started = await sendToBackground({ type: 'analysis/started', url });
    // The background knows whether earlier pages of this site showed that it sells (its site profile).
    const facts = extractFacts(document, url, { now: () => performance.now(), siteSells: started?.siteSells === true });
    applyGuard((await sendToBackground({ type: 'facts/report', facts }))?.guard ?? null);
    // Second, richer report once the shop's Impressum, the listing's description frame or the seller's profile has been read (bounded).
    const described = (await withListingDescription(facts).catch(() => null)) ?? facts;
    const enriched = (await withImpressumDetails(described).catch(() => null)) ?? (await withSellerProfile(described).catch(() => null)) ?? (described === facts ? null : described);
    if (enriched && location.href === url) applyGuard((await sendToBackground({ type: 'facts/report', facts: enriched }))?.guard ?? null);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.warn('[Shopwatch] analysis failed:', message);
    await sendToBackground({ type: 'analysis/failed', url, error: message.slice(0, 500) }).catch(() => undefined);
  }
}

/** The page hid or removed the banner this many times; after the second, it is not put back again. */
let tamperings = 0;
let stopWatching: (() => void) | null = null;

/**
 * Show the checkout warning the background asked for, or remove a stale one. The banner is
 * watched: a page that hides or removes it is reported (a strong warning sign) and gets it back
 * once; after that the toolbar badge and the notification carry the warning.
 */
function applyGuard(guard: Guard | null): void {
  stopWatching?.();
  stopWatching = null;
  if (!guard || tamperings >= 2) {
    removeBanner(document);
    return;
  }
  const banner = showBanner(document, guard, {
    details: () => void sendToBackground({ type: 'guard/details' }).catch(() => undefined),
    // Not a trust mark: the background opens the popup, where the shopper confirms.
    trust: () => void sendToBackground({ type: 'guard/trust', site: guard.site }).catch(() => undefined),
    dismiss: () => {
      stopWatching?.();
      banner.remove();
      void sendToBackground({ type: 'guard/dismiss', site: guard.site }).catch(() => undefined);
    },
  });
  stopWatching = watchBanner(document, banner.host, (how) => {
    stopWatching = null;
    tamperings += 1;
    void sendToBackground({ type: 'guard/hidden', site: guard.site, how }).catch(() => undefined);
    // Once put back; the second time it goes, so a restyled banner cannot stay as a click trap.
    if (tamperings === 1) applyGuard(guard);
    else removeBanner(document);
  });
}

function scheduleAnalysis(): void {
  // Let the page finish its own work first; idle callbacks are not available everywhere.
  const run = () => void analyse().catch(() => undefined);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 0);
}

browser.runtime.onMessage.addListener((raw: unknown) => {
  const message = parseMessage(raw);
  if (message?.type !== 'content/analyse') return undefined;
  scheduleAnalysis();
  return Promise.resolve({ ok: true });
});

// Single-page shops change the URL without a reload: analyse again when it changes.
setInterval(() => {
  if (location.href !== lastAnalysedUrl) scheduleAnalysis();
}, 1500);

// A prerendered page is not the shopper's yet (the background ignores it): analyse once it is shown.
const isPrerendering = () => (document as Document & { prerendering?: boolean }).prerendering === true;
if (location.protocol === 'http:' || location.protocol === 'https:') {
  if (isPrerendering()) document.addEventListener('prerenderingchange', scheduleAnalysis, { once: true });
  else scheduleAnalysis();
}
