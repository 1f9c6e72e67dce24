import { parse } from 'tldts';
import type { DomainAge } from '../domain-age';
import { z } from '../zod';
import { IANA_DNS_BOOTSTRAP_URL, RdapBootstrapSchema, rdapServerFor, type RdapBootstrap } from './bootstrap';
import { readBodyAtMost } from '../read-body';

/**
 * Registration dates by RDAP (issue #12 part 3). Pure apart from the `fetch` it is given, so the
 * background, the CLI (--rdap) and tests (a local server) share it. Sends only the registrable
 * domain, never a page address; no cookies, no referrer, no redirects, bounded size and time.
 */
export interface RdapOptions {
  fetch: typeof fetch;
  /** Defaults to IANA's file; tests point it at a local server. */
  bootstrapUrl?: string;
  timeoutMs?: number;
}

const MAX_BYTES = 1_000_000;
const DEFAULT_TIMEOUT_MS = 5_000;

const RdapDomainSchema = z.object({
  events: z.array(z.object({ eventAction: z.string().max(100), eventDate: z.string().max(100) }).loose()).max(200).optional(),
});

const isLocal = (url: string) => /^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url);

async function getJson(url: string, options: RdapOptions): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  try {
    const response = await options.fetch(url, {
      headers: { accept: 'application/rdap+json, application/json' },
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'error',
      signal: controller.signal,
    });
    if (response.status === 404) throw new RdapError('not found');
    if (!response.ok) throw new RdapError(`HTTP ${response.status}`);
    return JSON.parse(await readCapped(response, MAX_BYTES)) as unknown;
  } catch (error) {
    if (error instanceof RdapError) throw error;
    if (error instanceof SyntaxError) throw new RdapError('answer unreadable');
    throw new RdapError(controller.signal.aborted ? 'timeout' : 'network error');
  } finally {
    clearTimeout(timer);
  }
}

export class RdapError extends Error {}

/** The body as text, but never more than `max` bytes: a hostile server cannot fill memory. */
async function readCapped(response: Response, max: number): Promise<string> {
  if (Number(response.headers.get('content-length') ?? 0) > max) throw new RdapError('answer too large');
  const { bytes, overflow } = await readBodyAtMost(response, max);
  if (overflow) throw new RdapError('answer too large');
  return new TextDecoder().decode(bytes);
}

export async function fetchBootstrap(options: RdapOptions): Promise<RdapBootstrap> {
  const parsed = RdapBootstrapSchema.safeParse(await getJson(options.bootstrapUrl ?? IANA_DNS_BOOTSTRAP_URL, options));
  if (!parsed.success) throw new RdapError('bootstrap file unreadable');
  return parsed.data;
}

/** The domain a registry knows: the ICANN registrable domain, or null for IPs and platform sub-domains. */
export function registeredDomainOf(host: string): { domain: string; tld: string } | null {
  const info = parse(host, { allowPrivateDomains: false });
  if (info.isIp || !info.domain || !info.publicSuffix || !/^[a-z0-9.-]+$/.test(info.domain)) return null;
  const privateInfo = parse(host, { allowPrivateDomains: true });
  if (privateInfo.domain !== info.domain) return null; // x.myshopify.com: the platform's age says nothing about the shop
  return { domain: info.domain, tld: info.publicSuffix.split('.').pop() as string };
}

/** Ask the TLD's RDAP server when `site` was registered. Never throws; never guesses. */
export async function lookupRegistration(site: string, bootstrap: RdapBootstrap, options: RdapOptions): Promise<DomainAge> {
  const tld = site.split('.').pop() ?? '';
  const server = rdapServerFor(bootstrap, tld, options.bootstrapUrl !== undefined && isLocal(options.bootstrapUrl));
  if (!server) return { status: 'not-public', site, tld };
  try {
    const parsed = RdapDomainSchema.safeParse(await getJson(`${server}domain/${encodeURIComponent(site)}`, options));
    if (!parsed.success) return { status: 'failed', site, error: 'answer unreadable' };
    const registration = parsed.data.events?.find((e) => e.eventAction.toLowerCase() === 'registration');
    const registeredAt = registration ? Date.parse(registration.eventDate) : NaN;
    if (!Number.isFinite(registeredAt)) return { status: 'not-public', site, tld };
    return { status: 'registered', site, registeredAt, server: new URL(server).host };
  } catch (error) {
    return { status: 'failed', site, error: error instanceof Error ? error.message.slice(0, 200) : 'lookup failed' };
  }
}
