import { t } from '../../shared/i18n';

/**
 * The banner's "I trust this shop" lands here: the page cannot style or cover the popup, so a
 * click lured onto an invisible banner never trusts a shop by itself (issue #18).
 */
export function TrustQuestion({ site, onAnswer }: { site: string; onAnswer: (trust: boolean) => void }) {
  return (
    <section class="trust-question" role="alertdialog" aria-labelledby="trust-question-text" data-testid="trust-question">
      <p id="trust-question-text">{t('popupTrustQuestion', [site])}</p>
      <button type="button" onClick={() => onAnswer(true)} data-testid="trust-confirm">
        {t('popupTrustConfirm')}
      </button>{' '}
      <button type="button" onClick={() => onAnswer(false)} data-testid="trust-cancel">
        {t('popupTrustCancel')}
      </button>
    </section>
  );
}
