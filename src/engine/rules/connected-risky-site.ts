import { IDENTITY_KINDS, type ConnectionView } from '../../shared/identity';
import type { Level } from '../../shared/result';
import { ev } from '../evidence';
import { defineSiteRule } from '../types';

const isRisky = (c: ConnectionView) => c.status.listed || c.status.suspicious || c.status.ratedHigh;
const uncopyable = (c: ConnectionView) => c.shared.some((s) => IDENTITY_KINDS[s.kind].strong && !IDENTITY_KINDS[s.kind].copyable);

/**
 * Does this connection weigh as a sign of fraud? Only when the other side is listed, marked
 * suspicious or was rated high; and, for details anyone can copy from an Impressum (VAT id,
 * register, phone, e-mail, name and address, the text itself), only when this site shows signs of
 * its own — a fake shop that copies a real company's Impressum must not paint the company red.
 */
export function weighsAsFake(c: ConnectionView, ownLevel: Level): boolean {
  return isRisky(c) && (uncopyable(c) || ownLevel !== 'low');
}

/** The day as an ISO date ("2026-11-12"), like the lists' dates in other reasons. */
export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Evidence for one shared identifier: "the same IBAN PL61 … 4567 was shown by x.shop on 12 Nov". */
export function sharedEvidence(c: ConnectionView) {
  return c.shared.map((s) => ev(`evShared${s.kind.replace(/(^|-)([a-z])/g, (_m, _d: string, ch: string) => ch.toUpperCase())}`, s.display, c.otherLabel, isoDay(s.at)));
}

function statusEvidence(c: ConnectionView) {
  if (c.status.listed) return ev('evConnectedListed', c.otherLabel);
  if (c.status.suspicious) return ev('evConnectedSuspicious', c.otherLabel);
  return ev('evConnectedRatedHigh', c.otherLabel);
}

/** Issue 17: a shop or seller behind the same bank account or company details as a known fraud. */
export const connectedRiskySite = defineSiteRule({
  id: 'connected-risky-site',
  kind: 'fake',
  rationale: 'Fake-shop networks rotate domains and seller accounts but keep the bank account and company details; sharing them with a shop already known as risky is a strong sign.',
  evaluate({ connections, ownLevel }) {
    const weighing = connections.filter((c) => weighsAsFake(c, ownLevel));
    const first = weighing[0];
    if (!first) return null;
    const evidence = weighing.slice(0, 3).flatMap((c) => [statusEvidence(c), ...sharedEvidence(c).slice(0, 2)]);
    return { points: weighing.some(uncopyable) ? 45 : 35, severity: 'danger', evidence, subs: [first.otherLabel] };
  },
});
