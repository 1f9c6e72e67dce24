import { formatCents } from '../../shared/money';
import { REFERENCE_PRICES } from '../reference-prices';
import { ev } from '../evidence';
import { defineRule, type Rule } from '../types';

/** Unit price vs the reference: > 2× is gouging (problematic), < 0.5× is too cheap to be real (fake). */
function ratioOf(facts: Parameters<Rule['evaluate']>[0]) {
  const m = facts.medical;
  if (!m || m.unitCents === null) return null;
  const ref = REFERENCE_PRICES[m.category];
  return { m, ref, ratio: m.unitCents / ref.unitCents };
}

function evidenceFor(r: NonNullable<ReturnType<typeof ratioOf>>) {
  const unit = r.m.unit === 'litre' ? 'Litre' : 'Piece';
  return [
    ev(`evUnitPrice${unit}`, r.m.productText, formatCents(r.m.unitCents ?? 0), r.m.quantity ?? 1),
    ev(`evReferencePrice${unit}`, formatCents(r.ref.unitCents), r.ref.source, r.ref.date),
  ];
}

export const medicalPriceGouging = defineRule({
  id: 'medical-price-gouging',
  kind: 'problematic',
  rationale: 'More than twice the usual price for masks, disinfectant or tests exploits a shortage; German courts treat 2× as a striking disproportion.',
  evaluate(facts) {
    const r = ratioOf(facts);
    if (!r || r.ratio <= 2) return null;
    return { points: r.ratio > 4 ? 35 : 28, severity: 'danger', evidence: evidenceFor(r), subs: [r.ratio.toFixed(1)] };
  },
});

export const medicalPriceTooCheap = defineRule({
  id: 'medical-price-too-cheap',
  kind: 'fake',
  rationale: 'Scarce goods offered at less than half the usual price are a lure: fake shops sell what they never had.',
  evaluate(facts) {
    const r = ratioOf(facts);
    if (!r || r.ratio >= 0.5) return null;
    return { points: 30, severity: 'danger', evidence: evidenceFor(r), subs: [String(Math.round((1 - r.ratio) * 100))] };
  },
});
