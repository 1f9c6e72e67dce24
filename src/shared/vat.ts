/**
 * VAT identification numbers: format and check digit where the algorithm is public.
 * DE: "DE" + 9 digits, ISO 7064 MOD 11,10 (Bundeszentralamt für Steuern).
 * AT: "ATU" + 8 digits, weighted cross sum (BMF).
 */

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

/** Normalised id ("DE136695976"), its country, and whether the check digit holds (null: not checkable). */
export function checkVatId(raw: string): { id: string; country: string; checksumValid: boolean | null } {
  const id = raw.replace(/[\s.\-]/g, '').toUpperCase();
  const country = id.slice(0, 2);
  if (country === 'DE') return { id, country, checksumValid: isValidGermanVat(id.slice(2)) };
  if (id.startsWith('ATU')) return { id, country: 'AT', checksumValid: isValidAustrianVat(id.slice(3)) };
  return { id, country, checksumValid: null };
}
