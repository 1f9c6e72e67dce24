/**
 * npm run bench — prints figures, asserts nothing (timed tests flake; figures are read by people).
 * 1. Extraction + scoring time per real page of the corpus (median of N runs, DOM parse excluded).
 * 2. Size of the built extension (dist/, dist-firefox/) and of the content script it injects.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractFacts } from '../content/extract';
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
      score(extractFacts(page.document, entry.url));
      times.push(performance.now() - start);
    }
    await page.close();
    all.push(median(times));
    console.log(`  ${median(times).toFixed(1).padStart(7)} ms  ${(html.length / 1024).toFixed(0).padStart(5)} KiB  ${entry.file}`);
  }
  console.log(`  median ${median(all).toFixed(1)} ms, worst ${Math.max(...all).toFixed(1)} ms`);
}

function benchSize(): void {
  console.log('Build size');
  for (const dir of ['dist', 'dist-firefox']) {
    if (!fs.existsSync(dir)) {
      console.log(`  ${dir}/ not built (npm run build)`);
      continue;
    }
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { content_scripts?: Array<{ js: string[] }>; web_accessible_resources?: Array<{ resources: string[] }> };
    const injected = [...(manifest.content_scripts?.flatMap((c) => c.js) ?? []), ...(manifest.web_accessible_resources?.flatMap((w) => w.resources) ?? [])];
    const contentBytes = [...new Set(injected)].filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0);
    console.log(`  ${dir}/: ${(dirSize(dir) / 1024).toFixed(0)} KiB total, content script ${(contentBytes / 1024).toFixed(0)} KiB (loader + chunks)`);
  }
}

await benchPages();
benchSize();
