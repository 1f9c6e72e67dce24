import { t } from '../shared/i18n';
import { browser } from '../shared/platform';
import { RDAP_ORIGINS } from '../shared/rdap/bootstrap';

/**
 * Opt-in domain age (issue #12): off by default. Switching it on asks the browser for the optional
 * host permission in the click itself (browsers require a user gesture); a refusal keeps it off.
 */
export function DomainAgeSwitch({ checked, onChange, onDenied }: { checked: boolean; onChange: (on: boolean) => void; onDenied: () => void }) {
  const toggle = async (box: HTMLInputElement) => {
    if (!box.checked) return onChange(false);
    const granted = await browser.permissions.request({ origins: RDAP_ORIGINS }).catch(() => false);
    if (granted) return onChange(true);
    box.checked = false; // the setting did not change, so nothing re-renders the box
    onDenied();
  };
  return (
    <>
      <label class="switch">
        <input type="checkbox" checked={checked} onChange={(e) => void toggle(e.currentTarget)} data-testid="domain-age" />
        {t('optionsDomainAge')}
      </label>
      <p class="hint">{t('optionsDomainAgeHint')}</p>
    </>
  );
}
