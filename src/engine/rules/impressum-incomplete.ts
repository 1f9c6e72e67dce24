import { ev } from '../evidence';
import { defineRule } from '../types';

const NEEDS_REGISTER = /^(GmbH|UG|AG|KG|OHG|GmbH & Co\.? ?KG|gGmbH|UG \(haftungsbeschränkt\))$/;

/** SIGNALS.md "Impressum incomplete": no street address (only e-mail or PO box), company without register entry, a register number no court gives out. */
export const impressumIncomplete = defineRule({
  id: 'impressum-incomplete',
  kind: 'fake',
  rationale: '§5 DDG requires a serviceable street address and, for a GmbH, UG or AG, the register court and number; an Impressum without them cannot be used to hold anyone to account.',
  evaluate(facts) {
    const d = facts.impressumDetails;
    if (!d) return null;
    const problems: Array<[number, ReturnType<typeof ev>]> = [];
    if (!d.contact.postalAddress) problems.push([25, d.contact.poBox ? ev('evPoBoxOnly', d.contact.poBox) : ev('evNoStreetAddress')]);
    const form = d.company.legalForms.find((f) => NEEDS_REGISTER.test(f));
    if (form && d.company.registerEntries.length === 0) problems.push([20, ev('evNoRegister', form)]);
    const malformed = d.company.registerMalformed?.[0];
    if (malformed) problems.push([20, ev('evRegisterMalformed', malformed)]);
    if (problems.length === 0) return null;
    const points = Math.min(35, problems.reduce((sum, [p]) => sum + p, 0));
    return { points, severity: 'danger', evidence: [...problems.map(([, e]) => e), ev('evImpressumUrl', d.url)] };
  },
});
