/**
 * Company identity: legal form, name, VAT ids (with check digits for DE and AT) and register
 * entries (SIGNALS.md "VAT / register number invalid", "Impressum incomplete").
 */
import { checkVatId } from '../../shared/vat';
import { clean } from '../dom';
import type { ExtractContext } from '../context';
import { defineSignal } from './types';

const LEGAL_FORM = /\b(GmbH\s*&\s*Co\.?\s*KG|gGmbH|GmbH|UG\s*\(haftungsbeschränkt\)|UG|AG|KG|OHG|e\.\s?K\.|Ltd\.?|Limited|LLC|Inc\.?|S\.?A\.?R\.?L\.?|S\.?L\.?|B\.?V\.?|sp\.\s?z\s?o\.?\s?o\.?)(?=[\s,.)]|$)/;
// Up to four capitalised words before the legal form, on the same line (text nodes are joined by \n).
const NAME_WITH_FORM = new RegExp(String.raw`((?:[A-ZÄÖÜ0-9][\wäöüß&.\-]*[ \t]){0,4})` + LEGAL_FORM.source);
const VAT_DE_AT = /\b(DE\s?\d{3}\s?\d{3}\s?\d{3}|ATU\s?\d{8})\b/g;
const VAT_OTHER = /\b(?:USt[.-]?Id[.-]?Nr\.?|UID|VAT(?: ?(?:ID|No\.?|number|reg\.?))?|TVA|P\.?\s?IVA|NIF|BTW)[:\s-]*([A-Z]{2}[A-Z0-9]{8,12})\b/gi;
const REGISTER = /\b(HRB|HRA|GnR|PR|VR)\s?\d{2,7}\s?[A-Z]?\b|\bFN\s?\d{5,6}\s?[a-z]\b|\bCompany (?:No\.?|number)[:\s]*\d{6,8}\b/g;
// "HRB" / "HRA" and what follows it; a German register number is 1–6 digits, optionally one letter ("HRB 12345 B").
const REGISTER_LABEL = /\bHR[AB]\b[ \t.:-]{0,4}(?:Nr\.?|No\.?|Nummer)?[ \t.:]{0,4}([A-Za-z0-9][A-Za-z0-9./-]{0,20})/g;
const REGISTER_NUMBER = /^\d{1,6}[A-Z]?$/;
const COURT = /\b(Amtsgericht|Registergericht|Handelsgericht|Landesgericht|Firmenbuchgericht)\s+[A-ZÄÖÜ][\wäöüß\- ]{2,30}/;

export function extractCompany(ctx: ExtractContext) {
  const vatRaw = [...(ctx.text.match(VAT_DE_AT) ?? []), ...[...ctx.text.matchAll(VAT_OTHER)].map((m) => m[1] ?? '')];
  const vatIds = [...new Map(vatRaw.filter(Boolean).map((raw) => [checkVatId(raw).id, checkVatId(raw)])).values()]
    .slice(0, 5)
    .map((v) => ({ raw: v.id, country: v.country, checksumValid: v.checksumValid }));
  const names = new Set<string>();
  const forms = new Set<string>();
  const nameRe = new RegExp(NAME_WITH_FORM.source, 'g');
  for (const m of ctx.text.matchAll(nameRe)) {
    if (names.size >= 5) break;
    const form = (m[2] ?? '').replace(/\s+/g, ' ');
    if (!(m[1] ?? '').trim()) continue;
    names.add(clean(`${m[1] ?? ''}${form}`, 120));
    forms.add(form.replace(/\s*\(haftungsbeschränkt\)/, ' (haftungsbeschränkt)'));
  }
  const court = COURT.exec(ctx.text)?.[0];
  const registers = [...new Set(ctx.text.match(REGISTER) ?? [])].slice(0, 4).map((r) => clean(court ? `${court}, ${r}` : r, 120));
  return { names: [...names], legalForms: [...forms].slice(0, 5), vatIds, registerEntries: registers, registerMalformed: malformedRegisters(ctx.text) };
}

/** "HRB 2019/4471", "HRB 12345678", "HRB XY-12": numbers no German register court gives out. */
export function malformedRegisters(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(REGISTER_LABEL)) {
    const number = (m[1] ?? '').replace(/[./-]+$/, '');
    // A word ("HRB München") is a court or a label, not a number; only digit-bearing ids are judged.
    if (/\d/.test(number) && !REGISTER_NUMBER.test(number)) found.add(clean(m[0], 60));
    if (found.size >= 3) break;
  }
  return [...found];
}

export const company = defineSignal({ id: 'company', key: 'company', extract: extractCompany });
