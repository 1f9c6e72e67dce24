import type { PageFacts } from '../../shared/facts';
import { HistoryEntrySchema } from '../../shared/db/schema';
import type { SubjectStatus } from '../../shared/identity';
import { siteFromUrl } from '../../shared/site';
import { parseSubjectKey, subjectOf } from '../../shared/subject';
import { isListedAsFraud, listingForHost } from '../lists';
import { impressumCache } from '../follow-up-cache';
import { readTamper } from '../guard-tamper';
import type { TamperRecord } from '../../shared/guard-tamper';
import type { DomainAge } from '../../shared/domain-age';
import { isMarketplaceHost } from '../../shared/marketplaces';
import { database, flagStorageProblem } from '../history';
import { engineConfigFor, readSettings } from '../settings';
import { idbIdentityStore } from './identity-store-idb';
import { judgePage, siteSellsAt, type PageVerdict } from './judge';
import { pathOf } from './profile';
import { idbProfileStore } from './profile-store';
import { maxAgeMs, type PrunableStore } from '../prunable';
import { PROFILE_LIMITS } from '../../shared/site-profile';

/** The extension's wiring of the site logic: profiles and identities in IndexedDB, the shopper's settings and marks. */
export const siteProfiles = idbProfileStore(database);
export const identityStore = idbIdentityStore(database);

/**
 * A connected site or seller matters when a fake-shop list names it as fraudulent, the shopper
 * marked it suspicious, or it was rated high (its history entry).
 */
function statusFrom(marks: Record<string, string>): (key: string) => Promise<SubjectStatus> {
  return async (key) => {
    const entry = HistoryEntrySchema.safeParse(await (await database()).get('history', key));
    const listed = parseSubjectKey(key).kind === 'shop' && (await isListedAsFraud(key));
    return { listed, suspicious: marks[key] === 'suspicious', ratedHigh: entry.success && entry.data.lastLevel === 'high' };
  };
}

/**
 * A reported page's verdict: the site's, from its profile. The configuration is the one every page
 * gets (sensitivity, the shopper's mark for this subject, what the lists say, whether the site hid
 * the checkout warning before, the domain's registration date when the shopper asked for it).
 */
export async function judgeReport(facts: PageFacts, domainAge?: () => Promise<DomainAge | null>): Promise<{ verdict: PageVerdict; trusted: boolean; guardTampering: TamperRecord | null }> {
  const site = siteFromUrl(facts.url);
  const { marks, retentionDays } = await readSettings();
  const guardTampering = isMarketplaceHost(facts.host) ? null : await readTamper(site, Date.now(), retentionDays);
  const config = { ...(await engineConfigFor(subjectOf(site, facts.marketplace).key)), listing: await listingForHost(facts.host), guardTampering };
  const verdict = await judgePage(facts, { profiles: siteProfiles, identities: identityStore, statusOf: statusFrom(marks), config, domainAge, now: Date.now(), onStorageError: flagStorageProblem });
  // The shopper is on the shop's Impressum: its other pages need not fetch it again.
  const details = facts.impressumDetails;
  if (verdict.status === 'done' && details && pathOf(details.url) === pathOf(facts.url)) await impressumCache.put(site, details);
  return { verdict, trusted: config.siteMark === 'trusted', guardTampering };
}

/** Did an earlier page of this URL's site show that it sells? */
export function siteSellsFor(url: string): Promise<boolean> {
  return siteSellsAt(url, siteProfiles, Date.now()).catch(() => false);
}

/** Site profiles: 30 days, or the history period if shorter; cleared with the history (entry). */
export const siteProfilesPrunable: PrunableStore = {
  name: 'site-profiles',
  prune: (now, retentionDays) => siteProfiles.prune(now - maxAgeMs(PROFILE_LIMITS.maxAgeMs, retentionDays)),
  clear: (key) => siteProfiles.delete(key),
};

/** Identities and connections: as long as the history; cleared with it. */
export const identitiesPrunable: PrunableStore = {
  name: 'identities',
  prune: async (now, retentionDays) => (retentionDays > 0 ? identityStore.prune(now - retentionDays * 86_400_000) : 0),
  clear: (key) => identityStore.delete(key),
};
