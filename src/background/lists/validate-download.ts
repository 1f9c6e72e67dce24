import { parseList, type ListFormat, type ParsedList } from '../../shared/lists/parse-list';
import type { ListProblem } from '../../shared/lists/list-records';

/**
 * Decide whether a downloaded list may replace the one in use. Pure, so every case is a unit
 * test: a broken, empty, foreign or shrunken download never replaces a working list.
 */
export const MAX_LIST_BYTES = 5 * 1024 * 1024;

export interface Download {
  status: number;
  /** The body as text; null when it was not read (error status, or over MAX_LIST_BYTES). */
  text: string | null;
  tooBig: boolean;
}

export type Verdict = { outcome: 'replace'; parsed: ParsedList } | { outcome: 'not-modified' } | { outcome: 'rejected'; problem: ListProblem };

export function judgeDownload(download: Download, format: ListFormat, entriesInUse: number): Verdict {
  if (download.status === 304) return { outcome: 'not-modified' };
  if (download.tooBig) return { outcome: 'rejected', problem: 'too-big' };
  if (download.status !== 200 || download.text === null) return { outcome: 'rejected', problem: 'http' };
  const text = download.text;
  if (text.trim() === '') return { outcome: 'rejected', problem: 'empty' };
  // An error page or a login wall instead of the list.
  if (/^\s*<(?:!doctype|html|head|body|\?xml)/i.test(text.slice(0, 200))) return { outcome: 'rejected', problem: 'not-a-list' };
  const parsed = parseList(text, format);
  const usable = parsed.entries.length;
  if (usable === 0) return { outcome: 'rejected', problem: 'empty' };
  // More junk than addresses: the format changed or the file is something else.
  if (parsed.rejectedCount > usable) return { outcome: 'rejected', problem: 'mostly-invalid' };
  if (entriesInUse > 0 && usable < entriesInUse / 2) return { outcome: 'rejected', problem: 'shrunk' };
  return { outcome: 'replace', parsed };
}

/** "Wed, 21 Oct 2026 07:28:00 GMT" → "2026-10-21"; the fallback day when absent or unreadable. */
export function listDateOf(lastModified: string | null, fallbackMs: number): string {
  const parsed = lastModified ? Date.parse(lastModified) : Number.NaN;
  const ms = Number.isNaN(parsed) || parsed > fallbackMs + 86_400_000 ? fallbackMs : parsed;
  return new Date(ms).toISOString().slice(0, 10);
}
