import { browser } from './platform';
import { formatMessage, localiseSub, type MessageTable } from './i18n-format';

export type UiLanguage = 'de' | 'en';

/** Messages of a language the user chose in the options (browser.i18n always follows the browser). */
let chosen: { language: UiLanguage; table: MessageTable } | null = null;

/**
 * The only way UI code gets text. A missing key returns the key itself, so a gap shows up in
 * screenshots and tests instead of an empty label. Substitutions are text, never HTML.
 */
export function t(key: string, subs: string[] = []): string {
  const shown = subs.map((sub) => localiseSub(sub, currentLanguage(), (k) => plain(k)));
  const entry = chosen?.table[key];
  if (entry) return formatMessage(entry, shown);
  try {
    return browser.i18n.getMessage(key, shown) || key;
  } catch {
    return key;
  }
}

/** A message without substitutions, or null when the key is unknown. */
function plain(key: string): string | null {
  const entry = chosen?.table[key];
  if (entry) return formatMessage(entry, []);
  try {
    return browser.i18n.getMessage(key) || null;
  } catch {
    return null;
  }
}

export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}

/** The language the UI is shown in right now. */
export function currentLanguage(): UiLanguage {
  if (chosen) return chosen.language;
  return uiLanguage().toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** Switch to a chosen language ("auto" = the browser's). Falls back to the browser's on any error. */
export async function useLanguage(setting: 'auto' | UiLanguage): Promise<void> {
  if (setting === 'auto') {
    chosen = null;
    return;
  }
  try {
    const response = await fetch(browser.runtime.getURL(`_locales/${setting}/messages.json`));
    chosen = { language: setting, table: (await response.json()) as MessageTable };
  } catch {
    chosen = null;
  }
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(currentLanguage()).format(value);
}

export function formatDate(epochMs: number): string {
  return new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'medium' }).format(epochMs);
}

export function formatDateTime(epochMs: number): string {
  return new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(epochMs);
}
