/**
 * Scarce medical goods (FFP2/FFP3/KN95/N95 masks, surgical masks, disinfectant, rapid tests):
 * category from the product name, pack size, unit price, and the CE + notified body + EN 149
 * marks a real FFP mask carries (SIGNALS.md "scarce medical goods").
 */
import type { MedicalFacts } from '../../shared/facts-shop';
import { amountToCents, parseMoneyAll } from '../../shared/money';
import { clean } from '../dom';
import { typesOf } from '../json-ld';
import type { ExtractContext } from '../context';
import { listingItems } from './listing-items';
import { defineSignal } from './types';

const CATEGORIES: Array<[MedicalFacts['category'], RegExp]> = [
  ['ffp3-mask', /\bffp\s?3\b/i],
  ['ffp2-mask', /\b(ffp\s?2|kn\s?95|n\s?95)\b/i],
  ['surgical-mask', /\b(op[- ]masken?|medizinische (gesichts)?masken?|mund[- ]nasen[- ]schutz|surgical masks?|type iir|typ iir|face masks? type|masques? chirurgica(?:l|ux)|chirurgische mondmaskers?|medische mondmaskers?|mascherin[ae] chirurgich?[ae])\b/i],
  ['disinfectant', /\b((?:hände|hand)?desinfektion\w*|desinfizier\w*|disinfect\w*|sanitiz\w*|sanitis\w*|sterillium|desderman|softa[- ]?man|hand ?gel antibakteriell|handgel|(?:gel )?hydroalcoolique|d[ée]sinfectant\w*|desinfectie\w*|ontsmet\w*|disinfettant\w*|igienizzant\w*)\b/i],
  ['rapid-test', /\b(schnelltest\w*|selbsttest\w*|antigen[- ]?test\w*|rapid (antigen )?tests?|antigen rapid tests?|covid[- ]?(19[- ])?tests?|corona[- ]?tests?|(?:antigeen[- ]?)?sneltest\w*|zelftest\w*|autotests?(?: covid| antigéniques?)?|tests? (?:rapides?|antigéniques?)|tests? antigenic[io]|tests? rapid[io]|tampon[ei] rapid[io])\b/i],
];
/** Pack-size words, singular and plural: "20 Stück", "1 stuk" / "25 stuks", "50 pz.", "1 pezzo", "10 unités", "10 units". */
const PIECES = /\b(\d{1,5})\s?(?:x\s)?(?:st(?:ü|ue)ck|stk\.?|pcs\.?|pieces?|pièces?|unit(?:é|e)s?|units?|stuks?|pezz[io]|pz\.?|masken?|masks?|masques?|mondkapjes|mascherine|tests?|er[- ]?pack(?:ung)?|pack|packs)\b/i;
/** "12 Flaschen", "6 x 500 ml", "12 bottles", "6 flacons", "12 flessen", "6 flaconi": the pack holds several bottles. */
const BOTTLES = /\b(\d{1,3})\s?(?:x\s?(?=\d)|(?:flaschen?|bottles?|flacons?|flessen|fles|flaconi|flacone)\b)/i;
const VOLUME = /\b(\d{1,4}(?:[.,]\d{1,3})?)\s?(ml|l|liter|litre|liters|litres)\b/i;

function productName(ctx: ExtractContext): string {
  // On a marketplace the adapter knows the listing's title; the page's first <h1> may be an upsell box.
  if (ctx.marketplace?.title) return ctx.marketplace.title;
  for (const record of ctx.jsonLd()) {
    if (typesOf(record).includes('Product') && typeof record.name === 'string') return clean(record.name, 200);
  }
  const h1 = ctx.root.querySelector('h1')?.textContent;
  return clean(h1 || (ctx.root as Document).title || '', 200);
}

function priceCents(ctx: ExtractContext): number | null {
  if (ctx.marketplace?.priceCents) return ctx.marketplace.priceCents;
  for (const record of ctx.jsonLd()) {
    if (!typesOf(record).some((t) => t === 'Offer' || t === 'AggregateOffer')) continue;
    const price = record.price ?? record.lowPrice;
    if (typeof price === 'number' && price > 0) return Math.round(price * 100);
    if (typeof price === 'string' && /[1-9]/.test(price)) return amountToCents(price.replace(/[^\d.,]/g, ''));
  }
  // Visible price: the first one that is not struck through.
  const struck = new Set(Array.from(ctx.root.querySelectorAll('del, s, strike')).slice(0, 100).map((e) => clean(e.textContent, 40)));
  return parseMoneyAll(ctx.text, 50).find((m) => m.cents > 0 && !struck.has(clean(m.text, 40)))?.cents ?? null;
}

/** On a listing, the first item that is scarce medical goods, with its own name and price. */
function listedMedicalItem(ctx: ExtractContext): { name: string; cents: number } | null {
  if (ctx.pageType === 'product' || ctx.marketplace) return null;
  const item = listingItems(ctx).find((i) => CATEGORIES.some(([, pattern]) => pattern.test(i.name)));
  return item ? { name: item.name, cents: item.cents } : null;
}

export function extractMedical(ctx: ExtractContext): MedicalFacts | null {
  // A listing's h1 names the category and its first price is any item's: read the item itself.
  const listed = listedMedicalItem(ctx);
  const name = listed?.name ?? productName(ctx);
  const category = CATEGORIES.find(([, pattern]) => pattern.test(name))?.[0];
  if (!category) return null;
  const unit = category === 'disinfectant' ? 'litre' : 'piece';
  let quantity: number | null = null;
  if (unit === 'litre') {
    const v = VOLUME.exec(name);
    const bottles = Number(BOTTLES.exec(name)?.[1] ?? 1) || 1;
    if (v) quantity = (bottles * Number((v[1] ?? '0').replace(',', '.'))) / (/^ml$/i.test(v[2] ?? '') ? 1000 : 1);
  } else {
    const p = PIECES.exec(name);
    quantity = p ? Number(p[1]) : null;
  }
  const price = listed?.cents ?? priceCents(ctx);
  // An empty cart's "0,00 €" or a price that could not be read is no price at all.
  const cents = price !== null && price > 0 ? price : null;
  // A mask or test page without a pack size is treated as one piece; a bottle without volume stays unknown.
  const divisor = quantity ?? (unit === 'piece' ? 1 : null);
  const notified = /\bCE\s?[-–]?\s?(\d{4})\b/.exec(ctx.text);
  return {
    category,
    productText: name,
    unitCents: cents !== null && divisor ? Math.round(cents / divisor) : null,
    unit,
    quantity,
    hasCe: notified !== null || /\bCE\b/.test(ctx.text),
    notifiedBody: notified?.[1] ?? null,
    hasEn149: /\bEN\s?149\b/i.test(ctx.text),
  };
}

export const medical = defineSignal({
  id: 'medical',
  key: 'medical',
  extract: (ctx: ExtractContext) => extractMedical(ctx) ?? undefined,
});
