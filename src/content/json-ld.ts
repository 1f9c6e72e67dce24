import { queryAll } from './dom';

const MAX_SCRIPTS = 30;
const MAX_CHARS = 300_000;

/** Every object in the page's JSON-LD (including @graph and nested offers), bounded in depth and count. */
export function jsonLdObjects(root: ParentNode): Array<Record<string, unknown>> {
  const objects: Array<Record<string, unknown>> = [];
  const visit = (node: unknown, depth: number): void => {
    if (depth > 6 || node === null || typeof node !== 'object' || objects.length > 500) return;
    if (Array.isArray(node)) {
      for (const item of node.slice(0, 50)) visit(item, depth + 1);
      return;
    }
    const record = node as Record<string, unknown>;
    objects.push(record);
    for (const key of ['@graph', 'offers', 'itemListElement', 'mainEntity', 'item', 'hasVariant']) visit(record[key], depth + 1);
  };
  for (const script of queryAll(root, 'script[type="application/ld+json"]', MAX_SCRIPTS)) {
    const source = script.textContent ?? '';
    if (source.length > MAX_CHARS) continue;
    try {
      visit(JSON.parse(source), 0);
    } catch {
      // Broken JSON-LD is common on real shops; it is simply no evidence.
    }
  }
  return objects;
}

export function typesOf(record: Record<string, unknown>): string[] {
  const type = record['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}
