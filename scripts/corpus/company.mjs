// Who runs a generated shop: a legal identity with valid numbers for honest shops, and the ways
// fake shops break or fake it (PO box, city only, malformed register, numbers failing their check).
import { PLACES, personName } from './places.mjs';
import * as ids from './ids.mjs';

const COUNTRY_OF_LANG = { de: 'DE', en: 'GB', fr: 'FR', nl: 'NL', it: 'IT' };
export const defaultCountry = (lang) => COUNTRY_OF_LANG[lang];

/** VAT id with the country's own check; `valid=false` changes the check digit so it fails. */
export function vatFor(rng, country, valid = true) {
  const bump = (s) => s.slice(0, -1) + String((Number(s.slice(-1)) + rng.int(1, 9)) % 10);
  switch (country) {
    case 'DE': return ids.deVat(rng, valid);
    case 'AT': return ids.atVat(rng, valid);
    case 'CH': return `${ids.cheUid(rng)} MWST`;
    case 'GB': return valid ? ids.gbVat(rng) : bump(ids.gbVat(rng));
    case 'FR': {
      const v = ids.frVat(ids.frSiren(rng));
      return valid ? v : `FR${String((Number(v.slice(2, 4)) + rng.int(1, 50)) % 97).padStart(2, '0')}${v.slice(4)}`;
    }
    case 'IT': return valid ? ids.itVat(rng) : bump(ids.itVat(rng));
    case 'NL': {
      const v = ids.nlVat(rng);
      return valid ? v : `${v.slice(0, 10)}${(Number(v[10]) + rng.int(1, 9)) % 10}${v.slice(11)}`;
    }
    default: return ids.deVat(rng, valid);
  }
}

/** The register line as the country writes it, valid in form. */
export function registerFor(rng, country) {
  const place = PLACES[country];
  switch (country) {
    case 'DE': return { court: rng.pick(place.courts), number: ids.deRegister(rng) };
    case 'AT': return { court: rng.pick(place.courts), number: ids.atFirmenbuch(rng) };
    case 'CH': return { court: rng.pick(place.courts), number: null };
    case 'GB': return { court: 'Registered in England and Wales', number: `Company No. ${ids.ukCompanyNumber(rng)}` };
    case 'FR': return { court: rng.pick(place.courts), number: ids.frSiren(rng).replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3') };
    case 'NL': return { court: 'KvK', number: ids.kvk(rng) };
    case 'BE': return { court: 'KBO', number: `0${rng.digits(3)}.${rng.digits(3)}.${rng.digits(3)}` };
    case 'IT': return { court: rng.pick(place.courts), number: `REA ${rng.int(100000, 2599999)}` };
    default: return null;
  }
}

const MAILBOX = { DE: ['info', 'service', 'kontakt', 'shop'], AT: ['office', 'info', 'service'], CH: ['info', 'kontakt', 'shop'], GB: ['hello', 'info', 'support', 'sales'], FR: ['contact', 'service-client', 'info'], NL: ['info', 'klantenservice', 'contact'], BE: ['info', 'contact'], IT: ['info', 'assistenza', 'ordini'] };

/** Street and number in the country's order. */
export function streetLine(rng, country) {
  const street = rng.pick(PLACES[country].streets);
  if (country === 'GB' || country === 'FR') return `${rng.int(1, 180)} ${street}`;
  if (country === 'IT') return `${street}, ${rng.int(1, 120)}`;
  return `${street} ${rng.int(1, 180)}`;
}

/** A complete, honest identity. */
export function legitCompany(rng, { country, name, domain, form }) {
  const place = PLACES[country];
  const [zip, city] = rng.pick(place.cities);
  const legalForm = form ?? rng.pick(place.forms);
  const needsRegister = !['e.K.', 'e.U.', 'V.O.F.'].includes(legalForm) || country === 'NL';
  return {
    name: `${name} ${legalForm}`.trim(),
    form: legalForm,
    country,
    street: streetLine(rng, country),
    poBox: null,
    zip,
    city,
    manager: personName(rng, country),
    phone: place.phone(rng),
    email: `${rng.pick(MAILBOX[country] ?? MAILBOX.GB)}@${domain}`,
    register: needsRegister ? registerFor(rng, country) : null,
    vat: vatFor(rng, country, true),
  };
}

const FREE_MAIL = ['gmail.com', 'outlook.com', 'hotmail.com', 'gmx.de', 'web.de', 'yahoo.com', 'gmx.net', 'protonmail.com', 't-online.de', 'icloud.com', 'aol.com', 'mail.ru', 'outlook.de', 'libero.it', 'orange.fr', 'hotmail.fr', 'ziggo.nl'];
export const freeMailDomains = () => FREE_MAIL;

const POBOX_WORD = { DE: 'Postfach', AT: 'Postfach', CH: 'Postfach', GB: 'PO Box', FR: 'Boîte postale', NL: 'Postbus', BE: 'Postbus', IT: 'Casella postale' };
export const poBoxLine = (rng, country) => `${POBOX_WORD[country] ?? 'PO Box'} ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)}`;

/** Register lines that look official but cannot be right. */
export const BAD_REGISTERS = [
  (rng) => ({ court: null, number: `HRB ${rng.int(1000, 99999)}` }),
  (rng) => ({ court: 'Amtsgericht', number: `HRB ${rng.digits(2)}${rng.letters(1)}-${rng.digits(3)}` }),
  (rng) => ({ court: 'Handelsregister Deutschland', number: `Nr. ${rng.digits(11)}` }),
  (rng) => ({ court: rng.pick(['Amtsgericht Europa', 'Registergericht Online', 'Handelsamt Berlin-Mitte']), number: `HRB ${rng.int(1000, 99999)}` }),
  (rng) => ({ court: null, number: `HR-Nr. DE-${rng.int(2019, 2024)}-${rng.digits(5)}` }),
  (rng) => ({ court: 'Amtsgericht München', number: `HRB ${rng.digits(9)}` }),
  (rng) => ({ court: null, number: `Registernummer: ${rng.digits(6)}` }),
  (rng) => ({ court: 'Steuernummer', number: `${rng.digits(3)}/${rng.digits(3)}/${rng.digits(5)} (HRB beantragt)` }),
];
