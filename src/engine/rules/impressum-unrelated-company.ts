import { getDomainWithoutSuffix } from 'tldts';
import { ev } from '../evidence';
import { defineRule } from '../types';

const FORM_WORDS = /\b(gmbh|ug|ag|kg|ohg|co|haftungsbeschränkt|ltd|limited|llc|inc|e\.?\s?k|se|sarl|bv|the|und|and|shop|store|handel|trading|group|holding|service|services|international|deutschland|germany)\b/g;

function tokens(name: string): string[] {
  return name.toLowerCase().replace(FORM_WORDS, ' ').split(/[^a-z0-9äöüß]+/).filter((t) => t.length >= 4);
}

/** SIGNALS.md "mismatch": an Impressum naming a company that has nothing to do with the shop's name. */
export const impressumUnrelatedCompany = defineRule({
  id: 'impressum-unrelated-company',
  kind: 'fake',
  rationale: 'Fake shops copy the Impressum of a real company; its name then has nothing in common with the shop’s domain.',
  evaluate(facts) {
    const names = facts.impressumDetails?.company.names ?? [];
    const label = (getDomainWithoutSuffix(facts.host, { allowPrivateDomains: true }) ?? facts.host).toLowerCase().replace(/[^a-z0-9äöüß]/g, '');
    if (names.length === 0 || label.length < 4) return null;
    const related = names.some((name) => {
      const compactName = name.toLowerCase().replace(/[^a-z0-9äöüß]/g, '');
      return compactName.includes(label) || tokens(name).some((t) => label.includes(t));
    });
    if (related) return null;
    return { points: 15, severity: 'warning', evidence: [ev('evImpressumNames', names.slice(0, 2).join('; ')), ev('evShopDomain', facts.host)], subs: [names[0] ?? ''] };
  },
});
