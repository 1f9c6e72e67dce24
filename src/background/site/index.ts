import type { PageFacts } from '../../shared/facts';
import { HistoryEntrySchema } from '../../shared/db/schema';
import type { SubjectStatus } from '../../shared/identity';
import { siteFromUrl } from '../../shared/site';
import { parseSubjectKey, subjectOf } from '../../shared/subject';
import { isListedAsFraud, listingForHost } from '../lists';
import { impressumCache } from '../follow-up-cache';
import { database, flagStorageProblem } from '../history';
import { engineConfigFor, readSettings } from '../settings';
import { idbIdentityStore } from './identity-store-idb';
import { judgePage, siteSellsAt, type PageVerdict } from './judge';
import { pathOf } from './profile';
import { idbProfileStore } from './profile-store';

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

export async function judgeReport(facts: PageFacts): Promise<{ verdict: PageVerdict; trusted: boolean }> {
  const site = siteFromUrl(facts.url);
  // The same engine configuration every page gets (sensitivity, the shopper's mark for this subject …).
  const config = { ...(await engineConfigFor(subjectOf(site, facts.marketplace).key)), listing: await listingForHost(facts.host) };
  const { marks } = await readSettings();
  const verdict = await judgePage(facts, { profiles: siteProfiles, identities: identityStore, statusOf: statusFrom(marks), config, now: Date.now(), onStorageError: flagStorageProblem });
  // The shopper is on the shop's Impressum: its other pages need not fetch it again.
  const details = facts.impressumDetails;
  if (verdict.status === 'done' && details && pathOf(details.url) === pathOf(facts.url)) await impressumCache.put(site, details);
  return { verdict, trusted: config.siteMark === 'trusted' };
}

/** Did an earlier page of this URL's site show that it sells? */
export function siteSellsFor(url: string): Promise<boolean> {
  return siteSellsAt(url, siteProfiles, Date.now()).catch(() => false);
}

/** Everything kept about one site or seller (or all of them) goes with its history entry. */
export async function forgetSubject(key: string | null): Promise<void> {
  await siteProfiles.delete(key);
  await identityStore.delete(key);
}
