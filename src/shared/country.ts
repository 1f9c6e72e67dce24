/**
 * Country names and codes as marketplaces print them in trader addresses ("DE", "Deutschland",
 * "China", "Volksrepublik China", "United Kingdom") → ISO 3166-1 alpha-2. The names come from the
 * runtime's own CLDR data (Intl.DisplayNames), so no country list is shipped with the extension.
 */

const NAME_LOCALES = ['en', 'de', 'fr', 'it', 'es', 'nl'] as const;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Codes CLDR names that are not countries. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ']);

/** Historic and reserved codes resolve to today's ("DD" → "DE", "UK" → "GB", "SU" → "RU"). */
function canonical(code: string): string {
  try {
    return new Intl.Locale(`und-${code}`).region ?? code;
  } catch {
    return code;
  }
}

/** Spellings CLDR does not use but addresses do. */
const ALIASES: Record<string, string> = {
  'volksrepublik china': 'CN',
  'vr china': 'CN',
  prc: 'CN',
  "people's republic of china": 'CN',
  'p.r. china': 'CN',
  'p.r.china': 'CN',
  'mainland china': 'CN',
  hongkong: 'HK',
  'hong kong': 'HK',
  macau: 'MO',
  'hong kong sar': 'HK',
  uk: 'GB',
  'great britain': 'GB',
  england: 'GB',
  'grossbritannien': 'GB',
  usa: 'US',
  'u.s.a.': 'US',
  'united states of america': 'US',
  'vereinigte staaten von amerika': 'US',
  brd: 'DE',
};

let byName: Map<string, string> | null = null;

const normalise = (name: string) => name.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, ' ').trim();

function nameIndex(): Map<string, string> {
  if (byName) return byName;
  byName = new Map(Object.entries(ALIASES).map(([name, code]) => [normalise(name), code]));
  for (const locale of NAME_LOCALES) {
    let names: Intl.DisplayNames;
    try {
      names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    } catch {
      continue; // a runtime without region names: codes still work
    }
    for (const a of LETTERS) {
      for (const b of LETTERS) {
        const code = a + b;
        const name = names.of(code);
        if (name && name !== code && !NOT_COUNTRIES.has(code)) byName.set(normalise(name), canonical(code));
      }
    }
  }
  return byName;
}

/** Is this a region code the runtime knows (not "ZZ", "QQ" …)? */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || NOT_COUNTRIES.has(code)) return false;
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(code);
    return Boolean(name) && name !== code && !/unknown/i.test(name ?? '');
  } catch {
    return false;
  }
}

/**
 * The country an address names: its last line or comma part, as a code ("CN") or a name in one of
 * the market languages. null when that part is not a country (a city, a postcode) — never a guess.
 */
export function countryCodeOf(address: string | null | undefined): string | null {
  if (!address) return null;
  const parts = address.split(/[\n,]/).map((p) => p.trim()).filter(Boolean);
  const last = parts[parts.length - 1];
  if (!last || last.length > 60) return null;
  if (/^[A-Za-z]{2}$/.test(last)) {
    const code = canonical(last.toUpperCase());
    return isCountryCode(code) ? code : null;
  }
  return nameIndex().get(normalise(last.replace(/(?<![.;:])[.;:]+$/, ''))) ?? null;
}

/** "CN" → "China" / "China" in the shopper's language; the code itself when the runtime has no name. */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}
