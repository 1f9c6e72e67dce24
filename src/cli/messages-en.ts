import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

let cache: Messages | null = null;

/** The English UI text for a message key, as the popup would show it (the CLI has no i18n API). */
export function messageText(key: string, subs: string[] = []): string {
  if (!cache) {
    const here = path.dirname(fileURLToPath(import.meta.url));
    cache = JSON.parse(fs.readFileSync(path.join(here, '../../public/_locales/en/messages.json'), 'utf8')) as Messages;
  }
  const entry = cache[key];
  if (!entry) return key;
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_m, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    const index = /^\$(\d)$/.exec(content)?.[1];
    return index ? (subs[Number(index) - 1] ?? '') : content;
  });
}
