/**
 * VAT ids as shops write them: "DE136695976", "DE 136 695 976", "DE-168003280", "ATU-72306435",
 * "GB 980 7806 84", "NL004495445B01", "CHE-107.787.577 MWST", "FR 40 303 265 045", and Italian
 * "P.IVA 00743110157" without the prefix. The label may stand on the line before ("VAT ID ¦ GB …").
 * A prefixed number counts without a label only when written in one piece; one with separators
 * needs a VAT label just before it, so that IBAN groups and order numbers are not taken for one.
 */
import { checkVatId, hasVatShape } from '../../shared/vat';
import { foldWords, termPattern } from '../text-fold';

// Prefix, then groups of letters/digits with single separators (a separator is required between
// groups, so the split is never ambiguous and the pattern stays linear).
const PREFIXED = /\b(ATU|CHE|AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|GB|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI)(?:[ .\-]{0,2})([0-9][0-9A-Z]{0,13}(?:[ .\-][0-9A-Z]{1,12}){0,6})/g;
// Italian and Dutch numbers are often written without the prefix after their own label.
const UNPREFIXED = /\b(?:P\.?[ \t]?IVA|Partita IVA|C\.F\.\/P\.IVA|BTW(?:-?(?:nummer|nr\.?|id|identificatienummer))?)[ \t.:]{0,4}(?:\n[ \t]{0,3})?(\d{11}|\d{9}B\d{2})\b/gi;
const VAT_LABEL = termPattern([
  'ust*', 'umsatzsteuer*', 'mwst*', 'uid*', 'steuer*', 'vat', 'vat id', 'vat no', 'vat number', 'vat reg', 'tax id', 'tva', 'numero de tva',
  'btw*', 'iva', 'p iva', 'partita iva', 'nif', 'cif', 'nip', 'dic', 'moms', 'alv', 'cvr', 'kmkr', 'pvm', 'pvn', 'dph', 'ddv', 'oib', 'afm', 'anum', 'cui',
]);
const SUFFIXES = /^(?:MWST|TVA|IVA|VAT|BTW|UID)$/;
const LABEL_WINDOW = 60;

export interface VatIdFact {
  raw: string;
  country: string;
  checksumValid: boolean | null;
}

/** The longest run of groups that has the country's VAT shape, unless more digit groups follow (an IBAN, a phone number). */
function pickNumber(prefix: string, groups: string[]): string | null {
  for (let n = groups.length; n >= 1; n--) {
    const id = `${prefix}${groups.slice(0, n).join('')}`;
    if (!hasVatShape(id)) continue;
    const next = groups[n];
    if (next !== undefined && /^\d/.test(next) && !SUFFIXES.test(next)) return null;
    return id;
  }
  return null;
}

export function findVatIds(text: string, max = 5): VatIdFact[] {
  const bounded = text.slice(0, 200_000);
  const ids = new Map<string, VatIdFact>();
  const add = (raw: string) => {
    const checked = checkVatId(raw);
    if (!ids.has(checked.id) && ids.size < max) ids.set(checked.id, { raw: checked.id, country: checked.country, checksumValid: checked.checksumValid });
  };
  for (const m of bounded.matchAll(PREFIXED)) {
    const prefix = m[1] ?? '';
    const body = m[2] ?? '';
    const groups = body.split(/[ .\-]/);
    const id = pickNumber(prefix, groups);
    if (!id) continue;
    const separated = groups.length > 1 || /[ .\-]$/.test(m[0].slice(0, prefix.length + 1));
    const before = foldWords(bounded.slice(Math.max(0, (m.index ?? 0) - LABEL_WINDOW), m.index ?? 0), LABEL_WINDOW);
    const labelled = VAT_LABEL.test(before.split(' ').slice(-6).join(' '));
    // DE and AT numbers were always accepted in one piece or spaced; others need a label once split.
    if (labelled || !separated || prefix === 'DE' || prefix === 'ATU') add(id);
  }
  for (const m of bounded.matchAll(UNPREFIXED)) {
    const number = m[1] ?? '';
    add(/B\d{2}$/.test(number) ? `NL${number}` : `IT${number}`);
  }
  return [...ids.values()];
}
