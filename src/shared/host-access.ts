import { browser } from './platform';
import { patternCovers } from './host-pattern';

/**
 * Whether the extension may already fetch from an origin: an explicit host permission, or a
 * granted pattern that covers it (Chrome counts the content scripts' http(s) patterns). Only when
 * nothing covers the origin must the shopper be asked (`requestHostAccess`, in a click handler).
 */
export async function hasHostAccess(href: string): Promise<boolean> {
  try {
    const origin = new URL(href);
    const granted = await browser.permissions.getAll();
    return (granted.origins ?? []).some((pattern) => patternCovers(pattern, origin));
  } catch {
    return false;
  }
}

/** Ask for one origin; must run in the handler of the shopper's click. */
export async function requestHostAccess(href: string): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: [`${new URL(href).origin}/*`] });
  } catch {
    return false;
  }
}
