/**
 * npm run -s eval -- --corpus <dir> [--split dev|test] [--by-site] [--json]
 * Runs the extension's extraction + engine over <dir>/index.jsonl (one {file, label, url} a line;
 * optional split, patterns, page_type, system, lang as the generated corpus writes them) and reports
 * how well "level high" separates fake from legit pages, per level and per pattern. With --by-site
 * the pages of one `site` are judged in index order as one visit (site profile and connections
 * carried from page to page, as in the extension); without it every page is a first visit.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { analyseFile, newReplay, type Replay } from './analyse-file';
import { CliInputError } from './read-page';
import { summarise, type EvalRow, type LevelTally } from './eval-metrics';

interface IndexEntry {
  file: string;
  label: 'legit' | 'fake' | 'unknown';
  url: string;
  split?: string;
  patterns?: string[];
  page_type?: string;
  system?: string;
  lang?: string;
  site?: string;
}

const SPLITS = ['dev', 'test'] as const;
export type Split = (typeof SPLITS)[number];

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

/** Pages of the index (only those of `split` when given; an index without splits then has none). */
export async function evaluateCorpus(dir: string, options: { split?: Split; bySite?: boolean } = {}): Promise<EvalRow[]> {
  const rows: EvalRow[] = [];
  const visits = new Map<string, Replay>();
  for (const entry of readIndex(dir)) {
    if (options.split && entry.split !== options.split) continue;
    let replay: Replay | undefined;
    if (options.bySite && typeof entry.site === 'string') {
      replay = visits.get(entry.site) ?? newReplay();
      visits.set(entry.site, replay);
    }
    const analysis = await analyseFile(path.join(dir, entry.file), entry.url, undefined, replay);
    rows.push({
      file: entry.file, label: entry.label, level: analysis.result?.level ?? null, score: analysis.result?.score ?? null, reasons: analysis.result?.reasons.map((r) => r.id) ?? [],
      ...(Array.isArray(entry.patterns) ? { patterns: entry.patterns.filter((p): p is string => typeof p === 'string') } : {}),
      ...(typeof entry.split === 'string' ? { split: entry.split } : {}),
      ...(typeof entry.page_type === 'string' ? { pageType: entry.page_type } : {}),
      ...(typeof entry.system === 'string' ? { system: entry.system } : {}),
      ...(typeof entry.lang === 'string' ? { lang: entry.lang } : {}),
    });
  }
  return rows;
}

const tally = (t: LevelTally) => `${String(t.high).padStart(4)} high ${String(t.medium).padStart(4)} medium ${String(t.low).padStart(4)} low ${String(t.incomplete).padStart(4)} incomplete ${String(t['not-shop']).padStart(4)} not-shop`;

function printBreakdowns(s: ReturnType<typeof summarise>): void {
  console.log('\nlevels:');
  for (const label of ['fake', 'legit'] as const) if (s.levels[label].pages) console.log(`  ${label.padEnd(6)} ${String(s.levels[label].pages).padStart(4)} pages: ${tally(s.levels[label])}`);
  const patterns = Object.entries(s.patterns);
  if (patterns.length) {
    console.log('\nper pattern (fake pages carrying it; recall = share rated high):');
    for (const [id, t] of patterns.filter(([, t]) => t.label === 'fake')) console.log(`  ${id.padEnd(28)} ${String(t.pages).padStart(4)} pages  recall ${pct(t.recall).padStart(6)}  ${tally(t)}`);
    console.log('\nper near-miss (legitimate pages carrying it; high = false alarm):');
    for (const [id, t] of patterns.filter(([, t]) => t.label === 'legit')) console.log(`  ${id.replace(/^legit:/, '').padEnd(28)} ${String(t.pages).padStart(4)} pages  ${tally(t)}`);
  }
  for (const [name, groups] of [['page type', s.byPageType], ['shop system', s.bySystem], ['language', s.byLang]] as const) {
    const entries = Object.entries(groups);
    if (!entries.length) continue;
    console.log(`\nper ${name}: recall on fake pages · high on legit pages`);
    for (const [k, g] of entries) console.log(`  ${k.padEnd(28)} fake ${String(g.fake.high).padStart(3)}/${String(g.fake.pages).padEnd(3)} ${pct(g.recall).padStart(6)} · legit high ${g.legit.high}/${g.legit.pages}`);
  }
}

function pct(x: number | null): string {
  return x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`;
}

async function main(): Promise<void> {
  const args = parseArgs({ options: { corpus: { type: 'string' }, split: { type: 'string' }, 'by-site': { type: 'boolean', default: false }, json: { type: 'boolean', default: false } } });
  const usage = 'usage: npm run -s eval -- --corpus <dir> [--split dev|test] [--by-site] [--json]';
  if (!args.values.corpus) throw new CliInputError(usage);
  const split = args.values.split;
  if (split !== undefined && !SPLITS.includes(split as Split)) throw new CliInputError(`--split must be dev or test\n${usage}`);
  const rows = await evaluateCorpus(args.values.corpus, { ...(split ? { split: split as Split } : {}), bySite: args.values['by-site'] });
  if (split && !rows.length) throw new CliInputError(`no page of split "${split}" in ${args.values.corpus}/index.jsonl`);
  const s = summarise(rows);
  if (args.values.json) {
    process.stdout.write(`${JSON.stringify({ corpus: args.values.corpus, split: split ?? null, ...s, pages: rows })}\n`);
    return;
  }
  const m = s.confusion;
  console.log(`Shopwatch eval: ${args.values.corpus}${split ? ` (split ${split})` : ''}${args.values['by-site'] ? ', pages of a site as one visit' : ''} — ${rows.length} pages (${s.counts.fake} fake, ${s.counts.legit} legit, ${s.counts.unknown} unknown)`);
  console.log('prediction "fake" = level high\n');
  console.log('                 predicted fake   predicted not fake');
  console.log(`  actual fake    ${String(m.tp).padStart(14)}   ${String(m.fn).padStart(18)}`);
  console.log(`  actual legit   ${String(m.fp).padStart(14)}   ${String(m.tn).padStart(18)}\n`);
  console.log(`precision ${pct(s.precision)} · recall ${pct(s.recall)} · false-positive rate ${pct(s.falsePositiveRate)}`);
  console.log(`precision at prevalence 1%: ${pct(s.precisionAtPrevalence['1%'] ?? null)} · 2%: ${pct(s.precisionAtPrevalence['2%'] ?? null)} · 3%: ${pct(s.precisionAtPrevalence['3%'] ?? null)}`);
  console.log(`levels on legit pages: ${JSON.stringify(s.legitLevels)}`);
  printBreakdowns(s);
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
