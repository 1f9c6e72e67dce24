/**
 * npm run -s eval -- --corpus <dir> [--json]
 * Runs the extension's extraction + engine over <dir>/index.jsonl (one {file, label, url} a line)
 * and reports how well "level high" separates fake from legit pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { analyseFile } from './analyse-file';
import { CliInputError } from './read-page';
import { summarise, type EvalRow } from './eval-metrics';

interface IndexEntry {
  file: string;
  label: 'legit' | 'fake' | 'unknown';
  url: string;
}

function readIndex(dir: string): IndexEntry[] {
  const file = path.join(dir, 'index.jsonl');
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new CliInputError(`cannot read ${file}`);
  }
  return text.split('\n').filter((l) => l.trim()).map((line, i) => {
    let entry: Partial<IndexEntry>;
    try {
      entry = JSON.parse(line) as Partial<IndexEntry>;
    } catch {
      throw new CliInputError(`${file}:${i + 1}: not JSON`);
    }
    if (typeof entry.file !== 'string' || typeof entry.url !== 'string' || !['legit', 'fake', 'unknown'].includes(entry.label ?? '')) {
      throw new CliInputError(`${file}:${i + 1}: needs "file", "url" and "label" (legit|fake|unknown)`);
    }
    return entry as IndexEntry;
  });
}

export async function evaluateCorpus(dir: string): Promise<EvalRow[]> {
  const rows: EvalRow[] = [];
  for (const entry of readIndex(dir)) {
    const analysis = await analyseFile(path.join(dir, entry.file), entry.url);
    rows.push({ file: entry.file, label: entry.label, level: analysis.result?.level ?? null, score: analysis.result?.score ?? null, reasons: analysis.result?.reasons.map((r) => r.id) ?? [] });
  }
  return rows;
}

function pct(x: number | null): string {
  return x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`;
}

async function main(): Promise<void> {
  const args = parseArgs({ options: { corpus: { type: 'string' }, json: { type: 'boolean', default: false } } });
  if (!args.values.corpus) throw new CliInputError('usage: npm run -s eval -- --corpus <dir> [--json]');
  const rows = await evaluateCorpus(args.values.corpus);
  const s = summarise(rows);
  if (args.values.json) {
    process.stdout.write(`${JSON.stringify({ corpus: args.values.corpus, ...s, pages: rows })}\n`);
    return;
  }
  const m = s.confusion;
  console.log(`Shopwatch eval: ${args.values.corpus} — ${rows.length} pages (${s.counts.fake} fake, ${s.counts.legit} legit, ${s.counts.unknown} unknown)`);
  console.log('prediction "fake" = level high\n');
  console.log('                 predicted fake   predicted not fake');
  console.log(`  actual fake    ${String(m.tp).padStart(14)}   ${String(m.fn).padStart(18)}`);
  console.log(`  actual legit   ${String(m.fp).padStart(14)}   ${String(m.tn).padStart(18)}\n`);
  console.log(`precision ${pct(s.precision)} · recall ${pct(s.recall)} · false-positive rate ${pct(s.falsePositiveRate)}`);
  console.log(`precision at prevalence 1%: ${pct(s.precisionAtPrevalence['1%'] ?? null)} · 2%: ${pct(s.precisionAtPrevalence['2%'] ?? null)} · 3%: ${pct(s.precisionAtPrevalence['3%'] ?? null)}`);
  console.log(`levels on legit pages: ${JSON.stringify(s.legitLevels)}`);
  if (s.wrong.length) {
    console.log('\nwrong:');
    for (const w of s.wrong) console.log(`  ${w.label.padEnd(5)} → ${String(w.level).padEnd(6)} ${String(w.score).padStart(3)}  ${w.file}  [${w.reasons.join(', ')}]`);
  } else console.log('\nno page was wrong');
}

if (process.argv[1] && /eval\.ts$/.test(process.argv[1])) {
  main().catch((error: unknown) => {
    process.stderr.write(`shopwatch eval: ${error instanceof CliInputError ? error.message : String(error)}\n`);
    process.exit(2);
  });
}
