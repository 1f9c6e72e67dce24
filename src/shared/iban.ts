import { isValidIBAN } from 'ibantools';

/**
 * IBAN checks (ISO 13616) through ibantools, which carries the whole IBAN registry: each
 * country's length and BBAN structure (where digits and letters go), national check digits
 * where the registry defines them, and the mod-97 checksum. A hand-written length table let
 * made-up accounts through (issue #18: 5 of python-stdnum's broken IBANs passed).
 */
const MAX_IBAN_LENGTH = 34;

export function normaliseIban(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase();
}

export function isValidIban(raw: string): boolean {
  const iban = normaliseIban(raw.slice(0, 60));
  return iban.length <= MAX_IBAN_LENGTH && isValidIBAN(iban);
}
