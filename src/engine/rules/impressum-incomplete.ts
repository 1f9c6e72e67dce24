import { ev } from '../evidence';
import { defineRule } from '../types';

/**
 * Legal forms that exist only by registration, so a legal notice must name the register entry:
 * DE/AT (§5 DDG, §5 ECG), UK (Companies Act), FR (RCS), NL (KvK), BE (KBO), IT (REA), ES, PL, CZ.
 * The content side writes each form in one spelling (content/impressum/legal-forms.ts). Sole
 * traders' forms (e.K., e.U.) must register too, but leaving it out is common sloppiness, not a sign.
 */
const NEEDS_REGISTER = new Set(['GmbH & Co. KG', 'GmbH & Co. KGaA', 'gGmbH', 'GmbH', 'UG', 'KGaA', 'AG', 'OHG', 'KG', 'OG', 'SE', 'Ltd', 'PLC', 'LLP', 'SARL', 'SASU', 'SAS', 'EURL', 'SNC', 'SA', 'SPRL', 'S.r.l.', 'S.p.A.', 'S.a.s.', 'B.V.', 'N.V.', 'V.O.F.', 'S.L.', 'sp. z o.o.', 's.r.o.', 'a.s.']);
// Where the VAT id carries the register number (FR: the SIREN; IT: the codice fiscale; BE: the enterprise number; CH: the UID).
const VAT_IS_REGISTER = new Set(['FR', 'IT', 'BE', 'CH']);

/** SIGNALS.md "Impressum incomplete": no street address (only a town, e-mail or PO box), a registered company without its register entry, a register entry no register gives out. */
export const impressumIncomplete = defineRule({
  id: 'impressum-incomplete',
  kind: 'fake',
  rationale: 'A legal notice must give an address where papers can be served and, for a company, its register entry; one without them, or with an entry no register gives out, cannot be used to hold anyone to account.',
  evaluate(facts) {
    const d = facts.impressumDetails;
    if (!d) return null;
    const problems: Array<[number, ReturnType<typeof ev>]> = [];
    if (!d.contact.postalAddress) {
      const found = d.contact.poBox ? ev('evPoBoxOnly', d.contact.poBox) : d.contact.townOnly ? ev('evTownOnly', d.contact.townOnly) : ev('evNoStreetAddress');
      problems.push([25, found]);
    }
    const form = d.company.legalForms.find((f) => NEEDS_REGISTER.has(f));
    const registered = d.company.registerEntries.length > 0 || d.company.vatIds.some((v) => VAT_IS_REGISTER.has(v.country) && v.checksumValid !== false);
    if (form && !registered) problems.push([20, ev('evNoRegister', form)]);
    const malformed = d.company.registerMalformed?.[0];
    if (malformed) problems.push([20, ev('evRegisterMalformed', malformed)]);
    if (problems.length === 0) return null;
    const points = Math.min(35, problems.reduce((sum, [p]) => sum + p, 0));
    return { points, severity: 'danger', evidence: [...problems.map(([, e]) => e), ev('evImpressumUrl', d.url)] };
  },
});
