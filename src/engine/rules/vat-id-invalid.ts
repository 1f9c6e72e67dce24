import { ev } from '../evidence';
import { defineRule } from '../types';

/** SIGNALS.md "VAT / register number invalid": a made-up VAT id (USt-IdNr, UID, TVA, BTW, P.IVA, VAT Reg. No.) fails its check digit. */
export const vatIdInvalid = defineRule({
  id: 'vat-id-invalid',
  kind: 'fake',
  rationale: 'VAT ids of the EU states, the UK and Switzerland carry a check digit; a number that fails it was made up or mistyped — real companies copy theirs from the tax office.',
  evaluate(facts) {
    const ids = [...(facts.company?.vatIds ?? []), ...(facts.impressumDetails?.company.vatIds ?? [])];
    // On the Impressum itself the page's ids and the Impressum's are the same ones: name each once.
    const invalid = [...new Map(ids.filter((v) => v.checksumValid === false).map((v) => [v.raw, v])).values()];
    if (invalid.length === 0) return null;
    return { points: 40, severity: 'danger', evidence: invalid.map((v) => ev('evVatCheckDigit', v.raw)), subs: [invalid[0]?.raw ?? ''] };
  },
});
