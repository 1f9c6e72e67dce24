/**
 * The shop's template (issue 17, SIGNALS.md "template reuse"): the shop system, the theme, its own
 * asset paths and the product titles on the page, as a MinHash signature. Fake-shop networks move
 * the same template and catalogue from domain to domain; on its own this is no warning (thousands of
 * honest shops share a theme), it only adds to a connection through a strong identifier.
 * Tests: tests/unit/near-duplicate.test.ts (the same theme and catalogue on two domains, another shop).
 */
import { minHash } from '../../shared/minhash';
import { clean, queryAll } from '../dom';
import { typesOf } from '../json-ld';
import { isSameSite, type ExtractContext } from '../context';
import { shopPlatform } from '../page-kind';
import { defineSignal } from './types';

const THEME = /\/(?:wp-content\/themes|themes|templates|skin\/frontend)\/([\w-]{2,60})\//i;
const TITLES = '.woocommerce-loop-product__title, .product-title, .product-name, .product-item-name, .product__title, [itemprop="name"]';

/** "/wp-content/themes/flatsome/assets/css/flatsome.css?ver=3.18.4" → the path without versions and hashes. */
function assetPath(url: URL): string {
  return url.pathname.toLowerCase().replace(/[.-][0-9a-f]{8,}(?=\.)/g, '').replace(/\d+/g, '#').slice(0, 160);
}

function productTitles(ctx: ExtractContext): string[] {
  const fromLd = ctx.jsonLd().filter((o) => typesOf(o).includes('Product') && typeof o.name === 'string').map((o) => o.name as string);
  const fromTiles = queryAll(ctx.root, TITLES, 60).map((el) => el.textContent ?? '');
  return [...fromLd, ...fromTiles].map((t) => clean(t, 120).toLowerCase()).filter((t) => t.length >= 4).slice(0, 50);
}

export function extractTemplate(ctx: ExtractContext) {
  const assets = queryAll(ctx.root, 'link[rel~="stylesheet" i][href], script[src]', 80)
    .map((el) => {
      try {
        return new URL(el.getAttribute('href') ?? el.getAttribute('src') ?? '', ctx.url);
      } catch {
        return null;
      }
    })
    .filter((url): url is URL => url !== null && isSameSite(ctx, url));
  const theme = assets.map((url) => THEME.exec(url.pathname)?.[1]?.toLowerCase()).find(Boolean) ?? null;
  const platform = shopPlatform(ctx);
  const features = [
    ...(platform ? [`platform:${platform}`] : []),
    ...(theme ? [`theme:${theme}`] : []),
    ...assets.map((url) => `asset:${assetPath(url)}`),
    ...productTitles(ctx).map((title) => `title:${title}`),
  ];
  return { platform, theme, signature: minHash(features) };
}

export const template = defineSignal({ id: 'template', key: 'template', extract: extractTemplate });
