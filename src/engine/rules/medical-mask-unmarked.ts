import { ev } from '../evidence';
import { defineRule } from '../types';

/** A real FFP mask carries CE + the 4-digit number of its notified body + EN 149 (SIGNALS.md). */
export const medicalMaskUnmarked = defineRule({
  id: 'medical-mask-unmarked',
  kind: 'problematic',
  rationale: 'FFP masks sold in the EU must show CE with a four-digit notified-body number and the standard EN 149; without them the mask may not protect.',
  evaluate(facts) {
    const m = facts.medical;
    // Only a product page shows one mask's marks; a listing or a cart never prints them for each item.
    if (facts.pageType.pageType !== 'product') return null;
    if (!m || (m.category !== 'ffp2-mask' && m.category !== 'ffp3-mask')) return null;
    const missing = [!m.notifiedBody && 'CE 0000', !m.hasEn149 && 'EN 149'].filter((x): x is string => Boolean(x));
    if (missing.length === 0) return null;
    return { points: missing.length === 2 ? 22 : 12, severity: 'warning', evidence: [ev('evMarksMissing', m.productText, missing.join(', '))], subs: [missing.join(', ')] };
  },
});
