import { ev } from '../evidence';
import { defineRule } from '../types';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Issue #12 part 3, SIGNALS.md "domain: very new": the registration date from RDAP, looked up
 * only when the shopper switched it on. Under 90 days is a strong sign, under a year a weak one.
 */
export const domainNew = defineRule({
  id: 'domain-new',
  kind: 'fake',
  scope: 'host',
  rationale: 'Fake shops live for weeks: most are registered shortly before they open and vanish before complaints pile up.',
  evaluate(_facts, config) {
    const age = config.domainAge;
    if (age?.status !== 'registered' || config.now === undefined) return null;
    const days = Math.floor((config.now - age.registeredAt) / DAY_MS);
    if (days < 0 || days >= 365) return null;
    const date = new Date(age.registeredAt).toISOString().slice(0, 10);
    const evidence = [ev('evDomainRegistered', age.site, date, days, age.server)];
    return days < 90 ? { points: 35, severity: 'danger', evidence, subs: [String(days)] } : { points: 12, severity: 'warning', evidence, subs: [String(days)] };
  },
});
