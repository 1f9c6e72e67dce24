/**
 * The content side's door to the extension API, for the sentinel and the full extractor alike.
 * It carries neither the polyfill nor zod: both would be parsed and run on every shop page (zod's
 * schema construction alone was most of the extractor's load time, issue 16). Firefox has
 * `browser`, Chrome's `chrome` returns promises in MV3. Trust: only this extension's background
 * can message a content script, and it validates everything content scripts send (with zod).
 */
import type { Message, MessageType, ResponseOf } from '../shared/messages';

type Listener = (message: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => unknown;

interface RuntimeLike {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(listener: Listener): void };
}

declare const chrome: { runtime?: RuntimeLike } | undefined;

function runtime(): RuntimeLike | null {
  const api = (globalThis as { browser?: { runtime?: RuntimeLike } }).browser?.runtime ?? (typeof chrome === 'object' ? chrome?.runtime : undefined);
  return api ?? null;
}

/**
 * Send to the background. A sleeping service worker may drop the first attempt, so a failed send
 * is tried once more; an answer that is not an object counts as none.
 */
export async function sendToBackground<T extends MessageType>(message: Extract<Message, { type: T }>): Promise<ResponseOf<T> | null> {
  const api = runtime();
  if (!api) return null;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const answer = await api.sendMessage(message);
      return answer !== null && typeof answer === 'object' ? (answer as ResponseOf<T>) : null;
    } catch (error) {
      if (attempt === 1) throw error;
    }
  }
  return null;
}

/**
 * Answer messages of one `type` from the background, synchronously (Chrome keeps no promise an
 * onMessage listener returns). Other types are left to the other stage's listener.
 */
export function onBackgroundMessage(type: MessageType, answer: (message: Record<string, unknown>) => unknown): void {
  runtime()?.onMessage.addListener((message, _sender, sendResponse) => {
    if (message === null || typeof message !== 'object' || (message as { type?: unknown }).type !== type) return undefined;
    sendResponse(answer(message as Record<string, unknown>));
    return undefined;
  });
}
