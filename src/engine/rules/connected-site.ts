import { ev } from '../evidence';
import { defineSiteRule } from '../types';
import { sharedEvidence, weighsAsFake } from './connected-risky-site';

/**
 * Issue 17: connected to another shop or seller account, shown as information only — honest
 * companies run several shops and brands. When the other side is risky but shares only details
 * anyone can copy, and this site shows nothing wrong itself, the shopper is told that either may
 * be a copy.
 */
export const connectedSite = defineSiteRule({
  id: 'connected-site',
  kind: 'fake',
  rationale: 'Knowing that one business is behind several shops or seller accounts helps judge them; on its own it is no warning sign.',
  evaluate({ connections, ownLevel }) {
    const shown = connections.filter((c) => !weighsAsFake(c, ownLevel));
    const first = shown[0];
    if (!first) return null;
    const evidence = shown.slice(0, 4).flatMap((c) => [...(c.status.ratedHigh || c.status.listed || c.status.suspicious ? [ev('evConnectedCopied', c.otherLabel)] : []), ...sharedEvidence(c).slice(0, 2)]);
    return { points: 0, severity: 'info', evidence, subs: [first.otherLabel, String(shown.length - 1)] };
  },
});
