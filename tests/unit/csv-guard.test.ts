/** CSV injection: page-derived text must never reach a spreadsheet as a formula (issue #18). */
import { describe, expect, it } from 'vitest';
import { csvCell, historyCsv } from '../../src/shared/db/csv';

describe('CSV formula guard', () => {
  it.each([
    ' =HYPERLINK("http://evil")',
    '   +49 151',
    '\u00a0-1+2',
    '\u3000@SUM(A1)',
    '\n=1+1',
    '＝HYPERLINK("http://evil")',
    '＋cmd',
    '－2+3',
    '＠SUM(A1)',
    ' ＝1',
    '﹦1+1',
    '﹢1',
    '﹣1',
    '﹫A1',
  ])('neutralises %j', (cell) => {
    const out = csvCell(cell);
    // The cell starts with the apostrophe (inside quotes when the cell needed quoting).
    expect(out.startsWith("'") || out.startsWith(`"'`)).toBe(true);
  });

  it.each(['plain', 'shop.de', '49,90 €', 'Shop = good', 'a-b'])('leaves %j as it is apart from quoting', (cell) => {
    expect(csvCell(cell).replace(/^"|"$/g, '')).toBe(cell);
  });

  it('guards labels in the history export', () => {
    const csv = historyCsv([{ key: 'x.de', kind: 'shop', label: ' ＝IMPORTXML("http://evil")', lastLevel: 'high', lastScore: 80, firstSeen: 0, lastSeen: 0, count: 1 }]);
    expect(csv.split('\r\n')[1]).toContain(`"' ＝IMPORTXML(""http://evil"")"`);
  });
});
