/**
 * `check --domain-only`: judge addresses without their pages (issue #12 part 5), for people who
 * triage reported shops. One address (--url) or a file of them (--urls, one a line, streamed).
 * No network unless --rdap; lists only from --list files (src/cli/domain-lists.ts).
 */
import fs from 'node:fs';
import readline from 'node:readline';
import { DEFAULT_CONFIG, type EngineConfig } from '../engine';
import { hostOnlyFacts, scoreDomain } from '../engine/domain/score-domain';
import type { DomainAge } from '../shared/domain-age';
import type { SiteListing } from '../shared/lists/listing';
import { fetchBootstrap, lookupRegistration, registeredDomainOf, type RdapOptions } from '../shared/rdap/lookup';
import type { RdapBootstrap } from '../shared/rdap/bootstrap';
import type { PageAnalysis } from './analyse-file';
import { toJson, toText } from './format-result';
import { CliInputError } from './read-page';

export interface DomainCheckOptions {
  json: boolean;
  sensitivity: EngineConfig['sensitivity'];
  /** Ask RDAP servers for the registration date (the only network use of the CLI). */
  rdap: RdapOptions | null;
  /** The time the ages are measured from (ms); the current time unless --now is given. */
  now: number;
  /** What the --list files say about a host; null without --list (then lists are off). */
  listing: ((host: string) => SiteListing) | null;
}

/** "nike-outlet.de", "www.x.shop/path" or a full URL → an https URL; null when it is no address. */
export function addressToUrl(raw: string): URL | null {
  const text = raw.trim();
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.') ? url : null;
  } catch {
    return null;
  }
}

function createAgeLookup(options: DomainCheckOptions): (host: string) => Promise<DomainAge | null> {
  let bootstrap: Promise<RdapBootstrap> | null = null;
  const answers = new Map<string, Promise<DomainAge>>();
  return async (host) => {
    const rdap = options.rdap;
    const registered = rdap && registeredDomainOf(host);
    if (!rdap || !registered) return null;
    bootstrap ??= fetchBootstrap(rdap);
    let answer = answers.get(registered.domain);
    if (!answer) {
      answer = bootstrap.then(
        (file) => lookupRegistration(registered.domain, file, rdap),
        (error: unknown): DomainAge => ({ status: 'failed', site: registered.domain, error: error instanceof Error ? error.message : 'bootstrap failed' }),
      );
      answers.set(registered.domain, answer);
    }
    return answer;
  };
}

function render(raw: string, url: URL | null, analysis: PageAnalysis | null, json: boolean): string {
  if (!url || !analysis) {
    return json ? JSON.stringify({ url: raw, pageType: 'none', score: null, level: null, kind: null, marketplace: null, seller: null, reasons: [], error: 'not an address' }) : `Shopwatch check: ${raw}\nNot an address.`;
  }
  if (json) return JSON.stringify({ ...toJson(analysis), pageType: 'none' });
  return toText(analysis).replace(/^Page type: .*$/m, 'Page type: none (domain only, the page was not read)');
}

/** Judge each address and write one result per address (one JSON object a line with --json). */
export async function checkAddresses(addresses: AsyncIterable<string> | Iterable<string>, options: DomainCheckOptions, write: (line: string) => void): Promise<number> {
  const ageOf = createAgeLookup(options);
  let count = 0;
  for await (const raw of addresses) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    const url = addressToUrl(raw);
    let analysis: PageAnalysis | null = null;
    if (url) {
      const listing = options.listing?.(url.hostname) ?? null;
      const config: EngineConfig = { ...DEFAULT_CONFIG, sensitivity: options.sensitivity, now: options.now, listing, domainAge: await ageOf(url.hostname) };
      analysis = { url: url.href, facts: hostOnlyFacts(url), result: scoreDomain(url, config), connections: [] };
    }
    write(render(raw.trim().slice(0, 2000), url, analysis, options.json));
    count++;
  }
  return count;
}

/** The lines of a file, streamed (a list of reported shops may be long). */
export function linesOf(file: string): AsyncIterable<string> {
  try {
    if (!fs.statSync(file).isFile()) throw new Error();
  } catch {
    throw new CliInputError(`cannot read ${file}`);
  }
  return readline.createInterface({ input: fs.createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
}
