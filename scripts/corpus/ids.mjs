// Identifiers with real check digits (so legitimate pages carry valid ones) and ways to break them
// (so fake pages carry numbers that fail exactly the public check).

const digitSum = (n) => String(n).split('').reduce((s, d) => s + Number(d), 0);

/** German USt-IdNr: ISO 7064 MOD 11,10 over the first 8 digits. */
export function deVatCheckDigit(eight) {
  let product = 10;
  for (const ch of eight) {
    let sum = (Number(ch) + product) % 10;
    if (sum === 0) sum = 10;
    product = (2 * sum) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

/** Austrian UID (ATU + 8 digits): the 8th digit checks the first 7. */
export function atVatCheckDigit(seven) {
  const d = seven.split('').map(Number);
  const r = d[0] + d[2] + d[4] + d[6] + digitSum(d[1] * 2) + digitSum(d[3] * 2) + digitSum(d[5] * 2);
  return (10 - ((r + 4) % 10)) % 10;
}

/** Swiss UID (CHE-xxx.xxx.xxx): mod 11 with weights 5 4 3 2 7 6 5 4; null when no digit fits. */
export function cheCheckDigit(eight) {
  const w = [5, 4, 3, 2, 7, 6, 5, 4];
  const s = eight.split('').reduce((acc, ch, i) => acc + Number(ch) * w[i], 0);
  const c = 11 - (s % 11);
  if (c === 10) return null;
  return c === 11 ? 0 : c;
}

/** Luhn check digit (French SIREN, Italian partita IVA). */
export function luhnCheckDigit(body) {
  let sum = 0;
  const rev = body.split('').reverse();
  rev.forEach((ch, i) => {
    let n = Number(ch);
    if (i % 2 === 0) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  });
  return (10 - (sum % 10)) % 10;
}

export function deVat(rng, valid = true) {
  const body = String(rng.int(1, 3)) + rng.digits(7);
  const good = deVatCheckDigit(body);
  return `DE${body}${valid ? good : (good + rng.int(1, 9)) % 10}`;
}

export function atVat(rng, valid = true) {
  const body = rng.digits(7);
  const good = atVatCheckDigit(body);
  return `ATU${body}${valid ? good : (good + rng.int(1, 9)) % 10}`;
}

export function cheUid(rng) {
  for (;;) {
    const body = String(rng.int(1, 4)) + rng.digits(7);
    const c = cheCheckDigit(body);
    if (c !== null) {
      const all = `${body}${c}`;
      return `CHE-${all.slice(0, 3)}.${all.slice(3, 6)}.${all.slice(6)}`;
    }
  }
}

/** UK VAT: weights 8..2 on 7 digits, the last two make the sum a multiple of 97 (old scheme). */
export function gbVat(rng) {
  const seven = String(rng.int(1, 9)) + rng.digits(6);
  const s = seven.split('').reduce((acc, ch, i) => acc + Number(ch) * (8 - i), 0);
  let check = 97 - (s % 97);
  if (check === 97) check = 0;
  const tail = String(check).padStart(2, '0');
  return `GB ${seven.slice(0, 3)} ${seven.slice(3)} ${tail}`;
}

export function frSiren(rng) {
  const body = String(rng.int(3, 9)) + rng.digits(7);
  return `${body}${luhnCheckDigit(body)}`;
}

export function frVat(siren) {
  const key = (12 + 3 * (Number(siren) % 97)) % 97;
  return `FR${String(key).padStart(2, '0')}${siren}`;
}

export function itVat(rng) {
  const body = rng.digits(7) + String(rng.int(1, 100)).padStart(3, '0');
  return `IT${body}${luhnCheckDigit(body)}`;
}

/** Dutch btw-id (old scheme): weights 9..2 on 8 digits, sum mod 11 is the 9th digit. */
export function nlVat(rng) {
  for (;;) {
    const eight = String(rng.int(1, 9)) + rng.digits(7);
    const s = eight.split('').reduce((acc, ch, i) => acc + Number(ch) * (9 - i), 0);
    const c = s % 11;
    if (c < 10) return `NL${eight}${c}B0${rng.int(1, 3)}`;
  }
}

export const deRegister = (rng) => `HRB ${rng.int(1000, 259999)}`;
export const atFirmenbuch = (rng) => `FN ${rng.int(10000, 599999)}${rng.letters(1, 'abdfghikmpstvwxyz')}`;
export const ukCompanyNumber = (rng) => String(rng.int(1000000, 15999999)).padStart(8, '0');
export const kvk = (rng) => String(rng.int(10000000, 99999999));

/** ISO 13616 IBAN with a correct checksum. `bban` is the country's account part. */
export function iban(country, bban) {
  const toDigits = (s) => s.toUpperCase().replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  const numeric = toDigits(`${bban}${country}00`);
  let rem = 0;
  for (let i = 0; i < numeric.length; i += 7) rem = Number(`${rem}${numeric.slice(i, i + 7)}`) % 97;
  return `${country}${String(98 - rem).padStart(2, '0')}${bban}`;
}

/** Account part per country: [bank-code letters, total BBAN length]; digits fill the rest. */
const BBAN = {
  DE: [0, 18], AT: [0, 16], CH: [0, 17], NL: [4, 14], BE: [0, 12], FR: [0, 23], IT: [1, 23], ES: [0, 20],
  GB: [4, 18], IE: [4, 18], LT: [0, 16], EE: [0, 16], LV: [4, 17], PL: [0, 24], CZ: [0, 20], SK: [0, 20],
  HU: [0, 24], RO: [4, 20], BG: [4, 18], HR: [0, 17], SI: [0, 15], CY: [0, 24], PT: [0, 21], MT: [4, 27], LU: [0, 16],
};

export function ibanFor(rng, country) {
  const [letters, length] = BBAN[country];
  return iban(country, rng.letters(letters) + rng.digits(length - letters));
}

/** Group an IBAN in blocks of four, as banks and shops print it. */
export const spacedIban = (value) => value.replace(/(.{4})(?=.)/g, '$1 ');
