/**
 * Page language vs currency vs top-level domain (SIGNALS.md "language": wrong currency/locale
 * on a shop posing as local). The language comes from <html lang>, else the page's og:locale or
 * Content-Language; an amount of zero (an empty mini-cart's "0,00 €") is no price and names no currency.
 */
import { getPublicSuffix } from 'tldts';
import { parseMoneyAll } from '../../shared/money';
import type { ExtractContext } from '../context';
import { defineSignal } from './types';

/** Words every text of the language is full of; a page's language is the one whose words clearly dominate. */
const COMMON_WORDS: Record<string, RegExp> = {
  de: /\b(?:und|der|die|das|mit|für|nicht|ist|sie|wir|oder|auf)\b/g,
  en: /\b(?:the|and|with|for|your|you|our|is|are|of|to|we)\b/g,
  fr: /\b(?:le|la|les|et|pour|avec|vous|nous|est|des|du|une)\b/g,
  nl: /\b(?:het|een|en|van|voor|met|wij|uw|niet|zijn|je|op)\b/g,
  it: /\b(?:il|lo|gli|e|per|con|che|di|una|sono|non|noi)\b/g,
};

export function guessLanguage(text: string): string | null {
  const counts = Object.entries(COMMON_WORDS).map(([lang, words]) => [lang, text.match(words)?.length ?? 0] as const).sort((a, b) => b[1] - a[1]);
  const [first, second] = counts;
  return first && first[1] >= 8 && first[1] >= 1.5 * (second?.[1] ?? 0) ? first[0] : null;
}

function pageLanguage(root: ParentNode): string | null {
  const doc = root as Document;
  const declared = doc.documentElement?.getAttribute('lang')
    ?? root.querySelector('meta[property="og:locale"]')?.getAttribute('content')
    ?? root.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content');
  const lang = declared?.trim().toLowerCase().replace('_', '-').slice(0, 20);
  return lang || null;
}

export const locale = defineSignal({
  id: 'locale',
  key: 'locale',
  extract: (ctx: ExtractContext) => {
    const prices = parseMoneyAll(ctx.text, 300).filter((m) => m.cents > 0);
    const currencies = [...new Set(prices.map((m) => m.currency))].slice(0, 10);
    const lang = pageLanguage(ctx.root);
    const tld = getPublicSuffix(ctx.url.hostname) ?? '';
    return lang ? { pageLanguage: lang, currencies, tld } : { pageLanguage: null, textLanguage: guessLanguage(ctx.lowerText.slice(0, 20_000)), currencies, tld };
  },
});
