/**
 * Content script entry: extract facts from this page and hand them to the background.
 * Nothing here may throw into the page: every path is caught and reported as "could not analyse".
 */
import { browser, sendToBackground } from '../shared/platform';
import { parseMessage } from '../shared/messages';
import { extractFacts } from './extract';
import { withImpressumDetails } from './impressum/follow-up';

let lastAnalysedUrl = '';

async function analyse(): Promise<void> {
  const url = location.href;
  lastAnalysedUrl = url;
  try {
    await sendToBackground({ type: 'analysis/started', url });
    const facts = extractFacts(document, url, { now: () => performance.now() });
    await sendToBackground({ type: 'facts/report', facts });
    // Second, richer report once the shop's own Impressum has been read (bounded, same origin).
    const enriched = await withImpressumDetails(facts).catch(() => null);
    if (enriched && location.href === url) await sendToBackground({ type: 'facts/report', facts: enriched });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.warn('[Shopwatch] analysis failed:', message);
    await sendToBackground({ type: 'analysis/failed', url, error: message.slice(0, 500) }).catch(() => undefined);
  }
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

if (location.protocol === 'http:' || location.protocol === 'https:') scheduleAnalysis();
