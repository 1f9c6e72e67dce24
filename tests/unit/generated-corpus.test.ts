import { createHash } from 'node:crypto';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { buildCorpus, DEFAULT_SEED, type CorpusEntry } from '../../scripts/generate-corpus.mjs';

const NO_REAL_PAGES = '/nonexistent/shopwatch-corpus';
const digest = (c: ReturnType<typeof buildCorpus>) => createHash('sha256').update(c.pages.map((p) => `${JSON.stringify(p.entry)}\n${p.html}`).join('\u0000')).digest('hex');
const escapeHtml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

describe('generated evaluation corpus (scripts/generate-corpus.mjs)', () => {
  const corpus = buildCorpus({ seed: DEFAULT_SEED });
  const entries: CorpusEntry[] = corpus.pages.map((p) => p.entry);

  it('is deterministic: the same seed gives the same files, another seed other ones', () => {
    expect(digest(buildCorpus({ seed: DEFAULT_SEED }))).toBe(digest(corpus));
    expect(digest(buildCorpus({ seed: 7, realCorpus: NO_REAL_PAGES }))).not.toBe(digest(buildCorpus({ seed: 8, realCorpus: NO_REAL_PAGES })));
  });

  it('has at least 300 pages, about half fake, and both splits hold fake and legit pages', () => {
    expect(entries.length).toBeGreaterThanOrEqual(300);
    const fake = entries.filter((e) => e.label === 'fake').length;
    expect(fake / entries.length).toBeGreaterThan(0.4);
    expect(fake / entries.length).toBeLessThan(0.6);
    for (const split of ['dev', 'test'] as const) {
      const half = entries.filter((e) => e.split === split);
      expect(half.length / entries.length).toBeGreaterThan(0.4);
      for (const label of ['fake', 'legit'] as const) expect(half.filter((e) => e.label === label).length).toBeGreaterThan(50);
    }
  });

  it('covers the shop systems (WooCommerce the largest), five languages and every page type', () => {
    const by = (k: keyof CorpusEntry) => entries.reduce<Record<string, number>>((m, e) => ({ ...m, [String(e[k])]: (m[String(e[k])] ?? 0) + 1 }), {});
    const systems = by('system');
    for (const s of ['woocommerce', 'shopify', 'shopware', 'magento', 'prestashop', 'jtl', 'gambio', 'wix']) expect(systems[s], s).toBeGreaterThan(5);
    expect(Math.max(...Object.values(systems))).toBe(systems.woocommerce);
    expect(Object.keys(by('lang')).filter((l) => ['de', 'en', 'fr', 'nl', 'it'].includes(l))).toHaveLength(5);
    for (const t of ['home', 'category', 'product', 'cart', 'checkout', 'impressum', 'agb', 'widerruf', 'contact', 'about', 'faq']) expect(by('page_type')[t], t).toBeGreaterThan(0);
    expect(new Set(entries.filter((e) => e.site).map((e) => e.site)).size).toBeGreaterThanOrEqual(10);
  });

  it('writes index entries eval can read, and every single fake page shows at least one pattern', () => {
    for (const e of entries) {
      expect(['fake', 'legit']).toContain(e.label);
      expect(['dev', 'test']).toContain(e.split);
      expect(() => new URL(e.url)).not.toThrow();
      expect(e.file).toMatch(/^pages\/[\w-]+\.html$/);
      expect(e.why_label.length).toBeGreaterThan(10);
    }
    expect(new Set(entries.map((e) => e.file)).size).toBe(entries.length);
    expect(entries.filter((e) => e.label === 'fake' && !e.site && e.patterns.length === 0)).toEqual([]);
  });

  it('every page parses: a title, a body with text, and JSON-LD that is valid JSON', async () => {
    const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
    const parser = new window.DOMParser();
    try {
      for (const p of corpus.pages.filter((x) => !x.entry.derived_from)) {
        const doc = parser.parseFromString(p.html, 'text/html');
        expect(doc.title, p.entry.file).not.toBe('');
        expect((doc.body.textContent ?? '').length, p.entry.file).toBeGreaterThan(100);
        for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) expect(() => JSON.parse(s.textContent ?? ''), p.entry.file).not.toThrow();
      }
    } finally {
      await window.happyDOM.close();
    }
  }, 180_000);

  it('test pages use phrasings no dev page contains (every phrasing list, both halves non-empty)', () => {
    // Pages derived from real ones carry the real page's own text, which is not ours to partition.
    const devHtml = corpus.pages.filter((p) => p.entry.split === 'dev' && !p.entry.derived_from).map((p) => p.html).join('\n');
    const testHtml = corpus.pages.filter((p) => p.entry.split === 'test').map((p) => p.html).join('\n');
    const phraseLists = [...corpus.variants.pools].filter(([, pool]) => pool.kind === 'phrase');
    expect(phraseLists.length).toBeGreaterThan(40);
    let testPhrasingsSeen = 0;
    for (const [id, pool] of phraseLists) {
      expect(pool.dev.length, id).toBeGreaterThan(0);
      expect(pool.test.length, id).toBeGreaterThan(0);
      for (const phrasing of pool.test as string[]) {
        // The longest literal part of the phrasing (placeholders such as {method} are filled per page).
        const fragments = [phrasing.split(/\{\w+\}/).map((f) => escapeHtml(f.trim())).sort((a, b) => b.length - a.length)[0] ?? ''].filter((f) => f.length >= 12);
        for (const f of fragments) expect(devHtml.includes(f), `${id}: test-only "${f}" found in a dev page`).toBe(false);
        if (fragments.some((f) => testHtml.includes(f))) testPhrasingsSeen += 1;
      }
    }
    expect(testPhrasingsSeen).toBeGreaterThan(40);
  });
});
