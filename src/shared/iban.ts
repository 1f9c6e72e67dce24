import { isValidIBAN, validateIBAN, ValidationErrorsIBAN } from 'ibantools';

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

/**
 * Why an IBAN is not valid, so the evidence says what is wrong: 'checksum' (the ISO 13616 mod-97
 * check digits fail), 'national-check' (mod-97 holds but the bank's own check digits inside the
 * account number, e.g. the French RIB key, do not), 'structure' (wrong length or layout for its
 * country). null when valid. The national check is the subtler tell, so it must not be called a checksum failure.
 */
export type IbanProblem = 'checksum' | 'national-check' | 'structure';

export function ibanProblem(raw: string): IbanProblem | null {
  const iban = normaliseIban(raw.slice(0, 60));
  if (iban.length > MAX_IBAN_LENGTH) return 'structure';
  const { valid, errorCodes } = validateIBAN(iban);
  if (valid) return null;
  const structural = [ValidationErrorsIBAN.NoIBANProvided, ValidationErrorsIBAN.NoIBANCountry, ValidationErrorsIBAN.WrongBBANLength, ValidationErrorsIBAN.WrongBBANFormat];
  if (errorCodes.some((code) => structural.includes(code))) return 'structure';
  if (errorCodes.includes(ValidationErrorsIBAN.WrongIBANChecksum) || errorCodes.includes(ValidationErrorsIBAN.ChecksumNotNumber)) return 'checksum';
  if (errorCodes.includes(ValidationErrorsIBAN.WrongAccountBankBranchChecksum)) return 'national-check';
  return 'structure';
}
