/**
 * Opt-in domain age (issue #12 part 3). The one place that may ask an RDAP server anything, and
 * only when the shopper switched "domainAge" on (off by default) and the browser grants the
 * host permission. Sends the registrable domain, nothing else. Answers are cached per domain for
 * 30 days in storage.local (failed lookups for a day; never longer than the history period),
 * validated on every read, pruned and cleared with the history (prunable-stores.ts).
 */
import { DOMAIN_AGE_TTL_MS, DomainAgeRecordSchema, type DomainAge } from '../shared/domain-age';
import { browser } from '../shared/platform';
import { RDAP_ORIGINS, RdapBootstrapSchema, type RdapBootstrap } from '../shared/rdap/bootstrap';
import { fetchBootstrap, lookupRegistration, registeredDomainOf } from '../shared/rdap/lookup';
import type { Settings } from '../shared/settings';
import { z } from '../shared/zod';
import { createKeyedStore } from './prunable';
import { writeItems } from './storage-write';

const FAILED_TTL_MS = 24 * 60 * 60 * 1000;
const BOOTSTRAP_KEY = 'rdapBootstrap';
const BootstrapRecordSchema = z.object({ fetchedAt: z.number(), bootstrap: RdapBootstrapSchema });
const inFlight = new Set<string>();

/** The answers, one item per registrable domain ("domainAge:<domain>"). */
export const domainAgeStore = createKeyedStore({ name: 'domain-age', area: 'local', prefix: 'domainAge', ttlMs: DOMAIN_AGE_TTL_MS, schema: DomainAgeRecordSchema, timeOf: (r) => r.checkedAt });

/** Consent is the setting; the permission check keeps Firefox (where host access can be withdrawn) honest too. */
async function mayLookUp(settings: Settings): Promise<boolean> {
  if (!settings.domainAge) return false;
  return browser.permissions.contains({ origins: RDAP_ORIGINS }).catch(() => false);
}

async function readCached(domain: string, now: number, retentionDays: number): Promise<DomainAge | undefined> {
  const record = await domainAgeStore.read(domain, now, retentionDays);
  if (!record) return undefined;
  // A failed lookup is tried again after a day; an answer is kept for 30.
  return record.age.status === 'failed' && now - record.checkedAt >= FAILED_TTL_MS ? undefined : record.age;
}

async function bootstrap(now: number): Promise<RdapBootstrap> {
  const cached = BootstrapRecordSchema.safeParse((await browser.storage.local.get(BOOTSTRAP_KEY))[BOOTSTRAP_KEY]);
  if (cached.success && now - cached.data.fetchedAt < DOMAIN_AGE_TTL_MS) return cached.data.bootstrap;
  const fresh = await fetchBootstrap({ fetch: (...args) => fetch(...args) });
  await writeItems('local', { [BOOTSTRAP_KEY]: { fetchedAt: now, bootstrap: fresh } });
  return fresh;
}

async function lookUp(domain: string): Promise<DomainAge> {
  const now = Date.now();
  let age: DomainAge;
  try {
    age = await lookupRegistration(domain, await bootstrap(now), { fetch: (...args) => fetch(...args) });
  } catch (error) {
    age = { status: 'failed', site: domain, error: error instanceof Error ? error.message.slice(0, 200) : 'lookup failed' };
  }
  await domainAgeStore.write(domain, { checkedAt: now, age });
  return age;
}

/**
 * The age of `host`'s domain for the engine: the cached answer, or null. On a cache miss (and only
 * with consent) the lookup starts in the background and `onAnswer` runs when it is stored, so the
 * page can be scored again; the badge never waits for a registry. `wait`: the shopper asked to
 * check this address, so the answer is awaited (at most the lookup's own timeouts).
 */
export async function domainAgeFor(host: string, settings: Settings, onAnswer: () => void, wait = false): Promise<DomainAge | null> {
  const registered = registeredDomainOf(host);
  if (!registered || !(await mayLookUp(settings))) return null;
  const cached = await readCached(registered.domain, Date.now(), settings.retentionDays);
  if (cached) return cached;
  if (wait) return lookUp(registered.domain);
  if (!inFlight.has(registered.domain)) {
    inFlight.add(registered.domain);
    void lookUp(registered.domain)
      .then(onAnswer)
      .catch((error: unknown) => console.warn('[Shopwatch] domain age', error))
      .finally(() => inFlight.delete(registered.domain));
  }
  return null;
}
