import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { ListChange } from '../shared/lists/list-messages';
import { sendToBackground } from '../shared/platform';
import { hasHostAccess, requestHostAccess } from '../shared/host-access';

const MAX_FILE_BYTES = 5 * 1024 * 1024;

function isUrl(text: string): boolean {
  try {
    return Boolean(new URL(text));
  } catch {
    return false;
  }
}

/** Add a list: its address (downloaded daily with Watchlist's) or a text/CSV file, one domain a line. */
export function AddListSource({ onChange }: { onChange: (change: ListChange | null) => void }) {
  const [address, setAddress] = useState('');

  const addUrl = async (event: Event) => {
    event.preventDefault();
    const href = address.trim();
    if (!isUrl(href)) return onChange(await sendToBackground({ type: 'lists/addUrl', url: href || '-' }));
    // The browser asks the shopper once per list server (unless already granted); without it the daily download cannot run.
    const granted = (await hasHostAccess(href)) || (await requestHostAccess(href));
    if (!granted) return onChange({ ok: false, problem: 'no-permission', status: (await sendToBackground({ type: 'lists/status' }))! });
    onChange(await sendToBackground({ type: 'lists/addUrl', url: address.trim() }));
    setAddress('');
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return onChange({ ok: false, problem: 'too-big', status: (await sendToBackground({ type: 'lists/status' }))! });
    onChange(await sendToBackground({ type: 'lists/importFile', name: file.name, text: await file.text() }));
  };

  return (
    <div class="add-list">
      <form class="field" onSubmit={(e) => void addUrl(e)}>
        <label for="list-url">{t('optionsListAddUrl')}</label>
        <div class="actions-row">
          <input id="list-url" type="url" placeholder="https://" value={address} onInput={(e) => setAddress(e.currentTarget.value)} data-testid="list-url" />
          <button type="submit">{t('optionsListAdd')}</button>
        </div>
      </form>
      <label class="field">
        {t('optionsListImport')}
        <input type="file" accept=".txt,.csv,text/plain,text/csv" onChange={(e) => void importFile(e.currentTarget)} data-testid="list-file" />
      </label>
      <p class="hint">{t('optionsListAddHint')}</p>
    </div>
  );
}
