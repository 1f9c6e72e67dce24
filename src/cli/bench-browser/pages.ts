/**
 * The pages the browser benchmark loads: the saved real pages of ../shared/corpus (each on the URL
 * it was saved from) and our own pages, including a news article and a blog post that are no shops.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readPageFile } from '../read-page';
import { CORPUS_ABSENT_REASON, CORPUS_DIR, CORPUS_PRESENT } from '../../../scripts/corpus-dir.mjs';

export interface BenchPage {
  name: string;
  url: string;
  html: Buffer;
  /** Our expectation, for the table: does it sell? */
  shop: boolean;
}

const OWN_PAGES: Array<{ file: string; url: string; shop: boolean }> = [
  { file: 'news/article-de.html', url: 'https://www.rheintal-kurier.de/wirtschaft/butterpreis-steigt-wieder-1234567.html', shop: false },
  { file: 'shops/blog-not-shop-en.html', url: 'https://walks.example.at/autumn-salzburg', shop: false },
  { file: 'shops/fake-maskshop-de.html', url: 'https://www.masken-discount24.de/p/ffp2-50', shop: true },
  { file: 'shops/proper-shop-de.html', url: 'https://www.bergsport-huber.de/trail-2', shop: true },
];

export function benchPages(root: string, only: RegExp | null): { pages: BenchPage[]; notes: string[] } {
  const notes: string[] = [];
  const pages: BenchPage[] = OWN_PAGES.map((p) => ({ name: `own: ${p.file}`, url: p.url, html: Buffer.from(readPageFile(path.join(root, 'tests/fixtures/pages', p.file))), shop: p.shop }));
  const index = path.join(CORPUS_DIR, 'index.jsonl');
  if (CORPUS_PRESENT) {
    for (const line of fs.readFileSync(index, 'utf8').split('\n').filter(Boolean)) {
      const entry = JSON.parse(line) as { file: string; url: string; page_type?: string };
      pages.push({ name: path.basename(entry.file), url: entry.url, html: Buffer.from(readPageFile(path.join(CORPUS_DIR, entry.file))), shop: entry.page_type !== 'impressum' });
    }
  } else {
    notes.push(`${CORPUS_ABSENT_REASON}; only our own pages are measured.`);
  }
  return { pages: only ? pages.filter((p) => only.test(p.name)) : pages, notes };
}
