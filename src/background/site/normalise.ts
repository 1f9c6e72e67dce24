/**
 * Normal forms of business identifiers (issue 17), so the same one matches however a page writes it:
 * "DE89 3704 0044 0532 0130 00" = "de89370400440532013000", "+49 (0)30 123 456" = "030/123456"
 * on a .de site, "Muster Handels GmbH" = "Muster Handels". Each returns null for what is not one.
 */
import { normaliseIban } from '../../shared/iban';
import { checkVatId } from '../../shared/vat';

const fold = (text: string) => text.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/[\u0300-\u036f]/g, '');

export function normaliseIbanId(raw: string): string | null {
  const iban = normaliseIban(raw.slice(0, 60));
  return /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban) ? iban : null;
}

/** "PL61109010140000071219812874" → "PL61 … 2874": enough to recognise, not to copy. */
export function maskIban(iban: string): string {
  return `${iban.slice(0, 4)} … ${iban.slice(-4)}`;
}

export function normaliseVatId(raw: string): string | null {
  const { id } = checkVatId(raw.slice(0, 40));
  return /^[A-Z]{2}[A-Z0-9]{8,12}$/.test(id) ? id : null;
}

/** Country calling codes by the site's public suffix, for numbers written the national way ("030 …"). */
const CALLING_CODES: Record<string, string> = { de: '49', at: '43', ch: '41', li: '423', lu: '352', nl: '31', be: '32', fr: '33', it: '39', es: '34', pl: '48', cz: '420', dk: '45', se: '46', 'co.uk': '44', uk: '44' };

export function callingCodeFor(publicSuffix: string, pageLanguage: string | null): string | null {
  return CALLING_CODES[publicSuffix] ?? (pageLanguage?.toLowerCase().startsWith('de') ? '49' : null);
}

/**
 * E.164 ("+498651123456"). "+49 (0) 8651 12 34 56", "0049 8651 123456" and, with calling code 49,
 * "08651 / 123456" are the same number. A national number without a known country is not judged.
 */
export function normalisePhone(raw: string, callingCode: string | null): string | null {
  const compact = raw.slice(0, 60).replace(/\(0\)/g, '').replace(/[^\d+]/g, '');
  let digits: string;
  if (compact.startsWith('+')) digits = compact.slice(1).replace(/\+/g, '');
  else if (compact.startsWith('00')) digits = compact.slice(2);
  else if (compact.startsWith('0') && callingCode) digits = callingCode + compact.slice(1);
  else return null;
  return /^[1-9]\d{7,14}$/.test(digits) ? `+${digits}` : null;
}

// Mailboxes of services many shops name (payment, seals, EU, privacy officers for hire): never the business's own.
const SERVICE_DOMAINS = /(^|\.)(paypal|klarna|trustedshops|shopify|ebay|amazon|etsy|europa|example|sentry|wixpress)\.[a-z.]+$/;
const SERVICE_MAILBOXES = /^(datenschutz|privacy|dsb|dpo|gdpr|abuse|noreply|no-reply|postmaster|webmaster)$/;

/** Lower case; Gmail ignores dots and "+tags" in the mailbox, so "Max.Muster+shop@googlemail.com" = "maxmuster@gmail.com". */
export function normaliseEmail(raw: string, site: string): string | null {
  const email = raw.trim().toLowerCase().slice(0, 200);
  const at = email.lastIndexOf('@');
  if (at < 1 || !/^[a-z0-9.-]+\.[a-z]{2,}$/.test(email.slice(at + 1))) return null;
  let local = email.slice(0, at).replace(/\+.*$/, '');
  let domain = email.slice(at + 1);
  if (domain === 'googlemail.com') domain = 'gmail.com';
  if (domain === 'gmail.com') local = local.replace(/\./g, '');
  if (!local || SERVICE_DOMAINS.test(domain)) return null;
  if (SERVICE_MAILBOXES.test(local) && domain !== site && !domain.endsWith(`.${site}`)) return null;
  return `${local}@${domain}`;
}

const LEGAL_FORMS = /\b(gmbh\s*&\s*co\.?\s*kg|ggmbh|gmbh|ug\s*\(haftungsbeschrankt\)|ug|ag|kg|ohg|e\.\s?k\.?|e\.\s?u\.?|ltd\.?|limited|llc|inc\.?|s\.?a\.?r\.?l\.?|s\.?r\.?l\.?|s\.?l\.?|b\.?v\.?|sp\.\s?z\s?o\.?\s?o\.?|s\.\s?r\.\s?o\.?|uab|ou|sia|kft|plc)(?=\s|$|[,.)])/g;

/** "Muster Handels GmbH & Co. KG" → "muster handels": the name with and without its company form is one name. */
export function normaliseCompanyName(name: string): string | null {
  const text = fold(name.slice(0, 200)).replace(LEGAL_FORMS, ' ').replace(/[^a-z0-9]+/g, ' ').trim();
  return text.length >= 3 ? text : null;
}

/** "Hauptstraße 5a, D-10115 Berlin" → "hauptstr 5a 10115 berlin". */
export function normaliseAddress(address: string): string | null {
  const text = fold(address.slice(0, 200))
    .replace(/\b(str(asse|\.)?|strasse)(?=\s|\d|$)/g, 'str ')
    .replace(/([a-z])str(asse)?\b/g, '$1str')
    .replace(/\b(d|a|ch)-(?=\d{4,5}\b)/g, '')
    .replace(/\b(deutschland|germany|osterreich|austria|schweiz|switzerland)\b/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return /\d/.test(text) && text.length >= 8 ? text : null;
}

/**
 * Register entries as src/content/signals/company.ts writes them ("Amtsgericht Traunstein, HRB 98765").
 * A German HRB number is unique only per court, so it counts only with its court; an Austrian FN
 * and a UK company number are unique in their country.
 */
export function normaliseRegister(entry: string): string | null {
  const text = fold(entry.slice(0, 160));
  const fn = /\bfn\s?(\d{1,6}\s?[a-z])\b/.exec(text);
  if (fn) return `at-fn:${(fn[1] ?? '').replace(/\s/g, '')}`;
  const uk = /\bcompany (?:no\.?|number)[:\s]*(\d{6,8})\b/.exec(text);
  if (uk) return `gb-co:${uk[1] ?? ''}`;
  const de = /(?:amtsgericht|registergericht|handelsgericht)\s+([a-z][a-z -]{1,40}?)\s*,\s*(hrb|hra|gnr|pr|vr)\s?(\d{1,7})/.exec(text);
  if (!de) return null;
  return `${(de[1] ?? '').replace(/[^a-z]+/g, '-')}:${(de[2] ?? '').toUpperCase()}:${de[3] ?? ''}`;
}
