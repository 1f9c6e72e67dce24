import { parseHtml } from '../../../src/cli/load-page';
import { extractFacts } from '../../../src/content/extract';
import { score } from '../../../src/engine';
import type { PageFacts } from '../../../src/shared/facts';
import type { RiskResult } from '../../../src/shared/result';

/** Generous: these tests are about what is found, not about how busy the machine is (the budget has its own tests). */
const BUDGET_MS = 20_000;

/** Extract facts from a snippet as if served at `url`. */
export async function factsOf(html: string, url = 'https://shop.example.de/p/1'): Promise<PageFacts> {
  const page = parseHtml(html.includes('<html') ? html : `<html lang="de"><body>${html}</body></html>`, url);
  try {
    return extractFacts(page.document, url, { budgetMs: BUDGET_MS });
  } finally {
    await page.close();
  }
}

export async function resultOf(html: string, url?: string, now = Date.parse('2026-11-25T12:00:00Z')): Promise<{ facts: PageFacts; result: RiskResult; ids: string[] }> {
  const facts = await factsOf(html, url);
  const result = score(facts, { sensitivity: 'normal', siteMark: null, memory: null, now });
  return { facts, result, ids: result.reasons.map((r) => r.id) };
}

/** A product page shell: cart button and a price, so the page is judged as a shop page. */
export const productPage = (body: string, lang = 'de') =>
  `<html lang="${lang}"><body><h1>Artikel</h1><p class="price">49,99 €</p><button>In den Warenkorb</button>${body}</body></html>`;
