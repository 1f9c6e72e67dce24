import { useEffect, useState } from 'preact/hooks';
import type { ConnectionRecord } from '../shared/identity';
import { t } from '../shared/i18n';
import { sendToBackground } from '../shared/platform';
import { identityKindLabel } from '../ui/identity-kind';

/** Shops and sellers connected by a shared identifier (issue 17); the shopper can remove a wrong one. */
export function Connections() {
  const [connections, setConnections] = useState<ConnectionRecord[]>([]);
  const load = async () => setConnections((await sendToBackground({ type: 'connections/list' }).catch(() => null))?.connections ?? []);
  useEffect(() => void load(), []);

  const remove = async (key: string) => {
    await sendToBackground({ type: 'connections/remove', key }).catch(() => null);
    await load();
  };

  return (
    <section aria-labelledby="connections-title">
      <h2 id="connections-title">{t('optionsConnections')}</h2>
      <p class="hint">{t('optionsConnectionsHint')}</p>
      {connections.length === 0 ? (
        <p class="hint" data-testid="no-connections">{t('optionsNoConnections')}</p>
      ) : (
        <ul class="marks" data-testid="connections">
          {connections.map((c) => (
            <li key={c.key} data-connection={c.key}>
              <span class="site-name">{c.aLabel}</span> ⇄ <span class="site-name">{c.bLabel}</span> — {c.shared.map((s) => t('popupConnectedShares', [identityKindLabel(s.kind), s.display])).join('; ')}{' '}
              <button type="button" onClick={() => void remove(c.key)} aria-label={t('optionsRemoveConnection', [c.aLabel, c.bLabel])}>
                {t('optionsRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
