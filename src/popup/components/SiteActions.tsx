import { t } from '../../shared/i18n';

type Mark = 'trusted' | 'suspicious' | null;

/** "I trust this shop" / "Mark as suspicious", remembered per site, with a way to undo. */
export function SiteActions({ site, mark, onMark }: { site: string; mark: Mark; onMark: (mark: Mark) => void }) {
  return (
    <section class="actions" aria-label={t('popupActionsLabel', [site])}>
      {mark ? (
        <p class="mark-note" role="status" data-testid="mark-note">
          {t(mark === 'trusted' ? 'popupMarkedTrusted' : 'popupMarkedSuspicious')}{' '}
          <button type="button" onClick={() => onMark(null)} data-testid="mark-undo">
            {t('popupUndoMark')}
          </button>
        </p>
      ) : (
        <>
          <button type="button" onClick={() => onMark('trusted')} data-testid="mark-trusted">
            {t('popupTrust')}
          </button>
          <button type="button" onClick={() => onMark('suspicious')} data-testid="mark-suspicious">
            {t('popupSuspicious')}
          </button>
        </>
      )}
    </section>
  );
}
