/**
 * npm run bench:browser — the extension in real Chromium (issue 16). Prints figures and asserts
 * nothing. Per page (saved real pages of ../shared/corpus on their own URLs, and our own pages):
 * 5 fresh loads with a CDP trace each, with and without the extension. Then 30 idle seconds, the
 * popup's first result, the heap after same-document navigations, and what is injected.
 * Options: --loads N (default 5), --only <regex> (page names), --idle S (default 30), --navigations N (default 100),
 * --profile (the extension's hottest functions per page; build with SHOPWATCH_MINIFY=0 for readable names).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
// @ts-expect-error plain ESM helper shared with the e2e fixture
import { findChromium } from '../../scripts/find-browser.mjs';
import { launch, watchReports } from './bench-browser/browser';
import { benchPages, type BenchPage } from './bench-browser/pages';
import { heapAfterNavigations, idleTime, popupFirstResult, tracedLoad, type LoadRun } from './bench-browser/scenarios';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = path.resolve(ROOT, process.env.SHOPWATCH_DIST ?? 'dist');

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

const LOADS = Number(option('loads', '5'));
const IDLE_SECONDS = Number(option('idle', '30'));
const NAVIGATIONS = Number(option('navigations', '100'));
const ONLY = process.argv.includes('--only') ? new RegExp(option('only', '.')) : null;
const PROFILE = process.argv.includes('--profile');

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)] ?? NaN;
const p95 = (values: number[]) => sorted(values)[Math.min(values.length - 1, Math.ceil(values.length * 0.95) - 1)] ?? NaN;
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');
const gzipKb = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(DIST, file)), { level: 9 }).length / 1024;

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function pageRow(page: BenchPage, withExtension: LoadRun[], without: LoadRun[]): string {
  const traces = withExtension.flatMap((r) => (r.trace ? [r.trace] : []));
  const load = median(traces.map((t) => t.loadMs));
  const analysis = traces.map((t) => t.analysisMs);
  const elapsed = withExtension.flatMap((r) => (r.elapsedMs === null ? [] : [r.elapsedMs]));
  const walker = median(without.flatMap((r) => (r.treeWalkerMs === null ? [] : [r.treeWalkerMs])));
  const pageMain = median(without.flatMap((r) => (r.trace ? [r.trace.mainThreadMs] : [])));
  const injected = [...new Set(traces.flatMap((t) => t.scripts.map((s) => path.basename(s, '.js'))))].join('+') || '–';
  const overhead = ((load + median(analysis)) / pageMain) * 100;
  return row([
    page.name,
    [...new Set(withExtension.map((r) => r.status))].join('/'),
    injected,
    ms(load),
    `${ms(median(analysis))} / ${ms(p95(analysis))}`,
    elapsed.length ? ms(median(elapsed)) : '–',
    ms(walker),
    elapsed.length ? `${(median(analysis) / walker).toFixed(1)}×` : '–',
    ms(pageMain),
    `${overhead.toFixed(1)} %`,
    ms(Math.max(0, ...traces.map((t) => t.longestExtensionTaskMs))),
  ]);
}

function printHotFunctions(runs: LoadRun[]): void {
  const total = new Map<string, number>();
  for (const run of runs) for (const [fn, time] of run.trace?.hotFunctions ?? []) total.set(fn, (total.get(fn) ?? 0) + time / runs.length);
  for (const [fn, time] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`    ${time.toFixed(1).padStart(7)} ms  ${fn}`);
  for (const run of runs) if (run.trace) console.log(`    longest task ${run.trace.longestExtensionTaskMs.toFixed(1)} ms: ${run.trace.longestTaskWork}`);
}

async function main(): Promise<void> {
  const chromium = findChromium() as string | null;
  if (!chromium) throw new Error('No Chromium found (CHROMIUM_PATH or /usr/bin/chromium)');
  if (!fs.existsSync(path.join(DIST, 'content/sentinel.js'))) throw new Error(`No built extension in ${DIST}: run npm run build`);
  const { pages, notes } = benchPages(ROOT, ONLY);
  notes.forEach((note) => console.log(note));
  const version = execFileSync(chromium, ['--version'], { encoding: 'utf8' }).trim();
  console.log(`Shopwatch in ${version} — ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length}× ${os.cpus()[0]?.model.trim()}, load average ${os.loadavg()[0]?.toFixed(1)}`);
  console.log(`${pages.length} pages × ${LOADS} fresh loads, with and without the extension (main-thread ms; median, p95 over loads)\n`);
  console.log(row(['page', 'result', 'injected', 'script load', 'analysis med / p95', 'elapsedMs', 'TreeWalker pass', 'analysis ÷ pass', 'page alone', 'overhead', 'longest ext. task']));
  console.log(row(Array(11).fill('---')));

  const withExtension = await launch(chromium, DIST);
  const without = await launch(chromium, null);
  try {
    for (const page of pages) {
      const runs: LoadRun[] = [];
      const baseline: LoadRun[] = [];
      for (let i = 0; i < LOADS; i++) {
        await watchReports(withExtension.context);
        runs.push(await tracedLoad(withExtension, page));
        baseline.push(await tracedLoad(without, page));
      }
      console.log(pageRow(page, runs, baseline));
      if (PROFILE) printHotFunctions(runs);
    }

    const shop = pages.find((p) => p.shop && !p.name.startsWith('own:')) ?? pages.find((p) => p.shop);
    const notShop = pages.find((p) => !p.shop);
    console.log(`\nIdle ${IDLE_SECONDS} s after the analysis (extension main-thread ms: script load + analysis):`);
    for (const page of [shop, notShop]) {
      if (!page) continue;
      const idle = await idleTime(withExtension, page, IDLE_SECONDS);
      console.log(`  ${page.name}: ${idle ? ms(idle.loadMs + idle.analysisMs) : 'no trace'} ms`);
    }
    if (shop) {
      const popup = await popupFirstResult(withExtension, shop, LOADS);
      console.log(`\nPopup, open → first result in the DOM (${shop.name}, ${LOADS} opens): median ${ms(median(popup))} ms, max ${ms(Math.max(...popup))} ms`);
      const heap = await heapAfterNavigations(withExtension, shop, [10, NAVIGATIONS]);
      const [first, last] = heap;
      if (first && last) console.log(`JS heap after ${first.navigations} / ${last.navigations} same-document navigations (${shop.name}, after GC): ${(first.bytes / 1e6).toFixed(1)} / ${(last.bytes / 1e6).toFixed(1)} MB (${(((last.bytes - first.bytes) / first.bytes) * 100).toFixed(1)} %)`);
    }
  } finally {
    await withExtension.close();
    await without.close();
  }
  const sentinel = gzipKb('content/sentinel.js');
  const extractor = gzipKb('content/extractor.js');
  console.log(`\nInjected, gzipped: non-shop page ${sentinel.toFixed(1)} KB (sentinel); shop page ${(sentinel + extractor).toFixed(1)} KB (sentinel + extractor ${extractor.toFixed(1)} KB)`);
}

await main();
