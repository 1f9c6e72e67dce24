import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { browser } from '../../shared/platform';

/** "Check an address": opens the check view (the popup's layout in a tab) for a shop not yet visited. */
export function CheckAddressForm() {
  const [address, setAddress] = useState('');
  const submit = (event: Event) => {
    event.preventDefault();
    const value = address.trim();
    if (!value) return;
    void browser.tabs.create({ url: browser.runtime.getURL(`src/check/index.html?address=${encodeURIComponent(value.slice(0, 4000))}`) }).then(() => {
      if (location.pathname.includes('/popup/')) window.close();
    });
  };
  return (
    <form class="check-form" onSubmit={submit} role="search" aria-label={t('popupCheckAddress')}>
      <input type="text" inputMode="url" placeholder={t('popupCheckAddressPlaceholder')} aria-label={t('popupCheckAddress')} value={address} onInput={(e) => setAddress(e.currentTarget.value)} data-testid="check-address" />
      <button type="submit" data-testid="check-address-go">{t('popupCheckAddressGo')}</button>
    </form>
  );
}
