/**
 * Company identity: legal form, name, VAT ids (with check digits for DE and AT) and register
 * entries (SIGNALS.md "VAT / register number invalid", "Impressum incomplete").
 */
import { checkVatId } from '../../shared/vat';
import { clean } from '../dom';
import type { ExtractContext } from '../context';
import { defineSignal } from './types';

const LEGAL_FORM = /\b(GmbH\s{0,3}&\s{0,3}Co\.?\s{0,3}KG|gGmbH|GmbH|UG\s{0,3}\(haftungsbeschränkt\)|UG|AG|KG|OHG|e\.\s?K\.|Ltd\.?|Limited|LLC|Inc\.?|S\.?A\.?R\.?L\.?|S\.?L\.?|B\.?V\.?|sp\.\s?z\s?o\.?\s?o\.?)(?=[\s,.)]|$)/;
// Up to four capitalised words before the legal form, on the same line (text nodes are joined by \n).
// Words start only at a word boundary (look-behind) and are bounded, so a 100,000-letter word costs n, not n².
const NAME_WITH_FORM = new RegExp(String.raw`((?<![\wäöüß&.\-])(?:[A-ZÄÖÜ0-9][\wäöüß&.\-]{0,40}[ \t]){0,4})` + LEGAL_FORM.source);
const VAT_DE_AT = /\b(DE\s?\d{3}\s?\d{3}\s?\d{3}|ATU\s?\d{8})\b/g;
const VAT_OTHER = /\b(?:USt[.-]?Id[.-]?Nr\.?|UID|VAT(?: ?(?:ID|No\.?|number|reg\.?))?|TVA|P\.?\s?IVA|NIF|BTW)[:\s-]*([A-Z]{2}[A-Z0-9]{8,12})\b/gi;
const REGISTER = /\b(HRB|HRA|GnR|PR|VR)\s?\d{2,7}\s?[A-Z]?\b|\bFN\s?\d{5,6}\s?[a-z]\b|\bCompany (?:No\.?|number)[:\s]*\d{6,8}\b/g;
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
    forms.add(form.replace(/\s{0,3}\(haftungsbeschränkt\)/, ' (haftungsbeschränkt)'));
  }
  const court = COURT.exec(ctx.text)?.[0];
  const registers = [...new Set(ctx.text.match(REGISTER) ?? [])].slice(0, 4).map((r) => clean(court ? `${court}, ${r}` : r, 120));
  return { names: [...names], legalForms: [...forms].slice(0, 5), vatIds, registerEntries: registers };
}

export const company = defineSignal({ id: 'company', key: 'company', extract: extractCompany });
