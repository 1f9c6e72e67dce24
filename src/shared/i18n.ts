import { browser } from './platform';

/**
 * The only caller of i18n.getMessage. A missing key returns the key itself, so a gap shows up
 * in screenshots and tests instead of an empty label. Substitutions are text, never HTML.
 */
export function t(key: string, subs: string[] = []): string {
  try {
    const message = browser.i18n.getMessage(key, subs);
    return message || key;
  } catch {
    return key;
  }
}

export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}
