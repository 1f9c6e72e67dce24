import { t } from '../shared/i18n';
import { parseSubjectKey } from '../shared/subject';

/** "shop.de", or "amazon seller A3XYZ…" for a marketplace seller's mark. */
function describe(key: string): string {
  const subject = parseSubjectKey(key);
  return subject.kind === 'seller' ? t('optionsMarkedSeller', [subject.marketplace, subject.seller]) : subject.site;
}

/** Shops and marketplace sellers the shopper marked as trusted or suspicious, each removable. */
export function MarkedSites({ marks, onRemove }: { marks: Record<string, 'trusted' | 'suspicious'>; onRemove: (site: string) => void }) {
  const entries = Object.entries(marks).sort(([a], [b]) => a.localeCompare(b));
  return (
    <section aria-labelledby="marks-title">
      <h2 id="marks-title">{t('optionsMarkedSites')}</h2>
      {entries.length === 0 ? (
        <p class="hint">{t('optionsNoMarkedSites')}</p>
      ) : (
        <ul class="marks" data-testid="marked-sites">
          {entries.map(([site, mark]) => (
            <li key={site}>
              <span class="site-name">{describe(site)}</span> — {t(mark === 'trusted' ? 'optionsTrusted' : 'optionsSuspicious')}{' '}
              <button type="button" onClick={() => onRemove(site)} aria-label={t('optionsRemoveMark', [describe(site)])}>
                {t('optionsRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
