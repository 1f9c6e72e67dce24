import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeVariants, VARIANTS } from '../../scripts/make-variants.mjs';
import { CORPUS_DIR, describeRealPages } from '../real-pages';

const temp: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shopwatch-variants-'));
  temp.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temp.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('make-variants without a corpus', () => {
  it('generates nothing and says why', () => {
    const lines: string[] = [];
    const out = path.join(tempDir(), 'out');
    expect(makeVariants({ corpusDir: tempDir(), outDir: out, log: (l) => lines.push(l) })).toEqual([]);
    expect(fs.existsSync(out)).toBe(false);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/nothing generated; real-page tests skipped: no corpus at .*SHOPWATCH_CORPUS/);
  });
});

describeRealPages('make-variants on the shared corpus', () => {
  it('applies every listed edit and marks each variant as one', () => {
    const out = tempDir();
    const files = makeVariants({ outDir: out, log: () => {} });
    expect(files.map((f) => path.basename(f))).toEqual(VARIANTS.map((v) => v.out));
    for (const v of VARIANTS) {
      const html = fs.readFileSync(path.join(out, v.out), 'utf8');
      expect(html).toContain(`Shopwatch test variant of ${v.from}`);
      for (const [, to] of v.pairs) expect(html, `${v.out}: ${to}`).toContain(to);
    }
  });

  it('fails, naming the variant and the edit, when an edit no longer matches its real page', () => {
    const corpus = tempDir();
    fs.mkdirSync(path.join(corpus, 'pages'));
    fs.writeFileSync(path.join(corpus, 'index.jsonl'), '');
    for (const v of VARIANTS) fs.copyFileSync(path.join(CORPUS_DIR, v.from), path.join(corpus, v.from));
    const printer = path.join(corpus, 'pages/amazon-de-printer.html');
    fs.writeFileSync(printer, fs.readFileSync(printer, 'utf8').replaceAll('599,00', '649,00'));
    expect(() => makeVariants({ corpusDir: corpus, outDir: tempDir(), log: () => {} })).toThrow('amazon-below-offers-de.html: "599,00" not found');
  });
});
