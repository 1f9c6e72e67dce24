import type { HistoryEntry, Report } from './schema';

/**
 * CSV for spreadsheets. A cell that starts with tab or CR, or whose trimmed form starts with
 * = + - @ or their full-width (＝＋－＠) and small-form (﹦﹢﹣﹫) variants, is prefixed with ' so a
 * spreadsheet never runs it as a formula (CSV injection: page-derived text lands here, and
 * spreadsheets skip leading spaces and fold the variants to ASCII).
 */
const FORMULA_START = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]/;

export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[\t\r]/.test(text) || FORMULA_START.test(text.trimStart())) text = `'${text}`;
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const row = (cells: Array<string | number | null>) => cells.map(csvCell).join(',');
const iso = (ms: number) => new Date(ms).toISOString();

export function historyCsv(entries: HistoryEntry[]): string {
  return [row(['key', 'kind', 'label', 'last_level', 'last_score', 'first_seen', 'last_seen', 'count']), ...entries.map((e) => row([e.key, e.kind, e.label, e.lastLevel, e.lastScore, iso(e.firstSeen), iso(e.lastSeen), e.count]))].join('\r\n');
}

export function reportsCsv(reports: Report[]): string {
  return [
    row(['id', 'created', 'url', 'site', 'seller', 'level', 'what', 'status', 'reasons', 'note', 'hand_offs']),
    ...reports.map((r) => row([r.id, iso(r.createdAt), r.url, r.site, r.seller, r.level, r.what, r.status, r.reasons.map((x) => x.text).join(' | '), r.note, r.handOffs.map((h) => h.target).join(' | ')])),
  ].join('\r\n');
}
