/**
 * Split one CSV line into fields: `;` (or `,`) separated, fields may be quoted with "…" and carry
 * "" for a quote. One pass, no regex, so a hostile line costs linear time. A line whose quote
 * never closes keeps the rest as its last field.
 */
export function splitCsvLine(line: string, separator: ';' | ','): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (c === separator) {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

/** Lines without BOM, for \n, \r\n and lone \r endings, each with its 1-based line number. */
export function linesOf(text: string, maxLines: number): Array<{ line: number; text: string }> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  return lines.slice(0, maxLines).map((t, i) => ({ line: i + 1, text: t }));
}

/** "16.12.2025" or "2025-12-16" → "2025-12-16"; null for anything else. */
export function isoDateOf(cell: string): string | null {
  const s = cell.trim().replace(/^"|"$/g, '');
  const de = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const [y, m, d] = de ? [de[3], de[2], de[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!y || !m || !d) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCDate() !== Number(d) || date.getUTCMonth() !== Number(m) - 1) return null;
  return date.toISOString().slice(0, 10);
}
