import type { PageFacts } from '../../shared/facts';
import { siteFromUrl } from '../../shared/site';
import { subjectOf } from '../../shared/subject';
import { impressumCache } from '../follow-up-cache';
import { database, flagStorageProblem } from '../history';
import { engineConfigFor } from '../settings';
import { judgePage, siteSellsAt, type PageVerdict } from './judge';
import { pathOf } from './profile';
import { idbProfileStore } from './profile-store';

/** The extension's wiring of the site logic: profiles in IndexedDB, the shopper's settings and marks. */
export const siteProfiles = idbProfileStore(database);

export async function judgeReport(facts: PageFacts): Promise<{ verdict: PageVerdict; trusted: boolean }> {
  const site = siteFromUrl(facts.url);
  const config = await engineConfigFor(subjectOf(site, facts.marketplace).key);
  const verdict = await judgePage(facts, { profiles: siteProfiles, config, now: Date.now(), onStorageError: flagStorageProblem });
  // The shopper is on the shop's Impressum: its other pages need not fetch it again.
  const details = facts.impressumDetails;
  if (verdict.status === 'done' && details && pathOf(details.url) === pathOf(facts.url)) await impressumCache.put(site, details);
  return { verdict, trusted: config.siteMark === 'trusted' };
}

/** Did an earlier page of this URL's site show that it sells? */
export function siteSellsFor(url: string): Promise<boolean> {
  return siteSellsAt(url, siteProfiles, Date.now()).catch(() => false);
}
