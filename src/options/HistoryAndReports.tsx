import { useEffect, useState } from 'preact/hooks';
import { historyCsv, reportsCsv } from '../shared/db/csv';
import type { HistoryEntry, Report } from '../shared/db/schema';
import { formatDateTime, t } from '../shared/i18n';
import { sendToBackground } from '../shared/platform';
import { ImportReview } from './ImportReview';

/** Larger files are refused before they are read: an export of a long history is a few MB. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Searchable history of checked shops/sellers and saved reports, with export, import and delete. */
export function HistoryAndReports({ onStatus, onImported }: { onStatus: (text: string) => void; onImported: () => void }) {
  const [query, setQuery] = useState('');
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const [reports, setReports] = useState<Report[]>([]);
  const reload = async () => {
    setHistory((await sendToBackground({ type: 'history/list', query }).catch(() => null))?.entries ?? []);
    setReports((await sendToBackground({ type: 'report/list', query }).catch(() => null))?.reports ?? []);
  };
  useEffect(() => void reload(), [query]);

  const exportJson = async () => {
    const file = await sendToBackground({ type: 'data/export' });
    if (file) download('shopwatch-export.json', 'application/json', JSON.stringify(file, null, 2));
  };
  const [review, setReview] = useState<{ file: unknown; sites: string[] } | null>(null);
  const importChecked = async (file: unknown, acceptTrusted: boolean) => {
    const answer = await sendToBackground({ type: 'data/import', file, acceptTrusted }).catch(() => null);
    onStatus(answer?.ok ? t('optionsImported', answer.message.split('/')) : t('optionsImportRejected', [answer?.message ?? '']));
    if (answer?.ok) onImported();
    await reload();
  };
  const importJson = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    input.value = '';
    setReview(null);
    if (!chosen) return;
    if (chosen.size > MAX_IMPORT_BYTES) return onStatus(t('optionsImportTooLarge', [String(Math.round(MAX_IMPORT_BYTES / 1024 / 1024))]));
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(await chosen.text());
    } catch {
      return onStatus(t('optionsImportNotJson'));
    }
    const checked = await sendToBackground({ type: 'data/importCheck', file: parsed }).catch(() => null);
    if (!checked?.ok) return onStatus(t('optionsImportRejected', [checked?.message ?? '']));
    // New trusted marks are shown and asked about first; everything else imports at once.
    if (checked.newTrusted.length > 0) return setReview({ file: parsed, sites: checked.newTrusted });
    await importChecked(parsed, false);
  };
  const decide = async (choice: 'with-trusted' | 'without-trusted' | 'cancel') => {
    const pending = review;
    setReview(null);
    if (!pending || choice === 'cancel') return onStatus(t('optionsImportCancelled'));
    await importChecked(pending.file, choice === 'with-trusted');
  };
  const remove = async (type: 'history/delete' | 'report/delete', key: string | null) => {
    if (key === null && !confirm(t('optionsDeleteAllConfirm'))) return;
    if (type === 'history/delete') await sendToBackground({ type, key });
    else await sendToBackground({ type, id: key });
    await reload();
  };

  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t('optionsHistoryTitle')}</h2>
      <label class="field">{t('optionsSearch')}<input type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} data-testid="history-search" /></label>
      <h3>{t('optionsReports')} ({reports.length})</h3>
      <ul data-testid="report-list">
        {reports.map((r) => (
          <li key={r.id}>
            <b>{r.seller ?? r.site ?? r.url}</b> — {formatDateTime(r.createdAt)} — {t(`reportStatus_${r.status}`)}
            {r.note && <div class="hint">{r.note}</div>}
            <button type="button" onClick={() => void remove('report/delete', r.id)}>{t('optionsRemove')}</button>
          </li>
        ))}
      </ul>
      <h3>{t('optionsChecked')} ({history.length})</h3>
      <ul data-testid="history-list">
        {history.slice(0, 200).map((h) => (
          <li key={h.key}>
            <b>{h.label}</b> — {t(`level${h.lastLevel[0]?.toUpperCase()}${h.lastLevel.slice(1)}`)} — {formatDateTime(h.lastSeen)} ({h.count}×){' '}
            <button type="button" onClick={() => void remove('history/delete', h.key)} aria-label={t('optionsRemoveMark', [h.label])}>{t('optionsRemove')}</button>
          </li>
        ))}
      </ul>
      <p class="actions-row">
        <button type="button" onClick={() => void exportJson()} data-testid="export-json">{t('optionsExportJson')}</button>
        <button type="button" onClick={() => download('shopwatch-history.csv', 'text/csv', historyCsv(history))}>{t('optionsExportHistoryCsv')}</button>
        <button type="button" onClick={() => download('shopwatch-reports.csv', 'text/csv', reportsCsv(reports))}>{t('optionsExportReportsCsv')}</button>
        <label class="import">{t('optionsImport')} <input type="file" accept="application/json,.json" onChange={(e) => void importJson(e.currentTarget)} data-testid="import-json" /></label>
        <button type="button" onClick={() => void remove('history/delete', null)} data-testid="delete-history">{t('optionsDeleteHistory')}</button>
        <button type="button" onClick={() => void remove('report/delete', null)}>{t('optionsDeleteReports')}</button>
      </p>
      {review && <ImportReview sites={review.sites} onDecide={(choice) => void decide(choice)} />}
    </section>
  );
}
