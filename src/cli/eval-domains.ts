/**
 * npm run -s eval:domains [-- --fake <file>] [--legit <file>] [--json]
 * How many domains the domain-only check flags (level caution or high) on our own collection in
 * tests/fixtures/domains/ (legitimate shops; lookalikes derived from the brand list, tuning half
 * and held-out half), plus any extra files of addresses, and how fast. Prints figures, asserts nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_CONFIG } from '../engine';
import { scoreDomain } from '../engine/domain/score-domain';
import { addressToUrl } from './check-domain';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/domains');

export interface DomainSetFigures {
  name: string;
  label: 'fake' | 'legit';
  total: number;
  flagged: number;
  rate: number;
  perRule: Record<string, number>;
  msPerDomain: number;
}

export function readAddresses(file: string): string[] {
  return fs.readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

export function evaluateDomains(name: string, label: 'fake' | 'legit', addresses: string[]): DomainSetFigures {
  const perRule: Record<string, number> = {};
  let flagged = 0;
  let total = 0;
  const started = performance.now();
  for (const address of addresses) {
    const url = addressToUrl(address);
    if (!url) continue;
    total++;
    const result = scoreDomain(url, { ...DEFAULT_CONFIG, now: Date.now() });
    if (result.level !== 'low') flagged++;
    for (const reason of result.reasons) perRule[reason.id] = (perRule[reason.id] ?? 0) + 1;
  }
  const ms = performance.now() - started;
  return { name, label, total, flagged, rate: total ? flagged / total : 0, perRule, msPerDomain: total ? ms / total : 0 };
}

export const OWN_SETS: Array<[string, 'fake' | 'legit', string]> = [
  ['own legitimate shops (legit.txt)', 'legit', 'legit.txt'],
  ['own lookalikes, tuning half', 'fake', 'lookalikes-dev.txt'],
  ['own lookalikes, held-out half', 'fake', 'lookalikes-heldout.txt'],
];

function main(): void {
  const args = parseArgs({ options: { fake: { type: 'string', multiple: true }, legit: { type: 'string', multiple: true }, json: { type: 'boolean', default: false } } });
  const sets = OWN_SETS.map(([name, label, file]) => evaluateDomains(name, label, readAddresses(path.join(DIR, file))));
  for (const file of args.values.fake ?? []) sets.push(evaluateDomains(file, 'fake', readAddresses(file)));
  for (const file of args.values.legit ?? []) sets.push(evaluateDomains(file, 'legit', readAddresses(file)));
  if (args.values.json) {
    process.stdout.write(`${JSON.stringify(sets)}\n`);
    return;
  }
  for (const s of sets) {
    const what = s.label === 'fake' ? 'flagged (recall)' : 'flagged (false alarms)';
    process.stdout.write(`${s.name}: ${s.flagged}/${s.total} ${what} = ${(100 * s.rate).toFixed(1)}%  ·  ${s.msPerDomain.toFixed(2)} ms per domain  ·  ${JSON.stringify(s.perRule)}\n`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
