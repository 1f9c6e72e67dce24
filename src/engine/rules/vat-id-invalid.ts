import { ev } from '../evidence';
import { defineRule } from '../types';

/** SIGNALS.md "VAT / register number invalid": a made-up VAT id (USt-IdNr, UID, TVA, BTW, P.IVA, VAT Reg. No.) fails its check digit. */
export const vatIdInvalid = defineRule({
  id: 'vat-id-invalid',
  kind: 'fake',
  rationale: 'VAT ids of the EU states, the UK and Switzerland carry a check digit; a number that fails it was made up or mistyped — real companies copy theirs from the tax office.',
  evaluate(facts) {
    const ids = [...(facts.company?.vatIds ?? []), ...(facts.impressumDetails?.company.vatIds ?? [])];
    const invalid = ids.filter((v) => v.checksumValid === false);
    if (invalid.length === 0) return null;
    return { points: 40, severity: 'danger', evidence: invalid.map((v) => ev('evVatCheckDigit', v.raw)), subs: [invalid[0]?.raw ?? ''] };
  },
});
