import { useState } from 'preact/hooks';
import type { HandOffTarget, Report } from '../shared/db/schema';
import { formatDateTime, t, uiLanguage } from '../shared/i18n';
import { sendToBackground } from '../shared/platform';
import type { TabState } from '../shared/result';
import { resolveCountry, type Settings } from '../shared/settings';
import { handOffTargets, mailtoHref, reportText } from './handoff';

const WHAT: Array<[Report['what'], string]> = [
  ['suspicious', 'reportWhatSuspicious'],
  ['paid-nothing-arrived', 'reportWhatPaid'],
  ['off-platform-payment', 'reportWhatOffPlatform'],
  ['counterfeit', 'reportWhatCounterfeit'],
  ['other', 'reportWhatOther'],
];

function draftFrom(state: TabState | null): Report {
  const now = Date.now();
  const done = state?.status === 'done' ? state : null;
  return {
    id: `r-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    createdAt: now,
    updatedAt: now,
    url: state?.url ?? '',
    site: done?.site ?? '',
    marketplace: done?.marketplace?.marketplace ?? null,
    seller: done?.marketplace && !done.marketplace.seller.isMarketplace ? done.marketplace.seller.name : null,
    level: done?.result.level ?? null,
    score: done?.result.score ?? null,
    reasons: (done?.result.reasons ?? []).filter((r) => r.points > 0).map((r) => ({ id: r.id, text: t(r.messageKey, r.subs), evidence: r.evidence.map((e) => t(e.key, e.subs)) })),
    what: 'suspicious',
    note: '',
    screenshot: null,
    status: 'draft',
    handOffs: [],
  };
}

/** The report form, prefilled with the evidence package; nothing leaves the browser unless the shopper sends it. */
export function ReportApp({ state, settings, capture }: { state: TabState | null; settings: Settings; capture: string | null }) {
  const [report, setReport] = useState<Report>(() => draftFrom(state));
  const [attach, setAttach] = useState(false);
  const [saved, setSaved] = useState(false);
  const [status, setStatus] = useState('');
  const country = resolveCountry(settings.country, uiLanguage());
  const whatText = t(WHAT.find(([w]) => w === report.what)?.[1] ?? 'reportWhatOther');
  const text = reportText(report, { title: t('reportTitle'), page: t('reportPage'), reasons: t('popupReasonsTitle'), what: t('reportWhat'), note: t('reportNote'), date: t('reportDate') }, whatText, formatDateTime(report.createdAt));

  const save = async () => {
    const answer = await sendToBackground({ type: 'report/save', report: { ...report, screenshot: attach ? capture : null, updatedAt: Date.now() } }).catch(() => null);
    if (answer?.ok && answer.report) {
      setReport(answer.report);
      setSaved(true);
      setStatus(t('reportSaved'));
    } else setStatus(t(answer?.error === 'storage-full' ? 'reportStorageFull' : 'reportSaveFailed'));
  };

  const handOff = async (target: HandOffTarget) => {
    const answer = await sendToBackground({ type: 'report/handoff', id: report.id, target }).catch(() => null);
    if (answer?.report) setReport(answer.report);
  };

  const copy = async () => {
    await navigator.clipboard.writeText(text).then(() => setStatus(t('reportCopied')), () => setStatus(t('reportCopyFailed')));
    await handOff('copied');
  };

  const mailto = mailtoHref(t('reportTitle'), text);
  return (
    <main>
      <h1>{t('reportTitle')}</h1>
      <p class="hint">{t('reportPrivacy')}</p>
      <section aria-labelledby="evidence-title">
        <h2 id="evidence-title">{t('reportEvidence')}</h2>
        <p data-testid="report-url">{report.url || t('reportNoPage')}</p>
        {report.seller && <p>{`${report.marketplace ?? ''}: ${report.seller}`}</p>}
        <ul>{report.reasons.map((r) => <li key={r.id}>{r.text}</li>)}</ul>
      </section>
      <label class="field">
        {t('reportWhat')}
        <select value={report.what} disabled={saved} onChange={(e) => setReport({ ...report, what: e.currentTarget.value as Report['what'] })} data-testid="report-what">
          {WHAT.map(([value, key]) => <option key={value} value={value}>{t(key)}</option>)}
        </select>
      </label>
      <label class="field">
        {t('reportNote')}
        <textarea rows={4} maxLength={5000} value={report.note} disabled={saved} onInput={(e) => setReport({ ...report, note: e.currentTarget.value })} data-testid="report-note" />
      </label>
      {capture && (
        <label class="switch">
          <input type="checkbox" checked={attach} disabled={saved} onChange={(e) => setAttach(e.currentTarget.checked)} /> {t('reportAttachScreenshot')}
        </label>
      )}
      {!saved && <button type="button" class="primary" onClick={() => void save()} data-testid="report-save">{t('reportSave')}</button>}
      <p role="status" class="status" data-testid="report-status">{status}</p>
      {saved && (
        <section aria-labelledby="handoff-title" data-testid="handoff">
          <h2 id="handoff-title">{t('reportHandOffTitle')}</h2>
          {report.what === 'paid-nothing-arrived' && <p class="hint">{t('tipAlreadyPaid')}</p>}
          <ul class="handoffs">
            {handOffTargets(report, country).map((link) => (
              <li key={link.target}>
                <a href={link.href} target="_blank" rel="noopener noreferrer" onClick={() => void handOff(link.target)}>{t(link.labelKey)}</a>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => void copy()} data-testid="report-copy">{t('reportCopy')}</button>{' '}
          {mailto && <a href={mailto} onClick={() => void handOff('email')}>{t('reportEmail')}</a>}
          <p data-testid="report-handoffs">{t('reportStatus', [t(`reportStatus_${report.status}`), String(report.handOffs.length)])}</p>
        </section>
      )}
    </main>
  );
}
