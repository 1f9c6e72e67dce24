import type { PageFacts } from '../shared/facts';
import type { EngineConfig } from './types';

/**
 * Where a shop presents itself as based (issue 15, class 4), from the strongest evidence there is:
 * its own identity (VAT ids, register entries, the country of its address — on this page or its
 * Impressum), else a country domain, else its page language together with its currency. A .com shop
 * in German with prices in euros presents itself as German-speaking, not as "nowhere".
 */
export interface ClaimedSeat {
  /** ISO country codes the shop's self-presentation fits. */
  countries: string[];
  /** What it rests on, as found: "USt-IdNr DE…", ".de", "de, EUR". */
  basis: string;
}

const COUNTRY_TLDS: Record<string, string> = {
  de: 'DE', at: 'AT', ch: 'CH', li: 'LI', fr: 'FR', it: 'IT', es: 'ES', nl: 'NL', be: 'BE', lu: 'LU', pl: 'PL', cz: 'CZ', sk: 'SK',
  dk: 'DK', se: 'SE', fi: 'FI', ie: 'IE', pt: 'PT', lt: 'LT', lv: 'LV', ee: 'EE', hu: 'HU', ro: 'RO', bg: 'BG', 'co.uk': 'GB', uk: 'GB', 'co.at': 'AT', 'or.at': 'AT', 'com.de': 'DE',
};

/** Countries where a page in this language, priced in this currency, would be based. */
const BY_LANGUAGE: Record<string, string[]> = {
  de: ['DE', 'AT', 'CH', 'LI', 'LU'],
  fr: ['FR', 'BE', 'CH', 'LU', 'MC'],
  nl: ['NL', 'BE'],
  it: ['IT', 'CH', 'SM'],
  es: ['ES'],
  pl: ['PL'],
};
const BY_CURRENCY: Record<string, string[]> = { CHF: ['CH', 'LI'], GBP: ['GB'] };

/** Banks across these borders are everyday business: a Swiss shop with a German euro account is not "abroad". */
const NEIGHBOURS: ReadonlyArray<readonly string[]> = [['DE', 'AT', 'CH', 'LI'], ['NL', 'BE', 'LU']];

export function plausibleAccountCountries(seat: ClaimedSeat): Set<string> {
  const out = new Set(seat.countries);
  for (const group of NEIGHBOURS) if (group.some((c) => out.has(c))) for (const c of group) out.add(c);
  return out;
}

const REGISTER_COUNTRY: Array<[RegExp, string]> = [
  [/\bHR[AB]\s?\d/, 'DE'],
  [/\bFN\s?\d{3,6}\s?[a-z]\b/i, 'AT'],
  [/\bCHE-?\d{3}/, 'CH'],
];

/** "D-10115", "A-1010", "CH-8001", or a German street address with a five-digit postcode. */
function addressCountry(address: string | null | undefined): string | null {
  if (!address) return null;
  const prefix = /\b(D|A|CH)-\d{4,5}\b/.exec(address)?.[1];
  if (prefix) return prefix === 'D' ? 'DE' : prefix === 'A' ? 'AT' : 'CH';
  if (/\b(deutschland|germany)\b/i.test(address)) return 'DE';
  if (/\b(österreich|austria)\b/i.test(address)) return 'AT';
  if (/\b(schweiz|switzerland|suisse)\b/i.test(address)) return 'CH';
  if (/\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/.test(address)) return 'GB';
  return /\b\d{5}\s+[A-ZÄÖÜ]/.test(address) && /(stra(ß|ss)e|str\.|weg|gasse|platz|allee)/i.test(address) ? 'DE' : null;
}

function identity(facts: PageFacts): ClaimedSeat | null {
  const companies = [facts.company, facts.impressumDetails?.company].filter((c) => c !== undefined);
  const contacts = [facts.contact, facts.impressumDetails?.contact].filter((c) => c !== undefined);
  for (const company of companies) {
    const vat = company.vatIds.find((v) => /^[A-Z]{2}$/.test(v.country) && v.checksumValid !== false);
    if (vat) return { countries: [vat.country], basis: vat.raw };
    for (const entry of company.registerEntries) {
      const country = REGISTER_COUNTRY.find(([pattern]) => pattern.test(entry))?.[1];
      if (country) return { countries: [country], basis: entry };
    }
  }
  for (const contact of contacts) {
    const country = addressCountry(contact.postalAddress) ?? contact.addressCountry ?? null;
    if (country) return { countries: [country], basis: contact.postalAddress ?? country };
  }
  return null;
}

export function claimedSeat(facts: PageFacts, config?: EngineConfig): ClaimedSeat | null {
  const own = identity(facts);
  if (own) return own;
  const tld = facts.locale?.tld ?? config?.memory?.tld ?? '';
  const byTld = COUNTRY_TLDS[tld];
  if (byTld) return { countries: [byTld], basis: `.${tld}` };
  // "en-GB", "de-AT": the page names the country it is written for.
  const declared = (facts.locale?.pageLanguage ?? facts.lang ?? '').toLowerCase();
  const region = /^[a-z]{2,3}[-_]([a-z]{2})$/.exec(declared)?.[1]?.toUpperCase();
  if (region) return { countries: [region === 'UK' ? 'GB' : region], basis: declared };
  const currencies = facts.locale?.currencies ?? [];
  const byCurrency = currencies.flatMap((c) => BY_CURRENCY[c] ?? []);
  // Without a lang attribute, the language the page's text is written in.
  const lang = (declared || facts.locale?.textLanguage || '').slice(0, 2).toLowerCase();
  const byLanguage = BY_LANGUAGE[lang] ?? (lang === 'en' && currencies.includes('GBP') ? ['GB'] : null);
  if (byLanguage) {
    const narrowed = byCurrency.length ? byLanguage.filter((c) => byCurrency.includes(c)) : byLanguage;
    return { countries: narrowed.length ? narrowed : byLanguage, basis: [lang, ...currencies].join(', ') };
  }
  return byCurrency.length ? { countries: byCurrency, basis: currencies.join(', ') } : null;
}
