/**
 * Register entries a legal notice must name, by country: German HRB/HRA with the register court,
 * Austrian FN with the Firmenbuch court, Swiss UID (CHE-…), UK Companies House numbers, Dutch KvK,
 * Belgian enterprise numbers, French RCS/SIREN (Luhn check digit), Italian REA / Registro Imprese,
 * Polish KRS. Besides the entries, what no register gives out: an HRB with nine digits or a slash,
 * a "court" that is a country ("Amtsgericht Europa", "Handelsregister Deutschland"), an office
 * that keeps no register ("Handelsamt Berlin-Mitte"), a KvK or company number of the wrong length,
 * a SIREN failing its check digit.
 */
import { validate as siren } from 'stdnum/lib/esm/fr/siren';
import { clean } from '../dom';

// Every pattern is a fixed label followed by bounded runs: linear on any input.
const DE_REGISTER = /\b(HRB|HRA|GnR)\b[ \t.:\-]{0,4}(?:Nr\.?|No\.?|Nummer)?[ \t.:]{0,4}([A-Za-z0-9][A-Za-z0-9./\-]{0,20}(?: [A-Z]{1,2}\b)?)/g;
const DE_NUMBER = /^\d{1,6}(?: ?[A-Z]{1,2})?$/;
const AT_FN = /\b(?:FN|Firmenbuch(?:nummer)?|Firmenbuch-Nr\.?)[ \t.:]{0,4}(\d{1,8}[ \t]?[a-zA-Z]?)\b/g;
const AT_NUMBER = /^\d{1,6} ?[a-z]$/;
const CH_UID = /\bCHE[ \t-]?\d{3}[. ]?\d{3}[. ]?\d{3}\b|\bCH-\d{3}\.\d\.\d{3}\.\d{3}-\d\b/g;
const UK_COMPANY = /(?<!VAT[ \t]{0,2})\b(?:Company|Companies House|Registered|Registration)[ \t]{0,3}(?:No\.?|Number|Nr\.?|number|no\.?)[ \t.:]{0,4}([A-Z]{0,2}[0-9][0-9 ]{0,12}[0-9])\b|\bRegistered in (?:England(?: (?:and|&) Wales)?|Scotland|Wales|Northern Ireland)[^\n\d]{0,40}?([A-Z]{0,2}[0-9][0-9 ]{0,12}[0-9])\b/gi;
const UK_NUMBER = /^(?:\d{8}|(?:SC|NI|OC|SO|NC|FC|GE|LP|SL|NL|R0)\d{6})$/;
const NL_KVK = /\b(?:KvK|K\.v\.K\.|Kamer van Koophandel|KvK-nummer|KvK nummer)[ \t.:,-]{0,6}(?:nummer|nr\.?)?[ \t.:,-]{0,4}(\d[\d ]{0,12}\d)\b/gi;
const BE_ENTERPRISE = /\b(?:KBO|BCE|RPR|RPM|Ondernemingsnummer|Num[ée]ro d'entreprise|N° d'entreprise|Enterprise number)[^\n\d]{0,20}?([01]?\d{3}[. ]?\d{3}[. ]?\d{3})\b/gi;
const FR_RCS = /\b(?:RCS|R\.C\.S\.)[ \t]{1,3}([A-ZÉ][\p{L}'\- ]{1,30}?)[ \t,:]{0,4}(?:[AB][ \t])?(\d{3}[ \t.]?\d{3}[ \t.]?\d{3})\b|\bSIRE[NT][ \t.:]{0,4}(\d{3}[ \t.]?\d{3}[ \t.]?\d{3})(?:[ \t.]?\d{5})?\b/gu;
const IT_REGISTER = /\b(?:R\.?E\.?A\.?|Registro (?:delle )?Imprese)\b[^\n\d]{0,30}?(\d[\d ]{0,12}\d)\b/gi;
const PL_KRS = /\bKRS[ \t.:]{0,4}(\d{10})\b/g;
const OFFICES = 'Amtsgericht|AG|Registergericht|Handelsregister|Landesgericht|Handelsgericht|Firmenbuchgericht|Handelsamt|Registeramt|Handelskammer|Gewerbeamt';
// An office and its place ("Amtsgericht Köln", "Handelsregister des Kantons Luzern"); the place is no
// other office ("Registergericht: Amtsgericht Köln" names the court once) and no register number.
const COURT = new RegExp(String.raw`\b(${OFFICES})\b[ \t:,]{1,3}(?:des Kantons |beim |am )?(?!(?:${OFFICES}|HR[AB]|FN|Nr)\b)(\p{Lu}[\p{L}.\-]{1,30}(?:[ \t](?:am|an der|im|in der|\(Oder\)|\p{Lu}[\p{L}.\-]{1,30})){0,2})`, 'gu');
// Offices that keep no commercial register, and "places" that are no register court's seat.
const NO_REGISTER_OFFICE = /^(?:Handelsamt|Registeramt|Handelskammer|Gewerbeamt)$/;
const NOT_A_PLACE = /^(?:Europa|Europe|EU|Deutschland|Germany|Österreich|Austria|Schweiz|International|Bund|Bundesrepublik|Zentral|Online|Internet|Digital)\b/u;

export interface RegisterFacts {
  /** Entries as written, with the court when one is named ("Amtsgericht Köln, HRB 231523"). */
  entries: string[];
  /** Entries no register gives out, as written. */
  malformed: string[];
}

function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

export function registerFacts(text: string): RegisterFacts {
  const bounded = text.slice(0, 200_000);
  const entries = new Set<string>();
  const malformed = new Set<string>();
  const add = (value: string, ok: boolean, target = ok ? entries : malformed) => target.size < 5 && target.add(clean(value, 120));

  let court: string | null = null;
  for (const m of bounded.matchAll(COURT)) {
    const office = m[1] ?? '';
    const place = m[2] ?? '';
    // "AG" is also a company's legal form ("Muster AG, Deutschland"): as a court it only names one.
    if (NO_REGISTER_OFFICE.test(office) || (office !== 'AG' && NOT_A_PLACE.test(place))) add(m[0], false);
    else court ??= clean(m[0], 80);
  }
  for (const m of bounded.matchAll(DE_REGISTER)) {
    const number = (m[2] ?? '').trim().replace(/[./\-]+$/, '');
    if (!/\d/.test(number)) continue; // "HRB München": a label, not a number
    add(court ? `${court}, ${m[1]} ${number}` : `${m[1]} ${number}`, DE_NUMBER.test(number));
  }
  for (const m of bounded.matchAll(AT_FN)) add(`FN ${m[1] ?? ''}`, AT_NUMBER.test((m[1] ?? '').trim()));
  for (const m of bounded.matchAll(CH_UID)) add(m[0], true);
  for (const m of bounded.matchAll(UK_COMPANY)) {
    const number = (m[1] ?? m[2] ?? '').replace(/ /g, '');
    add(m[0], UK_NUMBER.test(number));
  }
  for (const m of bounded.matchAll(NL_KVK)) add(m[0], digitsOf(m[1] ?? '').length === 8);
  for (const m of bounded.matchAll(BE_ENTERPRISE)) add(m[0], true);
  for (const m of bounded.matchAll(FR_RCS)) {
    const number = digitsOf(m[2] ?? m[3] ?? '');
    add(m[0], siren(number).isValid);
  }
  for (const m of bounded.matchAll(IT_REGISTER)) {
    const digits = digitsOf(m[1] ?? '');
    add(m[0], digits.length >= 4 && (digits.length <= 7 || digits.length === 11));
  }
  for (const m of bounded.matchAll(PL_KRS)) add(m[0], true);
  return { entries: [...entries], malformed: [...malformed] };
}
