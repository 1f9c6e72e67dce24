import { checkoutMemoryOf, evaluate, PAGE_RULES, scoreSite, siteSells, type EngineConfig } from '../../engine';
import type { PageFacts, PageType } from '../../shared/facts';
import { isMarketplaceHost } from '../../shared/marketplaces';
import type { RiskResult } from '../../shared/result';
import { siteFromUrl } from '../../shared/site';
import type { SiteProfile } from '../../shared/site-profile';
import { subjectOf, type Subject } from '../../shared/subject';
import { emptyProfile, observationsOf, profilePageOf, upsertPage, type Observation } from './profile';
import type { SiteProfileStore } from './profile-store';
import type { ConnectionView, SubjectStatus } from '../../shared/identity';
import { connectionsFor, linkSubject } from './connections';
import { identitiesOf } from './identities';
import type { IdentityStore } from './identity-store';
import type { DomainAge } from '../../shared/domain-age';

/**
 * The background's judgement of one reported page, as the extension and the CLI's session replay
 * both run it: the page's own reasons go into its site's evidence profile, and the verdict shown
 * is the site's (issue 15, classes 1 and 2). Storage comes in through `profiles`; no browser API.
 */
export interface JudgeDeps {
  profiles: SiteProfileStore;
  /** Sensitivity and the shopper's mark for this page's subject. */
  config: EngineConfig;
  now: number;
  /** A profile that could not be stored still gives its verdict; the caller is told (storage full). */
  onStorageError?: (error: unknown) => Promise<void>;
  /** Identities and connections (issue 17); without a store the page is judged without them. */
  identities?: IdentityStore;
  /** Whether a connected site or seller is listed, marked suspicious or was rated high. */
  statusOf?: (key: string) => Promise<SubjectStatus>;
  /** The domain's registration date (opt-in RDAP), asked only once the page is known to get a verdict. */
  domainAge?: () => Promise<DomainAge | null>;
}

const UNKNOWN: SubjectStatus = { listed: false, suspicious: false, ratedHigh: false };

export type PageVerdict =
  | { status: 'not-shop'; pageType: PageType }
  | { status: 'done'; site: string; subject: Subject; pageType: PageType; result: RiskResult; profile: SiteProfile; connections: ConnectionView[] };

/**
 * On a marketplace, a listing is judged per seller ("amazon:A3…") and never feeds the
 * marketplace's own profile; the marketplace's own pages are judged one by one, unremembered.
 */
function keepsProfile(facts: PageFacts, subject: Subject): boolean {
  return subject.kind === 'seller' || !isMarketplaceHost(facts.host);
}

/**
 * Did an earlier page of this URL's site show that it sells? The content script asks before it
 * reads a page without shop evidence of its own. Marketplaces keep no site profile: always false.
 */
export async function siteSellsAt(url: string, profiles: SiteProfileStore, now: number): Promise<boolean> {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return !isMarketplaceHost(host) && siteSells(await profiles.get(siteFromUrl(url), now), now);
}

/** The profile with this report's pages added: the Impressum read for it first (the checkout rules compare account holders with its company), then the page. */
function profileWith(start: SiteProfile, observations: Observation[], facts: PageFacts, config: EngineConfig, now: number): SiteProfile {
  let profile = start;
  for (const read of observations.filter((o) => o.via === 'read')) profile = upsertPage(profile, profilePageOf(read, evaluate(read.facts, config, PAGE_RULES), now), now);
  const visited = observations.find((o) => o.via === 'visited');
  // A page that ran no signals (its site's selling was learnt meanwhile) gets the verdict but adds nothing.
  if (!visited || facts.pageType.pageType === 'not-shop') return profile;
  const memory = isMarketplaceHost(facts.host) ? null : checkoutMemoryOf(profile, now);
  return upsertPage(profile, profilePageOf(visited, evaluate(visited.facts, { ...config, memory, now }, PAGE_RULES), now), now);
}

/** Store the profile, record the identities the pages showed, and return the subject's connections. */
async function remember(subject: Subject, profile: SiteProfile, observations: Observation[], deps: JudgeDeps): Promise<ConnectionView[]> {
  const storing = (work: Promise<void>) =>
    work.catch(async (error: unknown) => {
      if (!deps.onStorageError) throw error;
      await deps.onStorageError(error);
    });
  await storing(deps.profiles.put(profile));
  if (!deps.identities) return [];
  for (const o of observations) await storing(linkSubject(deps.identities, subject, identitiesOf(o.facts, subject), o.path, deps.now));
  return connectionsFor(deps.identities, subject.key, deps.statusOf ?? (async () => UNKNOWN));
}

export async function judgePage(facts: PageFacts, deps: JudgeDeps): Promise<PageVerdict> {
  const { profiles, now } = deps;
  const site = siteFromUrl(facts.url);
  const subject = subjectOf(site, facts.marketplace);
  const remembered = keepsProfile(facts, subject);
  const stored = remembered ? await profiles.get(subject.key, now) : null;
  // Only pages of sites that showed no sign of selling — here or on an earlier page — stay unscored;
  // a site on a fake-shop list is flagged on every page of it.
  const listed = (deps.config.listing?.hits.length ?? 0) > 0;
  // A page that could not be classified in time ('unknown') is judged too: "could not check fully", never "not a shop".
  const unknown = facts.pageType.pageType === 'unknown';
  if (facts.pageType.shopEvidence.length === 0 && !unknown && !siteSells(stored, now) && !listed) return { status: 'not-shop', pageType: facts.pageType.pageType };
  const config = deps.domainAge ? { ...deps.config, domainAge: await deps.domainAge() } : deps.config;

  const observations = observationsOf(facts);
  const profile = profileWith(stored ?? emptyProfile(subject, facts.host, now), observations, facts, config, now);
  const connections = remembered ? await remember(subject, profile, observations, deps) : [];
  const path = observations.find((o) => o.via === 'visited')?.path ?? '/';
  const type = facts.pageType.pageType;
  const result = scoreSite(profile, { ...config, now, connections }, facts, path);
  return { status: 'done', site, subject, pageType: type === 'not-shop' ? 'info' : type, result, profile, connections };
}
