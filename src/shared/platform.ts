import browser from 'webextension-polyfill';
import './zod';
import { parseResponse, type Message, type MessageType, type ResponseOf } from './messages';

/** The single door to the browser API: nothing else imports the polyfill. */
export { browser };
export type { Runtime, Tabs } from 'webextension-polyfill';

/**
 * Send a message to the background and validate the answer. The MV3 service worker may be asleep
 * when the first message arrives, so one failed attempt is retried once.
 */
export async function sendToBackground<T extends MessageType>(
  message: Extract<Message, { type: T }>,
): Promise<ResponseOf<T> | null> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const raw: unknown = await browser.runtime.sendMessage(message);
      return parseResponse(message.type as T, raw);
    } catch (error) {
      if (attempt === 1) throw error;
    }
  }
  return null;
}

/** Send to a tab's content scripts; `frameId` 0 reaches the top frame only. */
export async function sendToTab<T extends MessageType>(
  tabId: number,
  message: Extract<Message, { type: T }>,
  frameId?: number,
): Promise<ResponseOf<T> | null> {
  const raw: unknown = await browser.tabs.sendMessage(tabId, message, frameId === undefined ? undefined : { frameId });
  return parseResponse(message.type as T, raw);
}

export const isFirefox = typeof navigator !== 'undefined' && /firefox/i.test(navigator.userAgent);
