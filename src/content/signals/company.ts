/**
 * Company identity: names with their legal form, VAT ids (check digits for the EU states, the UK
 * and Switzerland, see shared/vat.ts) and register entries — and register entries no register gives
 * out (SIGNALS.md "VAT / register number invalid", "Impressum incomplete"). The readers live in
 * content/impressum/, shared with the Impressum follow-up.
 */
import type { ExtractContext } from '../context';
import { companyNames } from '../impressum/legal-forms';
import { registerFacts } from '../impressum/registers';
import { findVatIds } from '../impressum/vat-ids';
import { defineSignal } from './types';

export function extractCompany(ctx: ExtractContext) {
  const named = companyNames(ctx.text);
  const registers = registerFacts(ctx.text);
  return {
    names: named.map((n) => n.name),
    legalForms: [...new Set(named.map((n) => n.form))].slice(0, 5),
    vatIds: findVatIds(ctx.text),
    registerEntries: registers.entries,
    registerMalformed: registers.malformed,
  };
}

export const company = defineSignal({ id: 'company', key: 'company', extract: extractCompany });
