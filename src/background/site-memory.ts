import { getPublicSuffix } from 'tldts';
import type { PageFacts } from '../shared/facts';
import { browser } from '../shared/platform';
import type { RiskResult } from '../shared/result';
import { SiteMemorySchema, type SiteMemory } from '../shared/site-memory';

/** Per-site memory of earlier pages (storage.local, 30 days), read by the checkout guard. */
const TTL_MS = 30 * 24 * 60 * 60 * 1000;
const keyFor = (site: string) => `memory:${site}`;

export async function readSiteMemory(site: string): Promise<SiteMemory | null> {
  const raw = (await browser.storage.local.get(keyFor(site)))[keyFor(site)];
  const parsed = SiteMemorySchema.safeParse(raw);
  return parsed.success && Date.now() - parsed.data.seenAt < TTL_MS ? parsed.data : null;
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
  await browser.storage.local.set({ [keyFor(site)]: memory });
}
