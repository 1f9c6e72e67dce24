import { getDomainWithoutSuffix } from 'tldts';
import { ev } from '../evidence';
import { defineRule } from '../types';

const FORM_WORDS = /\b(gmbh|ug|ag|kg|ohg|co|haftungsbeschrankt|haftungsbeschraenkt|ltd|limited|llc|inc|plc|e\s?k|e\s?u|se|sarl|sas|eurl|srl|spa|bv|nv|vof|the|und|and|en|et|di|de|der|van|shop|store|handel|trading|group|holding|service|services|international|deutschland|germany|online)\b/g;

/** Folded for comparing names with domains: "Möbelwerk" is both "moebelwerk" and "mobelwerk". */
function spellings(text: string): string[] {
  const lower = text.toLowerCase();
  const german = lower.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
  const plain = lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss');
  return [...new Set([german.normalize('NFD').replace(/[\u0300-\u036f]/g, ''), plain])];
}

function tokens(name: string): string[] {
  return spellings(name).flatMap((s) => s.replace(/[^a-z0-9]+/g, ' ').replace(FORM_WORDS, ' ').split(' ')).filter((t) => t.length >= 4);
}

/** SIGNALS.md "mismatch": an Impressum naming a company that has nothing to do with the shop's name. */
export const impressumUnrelatedCompany = defineRule({
  id: 'impressum-unrelated-company',
  kind: 'fake',
  rationale: 'Fake shops copy the Impressum of a real company; its name then has nothing in common with the shop’s domain.',
  evaluate(facts) {
    const names = facts.impressumDetails?.company.names ?? [];
    const label = (getDomainWithoutSuffix(facts.host, { allowPrivateDomains: true }) ?? facts.host).toLowerCase().replace(/[^a-z0-9]/g, '');
    if (names.length === 0 || label.length < 4) return null;
    const related = names.some((name) => spellings(name).some((s) => s.replace(/[^a-z0-9]/g, '').includes(label)) || tokens(name).some((t) => label.includes(t)));
    if (related) return null;
    return { points: 15, severity: 'warning', evidence: [ev('evImpressumNames', names.slice(0, 2).join('; ')), ev('evShopDomain', facts.host)], subs: [names[0] ?? ''] };
  },
});
