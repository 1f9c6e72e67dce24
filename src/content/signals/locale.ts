/**
 * Page language vs currency vs top-level domain (SIGNALS.md "language": wrong currency/locale
 * on a shop posing as local).
 */
import { parseMoneyAll } from '../../shared/money';
import type { ExtractContext } from '../context';
import { defineSignal } from './types';

export const locale = defineSignal({
  id: 'locale',
  key: 'locale',
  extract: (ctx: ExtractContext) => {
    const lang = (ctx.root as Document).documentElement?.getAttribute('lang')?.toLowerCase().slice(0, 20) ?? null;
    const currencies = [...new Set(parseMoneyAll(ctx.text, 300).map((m) => m.currency))].slice(0, 10);
    return { pageLanguage: lang, currencies, tld: ctx.publicSuffix };
  },
});
