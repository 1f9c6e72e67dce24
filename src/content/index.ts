/**
 * The full extractor. Not a declared content script: the background injects it (scripting
 * executeScript, top frame only) when the sentinel found the page shop-like or the site is known,
 * then sends `content/analyse` with the site it computed. Nothing here may throw into the page:
 * every path is caught and reported as "could not analyse".
 */
import { onBackgroundMessage, sendToBackground } from './runtime';
import { isHostOfSite, type PageSite } from '../shared/page-site';
import { extractFactsInSlices } from './slices';
import { withImpressumDetails } from './follow-up/impressum';
import { withSellerProfile } from './follow-up/seller';
import { withListingDescription } from './follow-up/listing-description';
import { removeBanner, showBanner } from './banner/banner';
import { loadedExtractor, registerExtractor } from './stages';
import { watchBanner } from './banner/watchdog';
import type { Guard } from '../shared/site-memory';

let pageSite: PageSite | null = null;
let running = false;
let pending = false;

async function analyse(site: PageSite): Promise<void> {
  const url = location.href;
  try {
    const started = await sendToBackground({ type: 'analysis/started', url });
    // The background knows whether earlier pages of this site showed that it sells (its site profile).
    const { facts } = await extractFactsInSlices(document, url, { site, now: () => performance.now(), siteSells: started?.siteSells === true });
    applyGuard((await sendToBackground({ type: 'facts/report', facts }))?.guard ?? null);
    // Second, richer report once the shop's Impressum, the listing's description frame or the seller's profile has been read (bounded).
    const described = (await withListingDescription(facts).catch(() => null)) ?? facts;
    const enriched = (await withImpressumDetails(described, site).catch(() => null)) ?? (await withSellerProfile(described, site).catch(() => null)) ?? (described === facts ? null : described);
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

/** One analysis at a time; a request during one runs once more afterwards (the page may have changed). */
async function runAnalyses(): Promise<void> {
  if (running) {
    pending = true;
    return;
  }
  running = true;
  try {
    do {
      pending = false;
      if (pageSite) await analyse(pageSite);
    } while (pending);
  } finally {
    running = false;
  }
}

function scheduleAnalysis(): void {
  // Let the page finish its own work first; idle callbacks are not available everywhere.
  const run = () => void runAnalyses().catch(() => undefined);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 0);
}

// Injected twice into one document (a re-check racing a navigation), the second copy does nothing.
/** The site the background sent, if it is one and covers this document's host (a document that has moved on ignores it). */
function siteFrom(message: Record<string, unknown>): PageSite | null {
  const site = message.site as Partial<PageSite> | undefined;
  if (typeof site?.site !== 'string' || typeof site.publicSuffix !== 'string' || site.site.length > 300 || site.publicSuffix.length > 60) return null;
  return isHostOfSite(location.hostname, site.site) ? { site: site.site, publicSuffix: site.publicSuffix } : null;
}

if (!loadedExtractor()) {
  registerExtractor({
    analyseAgain: () => {
      if (!pageSite) return false;
      scheduleAnalysis();
      return true;
    },
  });
  onBackgroundMessage('content/analyse', (message) => {
    const site = siteFrom(message);
    if (!site) return { ok: false };
    pageSite = site;
    scheduleAnalysis();
    return { ok: true };
  });
}
