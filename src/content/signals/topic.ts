/**
 * What the page says it sells: title, JSON-LD category and breadcrumb names, first headings.
 * The engine compares these with the words of the domain (rule domain-unrelated, issue #12:
 * a florist's lapsed domain now selling phones). Reads a few capped elements, no page walk.
 */
import { clean, queryAll } from '../dom';
import { typesOf } from '../json-ld';
import type { ExtractContext } from '../context';
import { defineSignal } from './types';

const MAX_HEADINGS = 12;
const MAX_CATEGORIES = 8;

function categoriesOf(ctx: ExtractContext): string[] {
  const found: string[] = [];
  for (const record of ctx.jsonLd()) {
    const types = typesOf(record);
    if (types.includes('Product') && typeof record.category === 'string') found.push(record.category);
    if (types.includes('ListItem') && typeof record.name === 'string') found.push(record.name);
    const item = record.item as Record<string, unknown> | undefined;
    if (types.includes('ListItem') && item && typeof item.name === 'string') found.push(item.name);
    if (found.length >= MAX_CATEGORIES) break;
  }
  return [...new Set(found.map((c) => clean(c, 120)).filter(Boolean))].slice(0, MAX_CATEGORIES);
}

export function extractTopic(ctx: ExtractContext) {
  const title = (ctx.root as Document).title ?? ctx.root.querySelector('title')?.textContent ?? null;
  const headings = queryAll(ctx.root, 'h1, h2', MAX_HEADINGS).map((h) => clean(h.textContent, 120)).filter(Boolean);
  return { title: title ? clean(title, 200) || null : null, categories: categoriesOf(ctx), headings };
}

export const topic = defineSignal({ id: 'topic', key: 'topic', extract: extractTopic });
