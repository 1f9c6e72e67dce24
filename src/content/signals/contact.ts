/**
 * Contact details: e-mail (and whether it is a free-mail address), phone, postal address with
 * street + postcode, PO box (SIGNALS.md "contact": only a free-mail address or a contact form).
 */
import { countryCodeOf } from '../../shared/country';
import { clean, queryAll } from '../dom';
import type { ExtractContext } from '../context';
import { addressFacts } from '../impressum/address';
import { isFreeMail } from '../impressum/free-mail';
import { defineSignal } from './types';

const EMAIL = /(?<![A-Z0-9._%+-])[A-Z0-9._%+-]{1,64}@[A-Z0-9.-]{1,100}\.[A-Z]{2,10}\b/gi;
const PHONE = /(?:\+|00)\d{2}[\s\d/().-]{6,18}\d|\b0\d{2,5}[\s/-]?\d{3,}[\s\d-]{0,8}\d/g;
// "+49 30 1234567", "+33 1 62 13 32 15": an international number is a phone wherever it stands.
const INTERNATIONAL = /(?<![\d+])\+\d{2,3}[ \t./()-]{0,2}\d{1,5}(?:[ \t./()-]{1,2}\d{1,5}){1,5}(?![\d])/g;
const PHONE_LABEL = /\b(tel(efon|efoon|efono|\.)?|t[ée]l[ée]?phone|t[ée]l\.?|phone|fon|hotline|call us|mobil[e]?|handy|cell|whatsapp|rufnummer|bel ons|chiamaci|appelez)\b/i;
/** A country named after postcode and town ("13001 Marseille Frankreich", "1010 Wien, Österreich"). */
const TOWN_THEN_COUNTRY = /\b\d{4,5}[ \t]{1,3}[A-ZÄÖÜÀ-Ý][\wäöüßàâçéèêëîïôûù'-]{1,30}(?:[ \t][A-ZÄÖÜÀ-Ý][\wäöüßàâçéèêëîïôûù'-]{1,20})?[ \t]{0,3}[,\n][ \t]{0,3}([A-ZÄÖÜ][a-zäöüéèç]{3,20}(?:[ \t][A-Z][a-z]{2,20})?)(?=[ \t]{0,3}(?:[\n,.]|$))|\b\d{4,5}[ \t]{1,3}[A-ZÄÖÜÀ-Ý][\wäöüßàâçéèêëîïôûù'-]{1,30}[ \t]{1,3}([A-ZÄÖÜ][a-zäöüéèç]{3,20})(?=[ \t]{0,3}(?:[\n,.]|$))/g;

function unique(values: string[], max = 10): string[] {
  return [...new Set(values)].slice(0, max);
}

/** A mailto: address; a malformed escape keeps the raw text rather than failing the signal. */
function mailtoAddress(href: string): string {
  const raw = href.slice(7).split('?')[0] ?? '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Numbers next to a phone label (same line or the line after it), and international numbers anywhere. */
function phoneNumbers(text: string): string[] {
  const lines = text.split('\n', 4000);
  const found: string[] = [];
  for (let i = 0; i < lines.length && found.length < 10; i++) {
    const line = (lines[i] ?? '').slice(0, 200);
    const labelled = PHONE_LABEL.test(line) || (PHONE_LABEL.test((lines[i - 1] ?? '').slice(0, 60)) && line.length <= 40);
    const numbers = labelled ? line.match(PHONE) ?? [] : (line.match(INTERNATIONAL) ?? []).filter((n) => n.replace(/\D/g, '').length >= 9);
    found.push(...numbers);
  }
  return found;
}

/** The first country named after a postcode and town, as ISO code; null when none is. */
function addressCountryOf(text: string): string | null {
  let seen = 0;
  for (const m of text.matchAll(TOWN_THEN_COUNTRY)) {
    const country = countryCodeOf(m[1] ?? m[2] ?? '');
    if (country || ++seen >= 20) return country;
  }
  return null;
}

export function extractContact(ctx: ExtractContext) {
  const mailtos = queryAll(ctx.root, 'a[href^="mailto:" i]', 20).map((a) => mailtoAddress(a.getAttribute('href') ?? ''));
  const emails = unique([...(ctx.text.match(EMAIL) ?? []), ...mailtos].map((e) => e.toLowerCase()).filter((e) => e.includes('@')));
  const tels = queryAll(ctx.root, 'a[href^="tel:" i]', 10).map((a) => (a.getAttribute('href') ?? '').slice(4));
  const address = addressFacts(ctx.text);
  return {
    emails,
    freeMailEmails: emails.filter(isFreeMail),
    phones: unique([...tels, ...phoneNumbers(ctx.text)].map((p) => clean(p, 40)).filter(Boolean)),
    postalAddress: address.postalAddress,
    poBox: address.poBox,
    ...(address.townOnly ? { townOnly: address.townOnly } : {}),
    addressCountry: addressCountryOf(ctx.text),
  };
}

export const contact = defineSignal({ id: 'contact', key: 'contact', extract: extractContact });
