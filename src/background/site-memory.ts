import { getPublicSuffix } from 'tldts';
import type { PageFacts } from '../shared/facts';
import type { RiskResult } from '../shared/result';
import { SiteMemorySchema, type SiteMemory } from '../shared/site-memory';
import { createKeyedStore } from './prunable';

/** Per-site memory of earlier pages (storage.local, 30 days or the retention setting if shorter), read by the checkout guard. */
export const siteMemoryStore = createKeyedStore({ name: 'site-memory', area: 'local', prefix: 'memory', ttlMs: 30 * 86_400_000, schema: SiteMemorySchema, timeOf: (m) => m.seenAt });

export function readSiteMemory(site: string, retentionDays = 0): Promise<SiteMemory | null> {
  return siteMemoryStore.read(site, Date.now(), retentionDays);
}

/** Remember product/category/home pages only: a checkout must not overwrite what the shop advertised. */
export async function rememberSite(site: string, facts: PageFacts, result: RiskResult): Promise<void> {
  const type = facts.pageType.pageType;
  if (type === 'checkout' || type === 'cart') return;
  const previous = await readSiteMemory(site);
  const memory: SiteMemory = {
    site,
    level: result.level,
    score: result.score,
    reasonIds: result.reasons.map((r) => r.id).slice(0, 30),
    advertisedMethods: [...new Set([...(previous?.advertisedMethods ?? []), ...(facts.payment?.methods ?? [])])].slice(0, 20),
    companyNames: (facts.impressumDetails?.company.names ?? previous?.companyNames ?? []).slice(0, 5),
    tld: getPublicSuffix(facts.host) ?? '',
    seenAt: Date.now(),
  };
  await siteMemoryStore.write(site, memory);
}
