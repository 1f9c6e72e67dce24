import { t } from '../shared/i18n';

/** Sites the shopper marked as trusted or suspicious, each removable. */
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
              <span class="site-name">{site}</span> — {t(mark === 'trusted' ? 'optionsTrusted' : 'optionsSuspicious')}{' '}
              <button type="button" onClick={() => onRemove(site)} aria-label={t('optionsRemoveMark', [site])}>
                {t('optionsRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
