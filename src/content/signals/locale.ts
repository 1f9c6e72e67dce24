/**
 * Page language vs currency vs top-level domain (SIGNALS.md "language": wrong currency/locale
 * on a shop posing as local). The language comes from <html lang>, else the page's og:locale or
 * Content-Language; an amount of zero (an empty mini-cart's "0,00 €") is no price and names no currency.
 */
import { getPublicSuffix } from 'tldts';
import { parseMoneyAll } from '../../shared/money';
import type { ExtractContext } from '../context';
import { defineSignal } from './types';

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
    return { pageLanguage: pageLanguage(ctx.root), currencies, tld: getPublicSuffix(ctx.url.hostname) ?? '' };
  },
});
