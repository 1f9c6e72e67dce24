/**
 * npm run -s check -- <file.html> --url <page-url> [--json]
 * npm run -s check -- --session <session.jsonl> [--json]
 * npm run -s check -- --url <address> --domain-only [--json] [--rdap]
 * npm run -s check -- --urls <file> --domain-only [--json] [--list <file>]… [--rdap]
 * Runs the extension's extraction, engine and background judgement on a saved page, or on a
 * session of pages in order (site profiles, identities, connections in memory), or its domain
 * rules on addresses alone. Exit 2 on unreadable input.
 */
import { parseArgs } from 'node:util';
import { addressToUrl, checkAddresses, linesOf } from './check-domain';
import { listingFor, loadList } from './domain-lists';
import { CliInputError, parsePageUrl } from './read-page';
import { toJson, toText, connectionsJson, connectionsText } from './format-result';

const USAGE = 'usage: npm run -s check -- <file.html> --url <page-url> [--json]\n       npm run -s check -- --session <session.jsonl> [--json]\n       npm run -s check -- (--url <address> | --urls <file>) --domain-only [--json] [--list <file>]… [--rdap] [--now <date>]';

const OPTIONS = {
  url: { type: 'string' },
  urls: { type: 'string' },
  json: { type: 'boolean', default: false },
  'domain-only': { type: 'boolean', default: false },
  rdap: { type: 'boolean', default: false },
  list: { type: 'string', multiple: true },
  now: { type: 'string' },
  session: { type: 'string' },
} as const;

async function domainOnly(values: { url?: string; urls?: string; json: boolean; rdap: boolean; now?: string; list?: string[] }): Promise<number> {
  const now = values.now === undefined ? Date.now() : Date.parse(values.now);
  if (!Number.isFinite(now)) throw new CliInputError(`not a date: ${values.now}`);
  if (values.url !== undefined && !values.urls && !addressToUrl(values.url)) throw new CliInputError(`not an address: ${values.url}`);
  const addresses = values.urls ? linesOf(values.urls) : values.url !== undefined ? [values.url] : null;
  if (!addresses) throw new CliInputError(USAGE);
  // The only network use of the CLI: RDAP, and only when asked (SHOPWATCH_RDAP_BOOTSTRAP: a local server in tests).
  const rdap = values.rdap ? { fetch: globalThis.fetch, bootstrapUrl: process.env.SHOPWATCH_RDAP_BOOTSTRAP || undefined } : null;
  const lists = (values.list ?? []).map((file) => loadList(file, (line) => process.stderr.write(`shopwatch check: ${line}\n`)));
  const listing = lists.length > 0 ? (host: string) => listingFor(host, lists) : null;
  await checkAddresses(addresses, { json: values.json, sensitivity: 'normal', rdap, now, listing }, (line) => process.stdout.write(`${line}\n`));
  return 0;
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: OPTIONS });
  } catch (error) {
    throw new CliInputError((error as Error).message);
  }
  if (args.values['domain-only']) return domainOnly(args.values);
  const file = args.positionals[0];
  if (args.values.session) {
    // Loaded only for pages, like analyse-file. One line (JSON) or block (text) per page, printed as soon as the page is judged.
    const { readSession, replaySession } = await import('./session');
    for await (const analysis of replaySession(readSession(args.values.session))) {
      const out = args.values.json ? JSON.stringify({ ...toJson(analysis), connections: connectionsJson(analysis.connections) }) : [toText(analysis), ...connectionsText(analysis.connections), ''].join('\n');
      process.stdout.write(`${out}\n`);
    }
    return 0;
  }
  if (!file || args.values.urls) throw new CliInputError(USAGE);
  // Loaded only for pages: the domain-only check starts without the DOM library.
  const { analyseFile } = await import('./analyse-file');
  const analysis = await analyseFile(file, parsePageUrl(args.values.url));
  process.stdout.write(`${args.values.json ? JSON.stringify(toJson(analysis)) : toText(analysis)}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`shopwatch check: ${error instanceof CliInputError ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
