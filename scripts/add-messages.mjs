#!/usr/bin/env node
// Adds or updates UI strings in both locales at once, so en and de never drift apart.
// Usage: node scripts/add-messages.mjs '{"reasonFoo": {"en": "… $1 …", "de": "… $1 …", "description": "…", "after": "reasonBar"}}'
// "after" puts a new key next to a related one (several people edit these files; the end is where they collide).
// `$1`…`$9` in a message become Chrome/Firefox placeholders. Read-modify-write happens in one go.
import fs from 'node:fs';

const input = JSON.parse(process.argv[2] ?? '{}');
for (const lang of ['en', 'de']) {
  const file = new URL(`../public/_locales/${lang}/messages.json`, import.meta.url);
  let messages = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const [key, entry] of Object.entries(input)) {
    const text = entry[lang];
    if (typeof text !== 'string') throw new Error(`${key}: missing "${lang}" text`);
    const count = Math.max(0, ...[...text.matchAll(/\$(\d)/g)].map((m) => Number(m[1])));
    const record = { message: text.replace(/\$(\d)/g, '$P$1$'), description: entry.description ?? '' };
    if (count > 0) record.placeholders = Object.fromEntries(Array.from({ length: count }, (_, i) => [`p${i + 1}`, { content: `$${i + 1}` }]));
    if (entry.after && !(key in messages) && entry.after in messages) {
      messages = Object.fromEntries(Object.entries(messages).flatMap(([k, v]) => (k === entry.after ? [[k, v], [key, record]] : [[k, v]])));
    } else messages[key] = record;
  }
  fs.writeFileSync(file, `${JSON.stringify(messages, null, 2)}\n`);
}
console.log(`updated ${Object.keys(input).length} key(s) in en and de`);
