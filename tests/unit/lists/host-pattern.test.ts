import { describe, expect, it } from 'vitest';
import { patternCovers } from '../../../src/shared/host-pattern';

describe('host permission patterns', () => {
  const url = (s: string) => new URL(s);
  it.each([
    ['https://*/*', 'https://shop.example/x', true],
    ['https://*/*', 'http://shop.example/x', false],
    ['*://*/*', 'http://127.0.0.1:8080/', true],
    ['https://www.watchlist-internet.at/*', 'https://www.watchlist-internet.at/liste/', true],
    ['https://www.watchlist-internet.at/*', 'https://evil-watchlist-internet.at/', false],
    ['https://*.example.org/*', 'https://lists.example.org/a', true],
    ['https://*.example.org/*', 'https://example.org/a', true],
    ['https://*.example.org/*', 'https://badexample.org/a', false],
    ['<all_urls>', 'https://a.example/', true],
    ['file:///*', 'https://a.example/', false],
  ])('%s covers %s: %s', (pattern, href, covered) => expect(patternCovers(pattern, url(href))).toBe(covered));
});
