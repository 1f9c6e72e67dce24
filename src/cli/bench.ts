/**
 * npm run bench — prints figures, asserts nothing (timed tests flake; figures are read by people).
 * 1. Extraction + scoring time per real page of the corpus (median of N runs, DOM parse excluded).
 * 2. Size of the built extension (dist/, dist-firefox/), of the sentinel every page gets and of the extractor shop pages get.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { extractFacts } from '../content/extract';
import { requirePageSite } from '../shared/site';
import { score } from '../engine';
import { parseHtml } from './load-page';
import { readPageFile } from './read-page';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** Real pages are not part of the project: the shared corpus beside it, or SHOPWATCH_CORPUS, or an argument. */
const corpusDir = process.argv[2] ?? (process.env.SHOPWATCH_CORPUS || '../shared/corpus');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function dirSize(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => {
    const full = path.join(dir, e.name);
    return sum + (e.isDirectory() ? dirSize(full) : fs.statSync(full).size);
  }, 0);
}

async function benchPages(): Promise<void> {
  if (!fs.existsSync(path.join(corpusDir, 'index.jsonl'))) {
    console.log(`No corpus of real pages at ${corpusDir} (pass a folder with an index.jsonl, or set SHOPWATCH_CORPUS): page timings skipped`);
    return;
  }
  const index = fs.readFileSync(path.join(corpusDir, 'index.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { file: string; url: string });
  console.log(`Extraction + scoring on ${index.length} saved pages (${RUNS} runs each, median; happy-dom, parse time excluded)`);
  const all: number[] = [];
  for (const entry of index) {
    const html = readPageFile(path.join(corpusDir, entry.file));
    const page = parseHtml(html, entry.url);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      score(extractFacts(page.document, entry.url, { site: requirePageSite(entry.url) }));
      times.push(performance.now() - start);
    }
    await page.close();
    all.push(median(times));
    console.log(`  ${median(times).toFixed(1).padStart(7)} ms  ${(html.length / 1024).toFixed(0).padStart(5)} KiB  ${entry.file}`);
  }
  console.log(`  median ${median(all).toFixed(1)} ms, worst ${Math.max(...all).toFixed(1)} ms`);
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Raw and gzipped size of one built file. */
function sizeOf(file: string): string {
  const bytes = fs.readFileSync(file);
  return `${kib(bytes.length)} (${kib(zlib.gzipSync(bytes, { level: 9 }).length)} gzipped)`;
}

function benchSize(): void {
  console.log('Build size');
  for (const dir of ['dist', 'dist-firefox']) {
    if (!fs.existsSync(dir)) {
      console.log(`  ${dir}/ not built (npm run build)`);
      continue;
    }
    // Every page gets the sentinel (the only content script); pages that may sell also get the extractor.
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { content_scripts?: Array<{ js: string[] }> };
    const everywhere = [...new Set(manifest.content_scripts?.flatMap((c) => c.js) ?? [])];
    console.log(`  ${dir}/: ${kib(dirSize(dir))} total; on every page ${everywhere.map((f) => `${f} ${sizeOf(path.join(dir, f))}`).join(', ')}; on shop pages also content/extractor.js ${sizeOf(path.join(dir, 'content/extractor.js'))}`);
  }
}

await benchPages();
benchSize();
