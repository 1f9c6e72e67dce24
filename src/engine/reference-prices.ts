import type { MedicalFacts } from '../shared/facts-shop';

/**
 * Typical German retail prices of scarce medical goods, used to spot gouging (> 2× — German courts
 * see a "striking disproportion" from twice the usual price, §138 BGB / §291 StGB) and offers too
 * cheap to be real (< 0.5×). These are the project's own estimates of shelf prices at German
 * drugstore chains and pharmacies, not measurements: each entry says so. Replace them with sourced
 * figures when a maintained price source is chosen.
 */
export interface ReferencePrice {
  unitCents: number;
  unit: MedicalFacts['unit'];
  source: string;
  date: string;
}

export const REFERENCE_PRICES: Record<MedicalFacts['category'], ReferencePrice> = {
  'ffp2-mask': { unitCents: 60, unit: 'piece', source: 'estimate: German drugstore shelf price of FFP2 masks in multi-packs (0.40–1.00 €)', date: '2026-11' },
  'ffp3-mask': { unitCents: 250, unit: 'piece', source: 'estimate: FFP3 masks at German pharmacies and DIY stores (1.50–4.00 €)', date: '2026-11' },
  'surgical-mask': { unitCents: 10, unit: 'piece', source: 'estimate: medical face masks type II/IIR in 50-packs (0.05–0.20 €)', date: '2026-11' },
  disinfectant: { unitCents: 1200, unit: 'litre', source: 'estimate: branded hand disinfectant, 500 ml bottle 4–8 € (8–16 € per litre)', date: '2026-11' },
  'rapid-test': { unitCents: 100, unit: 'piece', source: 'estimate: antigen self-tests at German drugstores (0.70–2.00 €)', date: '2026-11' },
};
