/**
 * Contact details: e-mail (and whether it is a free-mail address), phone, postal address with
 * street + postcode, PO box (SIGNALS.md "contact": only a free-mail address or a contact form).
 */
import { countryCodeOf } from '../../shared/country';
import { clean, queryAll } from '../dom';
import type { ExtractContext } from '../context';
import { defineSignal } from './types';

const FREE_MAIL = /@(gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|aol|icloud|me|gmx|web|t-online|freenet|mail|email|yandex|qq|163|126|protonmail|proton|zoho|tutanota)\.[a-z.]{2,6}$/i;
const EMAIL = /(?<![A-Z0-9._%+-])[A-Z0-9._%+-]{1,64}@[A-Z0-9.-]{1,100}\.[A-Z]{2,10}\b/gi;
const PHONE = /(?:\+|00)\d{2}[\s\d/().-]{6,18}\d|\b0\d{2,5}[\s/-]?\d{3,}[\s\d-]{0,8}\d/g;
const PHONE_LABEL = /\b(tel(efon|\.)?|phone|fon|hotline|call us|mobil|whatsapp)\b/i;
// "Hauptstraße 5, 10115 Berlin", "Am Markt 3a 1010 Wien", "221B Baker Street, London NW1 6XE".
const STREET_DE = /([A-ZÄÖÜ][\wäöüß.\- ]{1,40}?(?:stra(?:ß|ss)e|str\.|weg|gasse|platz|allee|ring|damm|ufer|markt|chaussee|steig|pfad|hof)\s{0,3}\d{1,5}\s?[a-zA-Z]?)[,\s]+((?:D-|A-|CH-)?\d{4,5})\s+([A-ZÄÖÜ][\wäöüß\- ]{1,30})/;
const STREET_EN = /\b(\d{1,5}[A-Z]?\s+[A-Z][\w ]{2,30}\s(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Way|Drive))[,\s]+([A-Z][\w ]{2,30})/;
/** A country named after postcode and town ("13001 Marseille Frankreich", "1010 Wien, Österreich"). */
const TOWN_THEN_COUNTRY = /\b\d{4,5}[ \t]{1,3}[A-ZÄÖÜÀ-Ý][\wäöüßàâçéèêëîïôûù'-]{1,30}(?:[ \t][A-ZÄÖÜÀ-Ý][\wäöüßàâçéèêëîïôûù'-]{1,20})?[ \t]{0,3}[,\n][ \t]{0,3}([A-ZÄÖÜ][a-zäöüéèç]{3,20}(?:[ \t][A-Z][a-z]{2,20})?)(?=[ \t]{0,3}(?:[\n,.]|$))|\b\d{4,5}[ \t]{1,3}[A-ZÄÖÜÀ-Ý][\wäöüßàâçéèêëîïôûù'-]{1,30}[ \t]{1,3}([A-ZÄÖÜ][a-zäöüéèç]{3,20})(?=[ \t]{0,3}(?:[\n,.]|$))/g;
const PO_BOX = /\b(postfach[ \t]*\d+|p\.?[ \t]?o\.?[ \t]?box[ \t]*\d+|postbus[ \t]*\d+)/i;

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

export function extractContact(ctx: ExtractContext) {
  const mailtos = queryAll(ctx.root, 'a[href^="mailto:" i]', 20).map((a) => mailtoAddress(a.getAttribute('href') ?? ''));
  const emails = unique([...(ctx.text.match(EMAIL) ?? []), ...mailtos].map((e) => e.toLowerCase()).filter((e) => e.includes('@')));
  const tels = queryAll(ctx.root, 'a[href^="tel:" i]', 10).map((a) => (a.getAttribute('href') ?? '').slice(4));
  // A number counts as a phone only next to a phone label, so prices and order numbers do not.
  const labelled = ctx.text.split('\n').filter((line) => PHONE_LABEL.test(line)).flatMap((line) => line.match(PHONE) ?? []);
  const street = STREET_DE.exec(ctx.text) ?? STREET_EN.exec(ctx.text);
  const poBox = PO_BOX.exec(ctx.text);
  let addressCountry: string | null = null;
  let seen = 0;
  for (const m of ctx.text.matchAll(TOWN_THEN_COUNTRY)) {
    addressCountry = countryCodeOf(m[1] ?? m[2] ?? '');
    if (addressCountry || ++seen >= 20) break;
  }
  return {
    emails,
    freeMailEmails: emails.filter((e) => FREE_MAIL.test(e)),
    phones: unique([...tels, ...labelled].map((p) => clean(p, 40))),
    postalAddress: street ? clean(street[0], 120) : null,
    poBox: poBox ? clean(poBox[0], 60) : null,
    addressCountry,
  };
}

export const contact = defineSignal({ id: 'contact', key: 'contact', extract: extractContact });
