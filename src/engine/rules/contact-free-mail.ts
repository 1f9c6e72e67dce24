import { ev, quote } from '../evidence';
import { defineRule } from '../types';

/**
 * SIGNALS.md "contact": a shop reachable only through a free-mail address. A small trader with a
 * GMX address, a phone number and a street address (on the page or in its Impressum) is common and
 * reachable: that stays quiet. Free-mail without a phone is the pattern.
 */
export const contactFreeMail = defineRule({
  id: 'contact-free-mail',
  kind: 'fake',
  rationale: 'A real company writes from its own domain; a shop whose only address is Gmail or GMX, with no phone number, can vanish overnight.',
  evaluate(facts) {
    const here = facts.contact;
    const impressum = facts.impressumDetails?.contact;
    const emails = [...(here?.emails ?? []), ...(impressum?.emails ?? [])];
    const freeMail = [...new Set([...(here?.freeMailEmails ?? []), ...(impressum?.freeMailEmails ?? [])])];
    if (freeMail.length === 0 || emails.some((e) => !freeMail.includes(e))) return null;
    const hasPhone = (here?.phones.length ?? 0) + (impressum?.phones.length ?? 0) > 0;
    const hasAddress = Boolean(here?.postalAddress ?? impressum?.postalAddress);
    if (hasPhone && hasAddress) return null;
    return { points: hasPhone ? 12 : 20, severity: 'warning', evidence: [...freeMail.slice(0, 3).map(quote), ...(hasPhone ? [] : [ev('evNoPhone')])], subs: [freeMail[0] ?? ''] };
  },
  contradictedBy: (site) => site.ownEmail,
});
