import type { TamperKind } from '../../shared/guard-tamper';
import { ev } from '../evidence';
import { defineRule } from '../types';

const EVIDENCE_KEY: Record<TamperKind, string> = {
  removed: 'evGuardRemoved',
  moved: 'evGuardMoved',
  hidden: 'evGuardHidden',
  transparent: 'evGuardTransparent',
  shrunk: 'evGuardShrunk',
  restyled: 'evGuardRestyled',
};

/**
 * The shop's page removed, hid, moved, shrank or faded Shopwatch's checkout warning (the content
 * script watches the banner; the background remembers it per site). An honest shop never touches
 * another party's element, so this counts on every page of the site while it is remembered.
 */
export const checkoutGuardHidden = defineRule({
  id: 'checkout-guard-hidden',
  // Remembered per site by the background (guard-tamper.ts): asked for every verdict, not kept as a page's evidence.
  about: 'site',
  kind: 'fake',
  rationale: 'A shop that hides a warning about itself wants the shopper not to read it.',
  evaluate(_facts, config) {
    const tampering = config.guardTampering;
    if (!tampering) return null;
    return { points: 50, severity: 'danger', evidence: [ev(EVIDENCE_KEY[tampering.how])] };
  },
});
