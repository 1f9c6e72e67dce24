import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { sendToBackground } from '../../shared/platform';

/** Entry point to the report page; the screenshot is taken only when the box is ticked. */
export function ReportEntry({ tabId, kind }: { tabId: number; kind: 'shop' | 'seller' }) {
  const [screenshot, setScreenshot] = useState(false);
  return (
    <section class="report-entry">
      <button type="button" onClick={() => void sendToBackground({ type: 'report/start', tabId, screenshot }).then(() => window.close())} data-testid="report-start">
        {t(kind === 'seller' ? 'popupReportSeller' : 'popupReport')}
      </button>
      <label>
        <input type="checkbox" checked={screenshot} onChange={(e) => setScreenshot(e.currentTarget.checked)} /> {t('popupReportScreenshot')}
      </label>
    </section>
  );
}
