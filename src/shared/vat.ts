/**
 * VAT identification numbers: format and check digit where the algorithm is public.
 * DE: "DE" + 9 digits, ISO 7064 MOD 11,10 (Bundeszentralamt für Steuern).
 * AT: "ATU" + 8 digits, weighted cross sum (BMF).
 * Every other EU member state, the UK (HMRC's mod-97 check) and Switzerland (UID, mod 11): the
 * validators of stdnum (the JavaScript port of python-stdnum), one module per country so only
 * these are bundled. A number whose shape fits but whose check digit fails was made up or altered.
 */
import { validate as be } from 'stdnum/lib/esm/be/vat';
import { validate as bg } from 'stdnum/lib/esm/bg/vat';
import { validate as ch } from 'stdnum/lib/esm/ch/uid';
import { validate as cy } from 'stdnum/lib/esm/cy/vat';
import { validate as cz } from 'stdnum/lib/esm/cz/dic';
import { validate as dk } from 'stdnum/lib/esm/dk/cvr';
import { validate as ee } from 'stdnum/lib/esm/ee/kmkr';
import { validate as es } from 'stdnum/lib/esm/es/nif';
import { validate as fi } from 'stdnum/lib/esm/fi/alv';
import { validate as fr } from 'stdnum/lib/esm/fr/tva';
import { validate as gb } from 'stdnum/lib/esm/gb/vat';
import { validate as gr } from 'stdnum/lib/esm/gr/vat';
import { validate as hr } from 'stdnum/lib/esm/hr/oib';
import { validate as hu } from 'stdnum/lib/esm/hu/anum';
import { validate as ie } from 'stdnum/lib/esm/ie/vat';
import { validate as it } from 'stdnum/lib/esm/it/iva';
import { validate as lt } from 'stdnum/lib/esm/lt/pvm';
import { validate as lu } from 'stdnum/lib/esm/lu/tva';
import { validate as lv } from 'stdnum/lib/esm/lv/pvn';
import { validate as mt } from 'stdnum/lib/esm/mt/vat';
import { validate as nl } from 'stdnum/lib/esm/nl/btw';
import { validate as pl } from 'stdnum/lib/esm/pl/nip';
import { validate as pt } from 'stdnum/lib/esm/pt/nif';
import { validate as ro } from 'stdnum/lib/esm/ro/cif';
import { validate as se } from 'stdnum/lib/esm/se/vat';
import { validate as si } from 'stdnum/lib/esm/si/ddv';
import { validate as sk } from 'stdnum/lib/esm/sk/dph';

type Validate = (national: string) => { isValid: boolean; error?: { name: string } };

/** Country prefix as written in a VAT id → the shape of its national part and its validator. */
const COUNTRIES = new Map<string, { shape: RegExp; validate: Validate }>([
  ['AT', { shape: /^U\d{8}$/, validate: (n) => ({ isValid: isValidAustrianVat(n.slice(1)), error: { name: 'InvalidChecksum' } }) }],
  ['DE', { shape: /^\d{9}$/, validate: (n) => ({ isValid: isValidGermanVat(n), error: { name: 'InvalidChecksum' } }) }],
  ['BE', { shape: /^[01]?\d{9}$/, validate: be }],
  ['BG', { shape: /^\d{9,10}$/, validate: bg }],
  ['CY', { shape: /^\d{8}[A-Z]$/, validate: cy }],
  ['CZ', { shape: /^\d{8,10}$/, validate: cz }],
  ['DK', { shape: /^\d{8}$/, validate: dk }],
  ['EE', { shape: /^\d{9}$/, validate: ee }],
  ['EL', { shape: /^\d{9}$/, validate: gr }],
  ['ES', { shape: /^[0-9A-Z]\d{7}[0-9A-Z]$/, validate: es }],
  ['FI', { shape: /^\d{8}$/, validate: fi }],
  ['FR', { shape: /^[0-9A-HJ-NP-Z]{2}\d{9}$/, validate: fr }],
  ['HR', { shape: /^\d{11}$/, validate: hr }],
  ['HU', { shape: /^\d{8}$/, validate: hu }],
  ['IE', { shape: /^(?:\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W])$/, validate: ie }],
  ['IT', { shape: /^\d{11}$/, validate: it }],
  ['LT', { shape: /^(?:\d{9}|\d{12})$/, validate: lt }],
  ['LU', { shape: /^\d{8}$/, validate: lu }],
  ['LV', { shape: /^\d{11}$/, validate: lv }],
  ['MT', { shape: /^\d{8}$/, validate: mt }],
  ['NL', { shape: /^\d{9}B\d{2}$/, validate: nl }],
  ['PL', { shape: /^\d{10}$/, validate: pl }],
  ['PT', { shape: /^\d{9}$/, validate: pt }],
  ['RO', { shape: /^\d{2,10}$/, validate: ro }],
  ['SE', { shape: /^\d{10}01$/, validate: se }],
  ['SI', { shape: /^\d{8}$/, validate: si }],
  ['SK', { shape: /^\d{10}$/, validate: sk }],
  ['GB', { shape: /^(?:\d{9}|\d{12})$/, validate: gb }],
  ['XI', { shape: /^(?:\d{9}|\d{12})$/, validate: gb }],
  ['CHE', { shape: /^\d{9}$/, validate: (n) => ch(`CHE${n}`) }],
]);

export function isValidGermanVat(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || digits[0] === '0') return false;
  let product = 10;
  for (let i = 0; i < 8; i++) {
    let sum = (Number(digits[i]) + product) % 10;
    if (sum === 0) sum = 10;
    product = (2 * sum) % 11;
  }
  let check = 11 - product;
  if (check === 10) check = 0;
  return check === Number(digits[8]);
}

export function isValidAustrianVat(digits: string): boolean {
  if (!/^\d{8}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 7; i++) {
    const d = Number(digits[i]);
    if (i % 2 === 0) sum += d;
    else sum += Math.floor((2 * d) / 10) + ((2 * d) % 10);
  }
  const check = (10 - ((sum + 4) % 10)) % 10;
  return check === Number(digits[7]);
}

/** Prefix and national part of a compact id ("CHE123456789MWST" → ["CHE", "123456789"]). */
function split(id: string): [string, string] {
  if (id.startsWith('CHE')) return ['CHE', id.slice(3).replace(/(?:MWST|TVA|IVA)$/, '')];
  return [id.slice(0, 2), id.slice(2)];
}

/** Whether a compact id has the shape of its country's VAT numbers (so a check digit can be judged). */
export function hasVatShape(id: string): boolean {
  const [prefix, national] = split(id);
  return COUNTRIES.get(prefix)?.shape.test(national) ?? false;
}

/** Normalised id ("DE136695976"), its country, and whether the check digit holds (null: not checkable). */
export function checkVatId(raw: string): { id: string; country: string; checksumValid: boolean | null } {
  const id = raw.slice(0, 40).replace(/[\s.\-/:]/g, '').toUpperCase();
  const [prefix, national] = split(id);
  const country = prefix === 'CHE' ? 'CH' : prefix === 'EL' ? 'GR' : prefix;
  const spec = COUNTRIES.get(prefix);
  if (!spec || !spec.shape.test(national)) return { id, country, checksumValid: null };
  let result: ReturnType<Validate>;
  try {
    result = spec.validate(national);
  } catch {
    return { id, country, checksumValid: null };
  }
  // Only a failing check digit counts as invalid; another complaint may be ours (a misread shape).
  const checksumValid = result.isValid ? true : result.error?.name === 'InvalidChecksum' ? false : null;
  return { id, country, checksumValid };
}
