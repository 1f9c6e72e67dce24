import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatMessage, localiseSub, type MessageTable } from '../shared/i18n-format';

let cache: MessageTable | null = null;

/** The English UI text for a message key, as the popup would show it (the CLI has no i18n API). */
export function messageText(key: string, subs: string[] = []): string {
  if (!cache) {
    const here = path.dirname(fileURLToPath(import.meta.url));
    cache = JSON.parse(fs.readFileSync(path.join(here, '../../public/_locales/en/messages.json'), 'utf8')) as MessageTable;
  }
  const table = cache;
  const shown = subs.map((sub) => localiseSub(sub, 'en', (k) => (table[k] ? formatMessage(table[k], []) : null)));
  const entry = table[key];
  return entry ? formatMessage(entry, shown) : key;
}
