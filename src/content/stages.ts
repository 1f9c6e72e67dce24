/**
 * The sentinel (injected everywhere) and the full extractor (injected by the background on pages
 * that may sell) share one isolated world, which page scripts cannot see. The extractor leaves this
 * handle there so the sentinel can ask it to look again after a single-page navigation.
 */
const HANDLE_KEY = '__shopwatchExtractor';

export interface ExtractorHandle {
  /** Analyse the page again (same document, so the same site); false when it has no site yet (never asked to analyse). */
  analyseAgain(): boolean;
}

export function loadedExtractor(): ExtractorHandle | null {
  return ((globalThis as Record<string, unknown>)[HANDLE_KEY] as ExtractorHandle | undefined) ?? null;
}

export function registerExtractor(handle: ExtractorHandle): void {
  (globalThis as Record<string, unknown>)[HANDLE_KEY] = handle;
}
