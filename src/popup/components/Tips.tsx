import type { Reason, Level } from '../../shared/result';
import type { Country } from '../../shared/settings';
import { t } from '../../shared/i18n';
import { REPORT_LINKS, tipsFor } from '../tips';

/** Tailored tips and where to check or report; links open in a new tab. */
export function Tips({ reasons, level, country, onMarketplace }: { reasons: Reason[]; level: Level; country: Country; onMarketplace: boolean }) {
  const tips = tipsFor(reasons, level);
  if (tips.length === 0 && level === 'low') return null;
  return (
    <section aria-labelledby="tips-title" class="tips" data-testid="tips">
      <h2 id="tips-title">{t('popupTipsTitle')}</h2>
      <ul>
        {onMarketplace && <li>{t('tipMarketplaceReport')}</li>}
        {tips.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <p class="links">
        {REPORT_LINKS[country].map((link) => (
          <a key={link.href} href={link.href} target="_blank" rel="noopener noreferrer">
            {t(link.labelKey)}
          </a>
        ))}
      </p>
    </section>
  );
}
