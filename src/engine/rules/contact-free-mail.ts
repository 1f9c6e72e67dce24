import { ev, quote } from '../evidence';
import { defineRule } from '../types';

/** SIGNALS.md "contact": a shop reachable only through a free-mail address. */
export const contactFreeMail = defineRule({
  id: 'contact-free-mail',
  kind: 'fake',
  rationale: 'A real company writes from its own domain; a shop whose only address is Gmail or GMX can vanish overnight.',
  evaluate(facts) {
    const contact = facts.contact;
    if (!contact || contact.freeMailEmails.length === 0) return null;
    if (contact.emails.some((e) => !contact.freeMailEmails.includes(e))) return null;
    const noPhone = contact.phones.length === 0;
    return { points: noPhone ? 20 : 12, severity: 'warning', evidence: [...contact.freeMailEmails.slice(0, 3).map(quote), ...(noPhone ? [ev('evNoPhone')] : [])], subs: [contact.freeMailEmails[0] ?? ''] };
  },
  contradictedBy: (site) => site.ownEmail,
});
