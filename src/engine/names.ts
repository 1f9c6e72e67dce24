import { getDomainWithoutSuffix } from 'tldts';

/** Legal forms and filler words say nothing about who a company is. */
const FILLER = /\b(gmbh|ug|ag|kg|ohg|co|haftungsbeschränkt|ltd|limited|llc|inc|e\.?\s?k|se|sarl|sas|bv|nv|uab|oü|ou|sia|sp|z|o\.?o|s\.?r\.?o|kft|srl|s\.?r\.?l|spa|eood|ood|d\.?o\.?o|the|und|and|shop|store|handel|trading|group|holding|service|services|international|deutschland|germany|online|europe|eu|gesellschaft|company)\b/g;

/** The distinctive words of a name (4+ letters): "UAB Prekyba Baltic" → ["prekyba", "baltic"]. */
/** "Küchenbox" and "kuechenbox" are one name: domains spell umlauts out. */
const spelledOut = (text: string) => text.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');

export function nameTokens(name: string): string[] {
  return spelledOut(name).replace(FILLER, ' ').split(/[^a-z0-9äöüßàâçéèêëîïôûùÿæœąčęėįšųūžāēīķļņõ]+/).filter((t) => t.length >= 4);
}

/** The shop's own name as its domain spells it: "www.bergsport-huber.de" → "bergsporthuber". */
export function shopLabel(host: string): string {
  return spelledOut(getDomainWithoutSuffix(host, { allowPrivateDomains: true }) ?? host).replace(/[^a-z0-9]/g, '');
}

/** Does `name` share a distinctive word with the shop's domain or one of the company names it gives? */
export function relatedToShop(name: string, host: string, companyNames: readonly string[]): boolean {
  const tokens = nameTokens(name);
  if (tokens.length === 0) return false;
  const label = shopLabel(host);
  const known = companyNames.flatMap(nameTokens);
  return tokens.some((t) => label.includes(t) || known.includes(t) || (label.length >= 4 && t.includes(label)));
}
