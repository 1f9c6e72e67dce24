import { t } from '../shared/i18n';
import { browser } from '../shared/platform';
import { RDAP_ORIGINS } from '../shared/rdap/bootstrap';

/**
 * Opt-in domain age (issue #12): off by default. Switching it on asks the browser for the optional
 * host permission in the click itself (browsers require a user gesture); a refusal keeps it off.
 */
export function DomainAgeSwitch({ checked, onChange, onDenied }: { checked: boolean; onChange: (on: boolean) => void; onDenied: () => void }) {
  const toggle = async (on: boolean) => {
    if (!on) return onChange(false);
    const granted = await browser.permissions.request({ origins: RDAP_ORIGINS }).catch(() => false);
    if (granted) onChange(true);
    else onDenied();
  };
  return (
    <>
      <label class="switch">
        <input type="checkbox" checked={checked} onChange={(e) => void toggle(e.currentTarget.checked)} data-testid="domain-age" />
        {t('optionsDomainAge')}
      </label>
      <p class="hint">{t('optionsDomainAgeHint')}</p>
    </>
  );
}
