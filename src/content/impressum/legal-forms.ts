/**
 * Company names with their legal form, across the countries fake shops claim to be seated in:
 * "Bergsport Huber GmbH", "Visser Zweirad B.V.", "Sportstore S.r.l.", "Boiscenter Robert SAS",
 * "Techworks Ltd", "Mercato Online OOD". The form is given back in one spelling per form, which is
 * what the engine's list of forms that must name a register entry uses.
 */
import { clean } from '../dom';

/** Spelling on the page (as a pattern) → the one spelling the engine knows. Longest first. */
const FORMS: Array<[string, string]> = [
  [String.raw`GmbH\s{0,3}&\s{0,3}Co\.?\s{0,3}KGaA`, 'GmbH & Co. KGaA'],
  [String.raw`GmbH\s{0,3}&\s{0,3}Co\.?\s{0,3}KG`, 'GmbH & Co. KG'],
  [String.raw`UG\s{0,3}\(haftungsbeschr(?:ä|ae)nkt\)`, 'UG'],
  [String.raw`gGmbH`, 'gGmbH'],
  [String.raw`GmbH`, 'GmbH'],
  [String.raw`UG`, 'UG'],
  [String.raw`KGaA`, 'KGaA'],
  [String.raw`AG`, 'AG'],
  [String.raw`OHG`, 'OHG'],
  [String.raw`KG`, 'KG'],
  [String.raw`OG`, 'OG'],
  [String.raw`e\.\s?K(?:fm|fr)?\.`, 'e.K.'],
  [String.raw`e\.\s?U\.`, 'e.U.'],
  [String.raw`eG`, 'eG'],
  [String.raw`SE`, 'SE'],
  [String.raw`(?:Ltd\.?|Limited)`, 'Ltd'],
  [String.raw`(?:PLC|plc)`, 'PLC'],
  [String.raw`LLP`, 'LLP'],
  [String.raw`LLC`, 'LLC'],
  [String.raw`Inc\.?`, 'Inc'],
  [String.raw`(?:SARL|S\.A\.R\.L\.|S[àa]rl)`, 'SARL'],
  [String.raw`SASU`, 'SASU'],
  [String.raw`(?:SAS|S\.A\.S\.)`, 'SAS'],
  [String.raw`EURL`, 'EURL'],
  [String.raw`SNC`, 'SNC'],
  [String.raw`(?:SA|S\.A\.)`, 'SA'],
  [String.raw`(?:SPRL|BVBA|CommV)`, 'SPRL'],
  [String.raw`(?:SRL|S\.R\.L\.|S\.r\.l\.s?\.?|Srl)`, 'S.r.l.'],
  [String.raw`(?:S\.p\.A\.|SpA|S\.P\.A\.)`, 'S.p.A.'],
  [String.raw`(?:S\.a\.s\.|S\.n\.c\.)`, 'S.a.s.'],
  [String.raw`(?:B\.V\.|BV)`, 'B.V.'],
  [String.raw`(?:N\.V\.|NV)`, 'N.V.'],
  [String.raw`(?:V\.O\.F\.|VOF|vof)`, 'V.O.F.'],
  [String.raw`(?:S\.L\.U?\.|SLU?)`, 'S.L.'],
  [String.raw`[Ss]p\.\s?z\s?o\.\s?o\.?`, 'sp. z o.o.'],
  [String.raw`s\.\s?r\.\s?o\.`, 's.r.o.'],
  [String.raw`a\.\s?s\.`, 'a.s.'],
  [String.raw`(?:UAB|OÜ|OU|SIA|OOD|EOOD|Kft\.?|Zrt\.?)`, 'foreign'],
];

// Up to four name words before the form, on the same line (text nodes are joined by \n). A word
// starts only where no word character precedes it and is at most 40 characters long, so every
// start costs a bounded scan: linear on any input.
const WORD = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}&.'’\-]{0,40}`;
const NAME_WITH_FORM = new RegExp(
  String.raw`(?<![\p{L}\p{N}&.\-])((?:${WORD}[ \t]){1,4})(${FORMS.map(([p]) => p).join('|')})(?=[\s,;.)]|$)`,
  'gu',
);
const CANONICAL = FORMS.map(([p, canonical]) => [new RegExp(`^(?:${p})$`, 'u'), canonical] as const);

// "AG München" (Amtsgericht), "KG Berlin" are courts, not company names; "Sitz der Gesellschaft" is a label.
const NOT_A_NAME = /^(?:Amtsgericht|Registergericht|Sitz|Firmenbuch|Handelsregister|Inhaber|Geschäftsführer|Register)\b/u;

export interface CompanyName {
  name: string;
  form: string;
}

/** Names with a legal form, in page order, at most `max`. */
export function companyNames(text: string, max = 5): CompanyName[] {
  const found: CompanyName[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(NAME_WITH_FORM)) {
    const words = (m[1] ?? '').trim();
    const written = m[2] ?? '';
    // A name has letters: "2. OG" is a floor, not a company.
    if (!words || NOT_A_NAME.test(words) || !/\p{L}{2}/u.test(words)) continue;
    const form = CANONICAL.find(([p]) => p.test(written))?.[1] ?? written;
    const name = clean(`${words} ${written}`, 120);
    if (seen.has(name)) continue;
    seen.add(name);
    found.push({ name, form });
    if (found.length >= max) break;
  }
  return found;
}
