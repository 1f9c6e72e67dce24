import { quote } from '../evidence';
import { defineRule } from '../types';

/** SIGNALS.md "urgency": countdowns, "only 3 left", live-visitor counters, "just bought" pop-ups. */
export const urgencyTricks = defineRule({
  id: 'urgency-tricks',
  kind: 'problematic',
  rationale: 'Time pressure keeps shoppers from checking a shop; one such widget is common, several together are a pressure tactic.',
  evaluate(facts) {
    const u = facts.urgency;
    if (!u) return null;
    const found = [u.countdown, u.lowStock, u.liveVisitors, u.recentPurchases].filter((x): x is string => x !== null);
    if (found.length === 0) return null;
    const points = found.length === 1 ? 8 : found.length === 2 ? 15 : 22;
    return { points, severity: found.length >= 2 ? 'warning' : 'info', evidence: found.map(quote), subs: [String(found.length)] };
  },
});
