/**
 * The sentinel's own door to the extension API. It runs on every page, so it carries neither the
 * polyfill nor zod (src/shared/platform.ts is for the full extractor and extension pages): Firefox
 * has `browser`, Chrome's `chrome` returns promises in MV3. It only sends one small message.
 */
import type { Message } from '../../shared/messages';

interface RuntimeLike {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(listener: (message: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => unknown): void };
}

declare const chrome: { runtime: RuntimeLike } | undefined;

function runtime(): RuntimeLike | null {
  const api = (globalThis as { browser?: { runtime?: RuntimeLike } }).browser?.runtime ?? (typeof chrome === 'object' ? chrome?.runtime : undefined);
  return api ?? null;
}

/** Send to the background; a sleeping service worker may drop the first attempt, so try twice. */
export async function sendProbe(message: Extract<Message, { type: 'page/probe' }>): Promise<void> {
  const api = runtime();
  if (!api) return;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await api.sendMessage(message);
      return;
    } catch {
      // retried once; after that the page simply stays unanalysed, as if it were no shop
    }
  }
}

/** Call `onNavigated` when the background says the tab's URL changed. */
export function listenForNavigation(onNavigated: () => void): void {
  runtime()?.onMessage.addListener((message, _sender, sendResponse) => {
    if ((message as { type?: unknown } | null)?.type !== 'sentinel/navigated') return undefined;
    onNavigated();
    sendResponse({ ok: true });
    return undefined;
  });
}
