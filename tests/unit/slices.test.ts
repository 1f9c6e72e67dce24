import { describe, expect, it } from 'vitest';
import { extractFactsInSlices, SLICE_MS } from '../../src/content/slices';
import { extractFacts } from '../../src/content/extract';
import { sanitiseFacts } from '../../src/shared/facts';
import { parseHtml } from '../../src/cli/load-page';
import { readFixture, siteOfUrl } from '../helpers';

const URL_OF_PAGE = 'https://www.masken-discount24.de/p/ffp2-50';

async function withPage<T>(run: (doc: Document) => Promise<T> | T): Promise<T> {
  const page = parseHtml(readFixture('pages/shops/fake-maskshop-de.html'), URL_OF_PAGE);
  try {
    return await run(page.document);
  } finally {
    await page.close();
  }
}

describe('extraction in slices', () => {
  it('gives the page its turn between steps, and counts only its own time against the budget', async () => {
    // Every clock read costs the extraction 3 ms; every pause is 1 s of the page's own work.
    let clock = 0;
    let pauses = 0;
    const { facts, stats } = await withPage((doc) =>
      extractFactsInSlices(doc, URL_OF_PAGE, { site: siteOfUrl(URL_OF_PAGE), now: () => (clock += 3), budgetMs: 400 }, async () => {
        pauses++;
        clock += 1000;
      }),
    );
    expect(pauses).toBeGreaterThan(3);
    expect(stats.slices).toBe(pauses + 1);
    // A slice ends at the first step boundary after SLICE_MS: here every step reads the clock a few times.
    expect(stats.longestSliceMs).toBeLessThan(SLICE_MS + 20);
    // The page's seconds are not the extraction's: nothing was skipped for the budget, and elapsedMs is small.
    expect(facts.extraction.failed.filter((f) => f.startsWith('budget:'))).toEqual([]);
    expect(facts.extraction.elapsedMs).toBeLessThan(400);
  });

  it('finds the same facts as the extraction in one go', async () => {
    const site = siteOfUrl(URL_OF_PAGE);
    const sliced = await withPage(async (doc) => (await extractFactsInSlices(doc, URL_OF_PAGE, { site, now: () => 0 }, async () => undefined)).facts);
    const whole = await withPage((doc) => extractFacts(doc, URL_OF_PAGE, { site, now: () => 0 }));
    // The content script sends its facts unvalidated; the background's sanitising makes them what the CLI sees.
    expect(sanitiseFacts(sliced)).toEqual(whole);
    expect(whole.pageType.pageType).not.toBe('not-shop');
  });
});
