import type { Evidence } from '../shared/result';

/** Evidence with a message key from _locales ("ev" + name) and what was found on the page. */
export function ev(key: string, ...subs: Array<string | number>): Evidence {
  return { key, subs: subs.map((s) => String(s).slice(0, 300)).slice(0, 6) };
}

/** A bare quote of the page. */
export const quote = (text: string): Evidence => ev('evText', text);
