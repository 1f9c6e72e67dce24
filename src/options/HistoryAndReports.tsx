import { useEffect, useState } from 'preact/hooks';
import { historyCsv, reportsCsv } from '../shared/db/csv';
import type { HistoryEntry, Report } from '../shared/db/schema';
import { formatDateTime, t } from '../shared/i18n';
import { sendToBackground } from '../shared/platform';

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
  const importJson = async (input: HTMLInputElement) => {
    const text = await input.files?.[0]?.text().catch(() => null);
    input.value = '';
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(text ?? '');
    } catch {
      return onStatus(t('optionsImportNotJson'));
    }
    const answer = await sendToBackground({ type: 'data/import', file: parsed }).catch(() => null);
    onStatus(answer?.ok ? t('optionsImported', answer.message.split('/')) : t('optionsImportRejected', [answer?.message ?? '']));
    if (answer?.ok) onImported();
    await reload();
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
        <button type="button" onClick={() => void remove('history/delete', null)}>{t('optionsDeleteHistory')}</button>
        <button type="button" onClick={() => void remove('report/delete', null)}>{t('optionsDeleteReports')}</button>
      </p>
    </section>
  );
}
