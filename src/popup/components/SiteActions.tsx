import { t } from '../../shared/i18n';
import type { Subject } from '../../shared/subject';

type Mark = 'trusted' | 'suspicious' | null;

/** "I trust this shop / seller" / "Mark as suspicious", remembered per shop or seller, with a way to undo. */
export function SiteActions({ subject, mark, onMark }: { subject: Subject; mark: Mark; onMark: (mark: Mark) => void }) {
  const seller = subject.kind === 'seller';
  return (
    <section class="actions" aria-label={t('popupActionsLabel', [subject.label])}>
      {mark ? (
        <p class="mark-note" role="status" data-testid="mark-note">
          {t(mark === 'trusted' ? (seller ? 'popupMarkedTrustedSeller' : 'popupMarkedTrusted') : seller ? 'popupMarkedSuspiciousSeller' : 'popupMarkedSuspicious')}{' '}
          <button type="button" onClick={() => onMark(null)} data-testid="mark-undo">
            {t('popupUndoMark')}
          </button>
        </p>
      ) : (
        <>
          <button type="button" onClick={() => onMark('trusted')} data-testid="mark-trusted">
            {t(seller ? 'popupTrustSeller' : 'popupTrust')}
          </button>
          <button type="button" onClick={() => onMark('suspicious')} data-testid="mark-suspicious">
            {t(seller ? 'popupSuspiciousSeller' : 'popupSuspicious')}
          </button>
        </>
      )}
    </section>
  );
}
