import type { Reason } from '../../shared/result';
import { t } from '../../shared/i18n';
import { watchlistLookupUrl } from '../../shared/lists/listing';

const WATCHLIST_REASONS = new Set(['listed-fraud', 'listed-problematic', 'listed-automated']);

/** Under a Watchlist Internet listing: a link to look the shop up there (opened only when clicked). */
export function ListedLink({ reason }: { reason: Reason }) {
  const domain = reason.subs[1];
  if (!WATCHLIST_REASONS.has(reason.id) || !domain) return null;
  return (
    <p class="listed-link">
      <a href={watchlistLookupUrl(domain)} target="_blank" rel="noopener noreferrer" data-testid="listed-link">
        {t('popupListedLookup', [domain])}
      </a>
    </p>
  );
}
