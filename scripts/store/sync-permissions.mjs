#!/usr/bin/env node
// Writes the permission lists of store/listing.{de,en}.md from store/permissions.json, so the
// listing and the JSON say the same (tests/unit/store/store-listing.test.ts checks it).
// Usage: node scripts/store/sync-permissions.mjs   (after editing store/permissions.json)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const store = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../store');
const justified = JSON.parse(fs.readFileSync(path.join(store, 'permissions.json'), 'utf8'));

const HEADINGS = {
  en: { section: 'Permissions', permissions: 'Permissions', optional_permissions: 'Optional permissions (asked for when needed)', host_permissions: 'Host permissions', optional_host_permissions: 'Optional host permissions (asked for when needed)' },
  de: { section: 'Berechtigungen', permissions: 'Berechtigungen', optional_permissions: 'Optionale Berechtigungen (bei Bedarf angefragt)', host_permissions: 'Host-Berechtigungen', optional_host_permissions: 'Optionale Host-Berechtigungen (bei Bedarf angefragt)' },
};
const INTRO = {
  en: 'What each permission is for (the same text as `permissions.json`):',
  de: 'Wofür jede Berechtigung da ist (derselbe Text wie in `permissions.json`):',
};

for (const [lang, headings] of Object.entries(HEADINGS)) {
  const file = path.join(store, `listing.${lang}.md`);
  const text = fs.readFileSync(file, 'utf8');
  const marker = `\n## ${headings.section}\n`;
  const start = text.indexOf(marker);
  if (start < 0) throw new Error(`${file}: no "## ${headings.section}" section`);
  const rest = text.slice(start + marker.length);
  const next = rest.search(/\n## /);
  const lists = ['permissions', 'optional_permissions', 'host_permissions', 'optional_host_permissions']
    .filter((key) => Object.keys(justified[key] ?? {}).length > 0)
    .map((key) => `### ${headings[key]}\n\n${Object.entries(justified[key]).map(([name, t]) => `- \`${name}\`: ${t[lang]}`).join('\n')}\n`);
  const body = `\n${INTRO[lang]}\n\n${lists.join('\n')}`;
  fs.writeFileSync(file, `${text.slice(0, start + marker.length)}${body}${next < 0 ? '' : rest.slice(next)}`);
  console.log(`${path.relative(process.cwd(), file)}: permission lists written`);
}
