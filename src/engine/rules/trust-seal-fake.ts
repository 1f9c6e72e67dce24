import { ev } from '../evidence';
import { defineRule } from '../types';
import type { TrustSealsFacts } from '../../shared/facts-shop';

type Seal = TrustSealsFacts['seals'][number];

/** Verdicts that show a picture of a seal rather than a certificate a shopper can open. */
const FAKE = new Set<Seal['verdict']>(['unlinked', 'self-linked', 'lookalike']);

function evidenceOf(s: Seal) {
  if (s.verdict === 'unlinked') return ev('evSealUnlinked', s.issuer, s.evidence);
  if (s.verdict === 'lookalike') return ev('evSealLookalike', s.issuer, s.evidence, s.href ?? '');
  return ev('evSealSelfLinked', s.issuer, s.evidence, s.href ?? '');
}

/** SIGNALS.md "fake trust seals": a seal (image, icon, background, text badge) without a working link to its issuer. */
export const trustSealFake = defineRule({
  id: 'trust-seal-fake',
  kind: 'fake',
  rationale: 'A real seal links to its issuer’s certificate for this shop; a seal without a working link, one linking back into the shop or to a domain borrowing the issuer’s name is copied, not earned.',
  evaluate(facts) {
    const bad = (facts.trustSeals?.seals ?? []).filter((s) => FAKE.has(s.verdict));
    if (bad.length === 0) return null;
    return {
      points: 30,
      severity: 'danger',
      evidence: bad.slice(0, 4).map(evidenceOf),
      subs: [bad[0]?.issuer ?? ''],
    };
  },
});
