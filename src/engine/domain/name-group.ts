/** Reasons read from the domain name alone (and its fit with the page): one family of evidence (rules/families.ts), so names alone never make "high" (issue #12). */
export const NAME_RULE_IDS: ReadonlySet<string> = new Set(['domain-brand', 'domain-shop-words', 'domain-lookalike', 'domain-cheap-tld', 'domain-unrelated']);
