import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/content/extract';
import { score } from '../../src/engine';
import { parseMessage } from '../../src/shared/messages';
import { factsForHtml } from '../helpers';

describe('bad input gets a bounded outcome', () => {
  it('a gigantic page is cut at the text budget and still scored', async () => {
    const rows = Array.from({ length: 80_000 }, (_, i) => `<p>Artikel ${i} nur 9,99 €</p>`).join('');
    const facts = await factsForHtml(`<html><body><button>In den Warenkorb</button>${rows}<p>Zahlung per Vorkasse</p></body></html>`);
    expect(facts.extraction.truncated).toBe(true);
    expect(facts.pageType.pageType).not.toBe('not-shop');
    expect(() => score(facts)).not.toThrow();
  });

  it('malformed HTML and broken JSON-LD do not throw', async () => {
    const facts = await factsForHtml('<html><body><script type="application/ld+json">{"@type": "Product", </script><div><p>Add to cart<table><a href="javascript:alert(1)">Impressum');
    expect(facts.extraction.failed).toEqual([]);
    // A javascript: link is no legal notice: it leads nowhere a shopper can read.
    expect(facts.legalLinks?.impressum?.href ?? null).toBeNull();
  });

  it('a malformed mailto escape keeps the contact signal (the raw address is used)', async () => {
    const facts = await factsForHtml('<html><body><p>In den Warenkorb 19,99 €</p><a href="mailto:shop%E0%A4%A@example.de">Mail</a></body></html>');
    expect(facts.extraction.failed).toEqual([]);
    expect(facts.contact?.emails).toEqual(['shop%e0%a4%a@example.de']);
  });

  it('hostile text stays inert data, bounded in length', async () => {
    const payload = '<img src=x onerror=alert(1)>'.repeat(50);
    const html = `<body><button>Add to cart</button><p>Pay by bank transfer only ${payload.replace(/</g, '&lt;')}</p></body>`;
    const facts = await factsForHtml(html);
    const reason = score(facts).reasons.find((r) => r.id === 'prepayment-only');
    expect(reason).toBeDefined();
    for (const e of reason?.evidence ?? []) for (const sub of e.subs) expect(sub.length).toBeLessThanOrEqual(300);
  });

  it('an empty document or a document without body is "not-shop"', async () => {
    expect((await factsForHtml('')).pageType.pageType).toBe('not-shop');
    expect((await factsForHtml('<html></html>')).pageType.pageType).toBe('not-shop');
  });

  it('a DOM that throws inside one signal only loses that signal', async () => {
    const facts = await factsForHtml('<body><button>Add to cart</button><img alt="PayPal"></body>');
    expect(facts.payment?.methods).toContain('paypal');
    const doc = { documentElement: null, querySelectorAll: () => { throw new Error('hostile'); }, querySelector: () => null, body: null, createTreeWalker: () => ({ nextNode: () => null }) };
    // A DOM that cannot even be read is "could not check fully" (grey), never a result without warnings.
    const unreadable = extractFacts(doc as unknown as Document, 'https://x.example/');
    expect(unreadable.pageType.pageType).toBe('unknown');
    expect(unreadable.extraction.failed).toEqual(['page-read']);
    expect(score(unreadable).level).toBe('incomplete');
  });
});

describe('messages from outside are rejected', () => {
  it('unknown types, missing fields and oversized strings fail validation', () => {
    expect(parseMessage({ type: 'tab/getState', tabId: 3 })).toEqual({ type: 'tab/getState', tabId: 3 });
    expect(parseMessage({ type: 'evil/run', code: 'x' })).toBeNull();
    expect(parseMessage({ type: 'tab/getState', tabId: '3' })).toBeNull();
    expect(parseMessage(null)).toBeNull();
    expect(parseMessage('facts/report')).toBeNull();
    expect(parseMessage({ type: 'analysis/failed', url: 'x'.repeat(5000), error: 'e' })).toBeNull();
  });
});

describe('the Node DOM sees what a browser sees', () => {
  it('links after an <svg><style> block survive parsing (happy-dom quirk, Zalando footer)', async () => {
    const facts = await factsForHtml('<body><button>In den Warenkorb</button><svg><style>.a{}</style><g></g></svg><footer><a href="/zalando-impressum/"><span>Impressum</span></a></footer></body>');
    expect(facts.legalLinks?.impressum?.text).toBe('Impressum');
  });
});

describe('time budget', () => {
  it('skips the remaining signals once the budget is spent, and says which', async () => {
    const { parseHtml } = await import('../../src/cli/load-page');
    const page = parseHtml('<body><button>In den Warenkorb</button><p>Vorkasse</p></body>', 'https://shop.example.de/p');
    let clock = 0;
    // Every clock read advances 100 ms: checks before and after classifying the page, then one per
    // signal, so a budget of 450 ms runs out after the first two signals.
    const facts = extractFacts(page.document, 'https://shop.example.de/p', { now: () => (clock += 100), budgetMs: 450 });
    await page.close();
    expect(facts.legalLinks).toBeDefined();
    expect(facts.extraction.failed.filter((f) => f.startsWith('budget:')).length).toBeGreaterThan(5);
    expect(facts.medical).toBeUndefined();
    // Prices were skipped: the page is "could not check fully", never "no warning signs".
    expect(facts.extraction.failed).toContain('budget:prices');
    expect(score(facts).level).not.toBe('low');
  });
});
