import { t } from '../shared/i18n';

const SHOWN = 50;

/**
 * Before an import adds trusted marks, the shopper sees which sites would be trusted and decides:
 * a shared "list of verified shops" could otherwise whitelist scam shops in one click (issue #18).
 */
export function ImportReview({ sites, onDecide }: { sites: string[]; onDecide: (choice: 'with-trusted' | 'without-trusted' | 'cancel') => void }) {
  return (
    <section class="import-review" role="alertdialog" aria-labelledby="import-review-title" data-testid="import-review">
      <h3 id="import-review-title">{t('optionsImportTrustedTitle', [String(sites.length)])}</h3>
      <p class="hint">{t('optionsImportTrustedHint')}</p>
      <ul data-testid="import-trusted-sites">
        {sites.slice(0, SHOWN).map((site) => <li key={site}>{site}</li>)}
      </ul>
      {sites.length > SHOWN && <p>{t('optionsImportTrustedMore', [String(sites.length - SHOWN)])}</p>}
      <p class="actions-row">
        <button type="button" onClick={() => onDecide('without-trusted')} data-testid="import-without-trusted">{t('optionsImportWithoutTrusted')}</button>
        <button type="button" onClick={() => onDecide('with-trusted')} data-testid="import-with-trusted">{t('optionsImportWithTrusted')}</button>
        <button type="button" onClick={() => onDecide('cancel')} data-testid="import-cancel">{t('optionsImportCancel')}</button>
      </p>
    </section>
  );
}
