import { isoDateOf, linesOf, splitCsvLine } from './csv-fields';
import { cleanCell, normaliseHost, type RejectReason } from './normalise-host';

/**
 * Parsers for the lists Shopwatch reads: Watchlist Internet's CSV of fraudulent shops and plain
 * lists (one domain a line, as users import them). Pure and defensive: every line that is not a
 * usable address is reported with its line number and why, never silently guessed.
 *
 * Watchlist Internet CSV as published at https://www.watchlist-internet.at/liste-betruegerischer-shops/csv/
 * (seen in public copies, 2025/2026): `"domain";DD.MM.YYYY;"category"` per line, semicolon-separated,
 * the domain quoted; some copies start with a header line. Categories seen: "Betrügerische Shops",
 * "Problematische Shops", "Finanzbetrug", "Abo-Fallen", "Automatisierte Warnungen" and others.
 */

export interface ListEntry {
  /** Normalised host: lower case, punycode, no www., no port or path. */
  host: string;
  /** When the source listed it (ISO date), if the source says. */
  listedOn?: string;
  /** The source's own category text, if any (e.g. "Betrügerische Shops"). */
  category?: string;
}

export interface RejectedLine {
  line: number;
  /** The line as found, shortened. */
  text: string;
  why: RejectReason | 'duplicate' | 'too-many-lines';
}

export interface ParsedList {
  entries: ListEntry[];
  /** The same hosts, for callers that need nothing else (the CLI). */
  domains: string[];
  /** At most MAX_REJECTED are kept; rejectedCount has them all. */
  rejected: RejectedLine[];
  rejectedCount: number;
}

export const MAX_LIST_LINES = 300_000;
const MAX_LINE = 2000;
const MAX_REJECTED = 200;
const HEADER_WORDS = /^(?:domain|domains|url|urls|shop|shops|shopname|website|webseite|adresse|address|host|name)$/i;

class ListBuilder {
  private readonly seen = new Set<string>();
  readonly result: ParsedList = { entries: [], domains: [], rejected: [], rejectedCount: 0 };

  reject(line: number, text: string, why: RejectedLine['why']): void {
    this.result.rejectedCount++;
    if (this.result.rejected.length < MAX_REJECTED) this.result.rejected.push({ line, text: text.slice(0, 200), why });
  }

  add(line: number, text: string, cell: string, extra: Omit<ListEntry, 'host'> = {}): void {
    const found = normaliseHost(cell);
    if ('why' in found) return this.reject(line, text, found.why);
    // Duplicates are normal (www. and bare, unicode and punycode spellings); keep the first.
    if (this.seen.has(found.host)) return this.reject(line, text, 'duplicate');
    this.seen.add(found.host);
    this.result.entries.push({ host: found.host, ...extra });
    this.result.domains.push(found.host);
  }

  /** Lines past the cap are reported once, as one rejected line. */
  capped(text: string, lineCount: number): ParsedList {
    if (lineCount > MAX_LIST_LINES) this.reject(MAX_LIST_LINES + 1, `${lineCount - MAX_LIST_LINES} more lines`, 'too-many-lines');
    return this.result;
  }
}

function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1 && n <= MAX_LIST_LINES + 1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Watchlist Internet's CSV (or any `;`-separated list whose first column is the address). */
export function parseWatchlistCsv(text: string): ParsedList {
  const list = new ListBuilder();
  let firstLine = true;
  for (const { line, text: raw } of linesOf(text, MAX_LIST_LINES)) {
    if (raw.trim() === '') continue;
    const mayBeHeader = firstLine;
    firstLine = false;
    if (raw.length > MAX_LINE) {
      list.reject(line, raw, 'too-long');
      continue;
    }
    const fields = splitCsvLine(raw, ';');
    const first = cleanCell(fields[0] ?? '');
    if (mayBeHeader && HEADER_WORDS.test(first)) continue; // the header line
    const listedOn = isoDateOf(fields[1] ?? '') ?? undefined;
    const category = cleanCell(fields[2] ?? '').slice(0, 60) || undefined;
    list.add(line, raw, first, { ...(listedOn && { listedOn }), ...(category && { category }) });
  }
  return list.capped(text, countLines(text));
}

/**
 * A plain list: one domain (or address) a line. `#` and `!` start comments; hosts-file lines
 * ("0.0.0.0 shop.example") and adblock lines ("||shop.example^") are read too, and of a CSV line
 * the first field counts.
 */
export function parsePlainList(text: string): ParsedList {
  const list = new ListBuilder();
  for (const { line, text: raw } of linesOf(text, MAX_LIST_LINES)) {
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('!') || trimmed.startsWith('[')) continue;
    if (trimmed.length > MAX_LINE) {
      list.reject(line, raw, 'too-long');
      continue;
    }
    let cell = trimmed.split(/[;,\t]/, 1)[0] ?? '';
    const hosts = /^(?:0\.0\.0\.0|127\.0\.0\.1)\s+(\S+)/.exec(cell);
    if (hosts) cell = hosts[1] ?? '';
    if (cell.startsWith('||')) cell = cell.slice(2).replace(/\^.*$/, '');
    if (HEADER_WORDS.test(cleanCell(cell)) && list.result.entries.length === 0 && list.result.rejectedCount === 0) continue;
    list.add(line, raw, cell);
  }
  return list.capped(text, countLines(text));
}

export type ListFormat = 'watchlist-csv' | 'plain';

/** A file whose first data lines look like `"x";date` is Watchlist CSV; everything else is plain. */
export function detectListFormat(text: string): ListFormat {
  const sample = linesOf(text.slice(0, 4000), 20).map((l) => l.text).filter((t) => t.trim() !== '' && !t.startsWith('#'));
  const csvLike = sample.filter((t) => t.includes(';')).length;
  return csvLike > 0 && csvLike >= sample.length / 2 ? 'watchlist-csv' : 'plain';
}

export function parseList(text: string, format: ListFormat = detectListFormat(text)): ParsedList {
  return format === 'watchlist-csv' ? parseWatchlistCsv(text) : parsePlainList(text);
}
