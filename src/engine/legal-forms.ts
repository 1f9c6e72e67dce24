/**
 * Company legal forms and the countries whose registers know them, to say who an account holder is:
 * "UAB Prekyba" is a company in Lithuania, "Nowak Handel Sp. z o.o." one in Poland — never a private
 * person (issue 15, class 4). Longer and more specific forms come first.
 */
export interface LegalForm {
  form: string;
  countries: readonly string[];
}

const FORMS: ReadonlyArray<[RegExp, string, readonly string[]]> = [
  [/\bGmbH\s?&\s?Co\.?\s?KG\b/, 'GmbH & Co. KG', ['DE', 'AT']],
  [/\bSp\.?\s?z\s?o\.?\s?o\.?/i, 'Sp. z o.o.', ['PL']],
  [/\bspół(?:ka)? z ograniczoną/i, 'Sp. z o.o.', ['PL']],
  [/\bs\.\s?r\.\s?o\.?|\bspol\.\s?s\s?r\.\s?o\./i, 's.r.o.', ['CZ', 'SK']],
  [/\bd\.\s?o\.\s?o\.?/i, 'd.o.o.', ['HR', 'SI', 'RS', 'BA']],
  [/\bS\.?\s?A\.?\s?R\.?\s?L\.?(?![a-z])/i, 'SARL', ['FR', 'LU', 'BE', 'CH']],
  [/\bS\.?\s?p\.?\s?A\.?(?![a-z])/, 'S.p.A.', ['IT']],
  [/\bS\.\s?R\.\s?L\.?|\bSRL\b|\bS\.r\.l\.?/, 'S.R.L.', ['RO', 'IT', 'MD', 'BE']],
  [/\bUAB\b/, 'UAB', ['LT']],
  [/(?<![A-Za-z])O[ÜU](?![A-Za-zÄÖÜäöüß])/, 'OÜ', ['EE']],
  [/\bSIA\b/, 'SIA', ['LV']],
  [/\b(?:Kft|Zrt|Nyrt)\b\.?/, 'Kft.', ['HU']],
  [/\b(?:EOOD|OOD|EAD)\b/, 'EOOD', ['BG']],
  [/\bCo\.,?\s?Ltd\b\.?/i, 'Co., Ltd.', ['CN', 'HK', 'TW']],
  [/\bLtd\b\.?|\bLimited\b/i, 'Ltd', ['GB', 'IE', 'CY', 'MT', 'HK', 'CN']],
  [/\b(?:LLC|L\.L\.C\.|Inc|Corp)\b\.?/, 'LLC', ['US']],
  [/\bB\.\s?V\.?|\bBV\b/, 'B.V.', ['NL', 'BE']],
  [/\bN\.\s?V\.?|\bNV\b/, 'N.V.', ['NL', 'BE']],
  [/\bS\.\s?L\.?(?![a-z])|\bSL\b/, 'S.L.', ['ES']],
  [/\bLda\b\.?/, 'Lda.', ['PT']],
  [/\bApS\b|\bA\/S\b/, 'ApS', ['DK', 'NO']],
  [/\bOy\b|\bOyj\b/, 'Oy', ['FI']],
  [/\bAB\b/, 'AB', ['SE']],
  [/\bAS\b/, 'AS', ['NO', 'EE']],
  [/\b(?:SAS|SASU|EURL)\b/, 'SAS', ['FR']],
  [/\bS\.\s?A\.?(?![a-z])|\bSA\b/, 'S.A.', ['FR', 'ES', 'BE', 'LU', 'PL', 'PT', 'CH']],
  [/\bUG\b/, 'UG', ['DE']],
  [/\bGmbH\b|\bAG\b/, 'GmbH', ['DE', 'AT', 'CH', 'LI']],
  [/\b(?:KG|OHG|GbR|e\.\s?K\.?)(?=[\s,.)]|$)/, 'KG', ['DE', 'AT']],
  [/\be\.\s?U\./, 'e.U.', ['AT']],
];

/** The legal form named in a company name, or null. */
export function legalFormOf(name: string): LegalForm | null {
  const hit = FORMS.find(([pattern]) => pattern.test(name));
  return hit ? { form: hit[1], countries: hit[2] } : null;
}

/** Words of trading firms without a legal form in the name: "Baltic Trading", "Handelsgesellschaft", "Import Export". */
const COMPANY_WORDS = /\b(?:trading|handel\w*|shop|store|group|gruppe|holding|services?|international|solutions?|commerce|import|export|logisti\w*|vertrieb|versand|e-?commerce|company|gesellschaft|enterprises?|global|retail|distribution|consulting|agentur|agency|ventures?|partners?)\b/i;
/** A person's name: two to four capitalised words or initials, letters only (with particles such as von, van, de). */
// Latin letters with diacritics of every EU language (Kovačević, Łukasz, Dvořák).
const NAME_WORD = String.raw`(?:[A-ZÄÖÜÀ-ÝĀ-ž][A-Za-zÄÖÜäöüßÀ-ÿĀ-ž'’-]+|[A-Z]\.|von|van|de|der|den|del|di|da|le|la|zu)`;
const PERSON_NAME = new RegExp(String.raw`^${NAME_WORD}(?:\s${NAME_WORD}){1,3}$`);

export function looksLikeCompany(name: string): boolean {
  return legalFormOf(name) !== null || COMPANY_WORDS.test(name);
}

/** "Jonas Petraitis", "Anna-Lena von Berg" — and not "Baltic Trading" or an all-caps code. */
export function looksLikePerson(name: string): boolean {
  return !looksLikeCompany(name) && PERSON_NAME.test(name.trim());
}
