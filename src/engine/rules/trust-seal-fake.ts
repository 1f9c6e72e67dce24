import { ev } from '../evidence';
import { defineRule } from '../types';

/** SIGNALS.md "fake trust seals": seal image without a link, or linking into the shop itself. */
export const trustSealFake = defineRule({
  id: 'trust-seal-fake',
  kind: 'fake',
  rationale: 'A real seal links to its issuer’s certificate for this shop; a bare image or one linking back into the shop is copied, not earned.',
  evaluate(facts) {
    const bad = (facts.trustSeals?.seals ?? []).filter((s) => s.verdict === 'unlinked' || s.verdict === 'self-linked');
    if (bad.length === 0) return null;
    return {
      points: 30,
      severity: 'danger',
      evidence: bad.slice(0, 4).map((s) => (s.verdict === 'unlinked' ? ev('evSealUnlinked', s.issuer, s.evidence) : ev('evSealSelfLinked', s.issuer, s.evidence, s.href ?? ''))),
      subs: [bad[0]?.issuer ?? ''],
    };
  },
});
