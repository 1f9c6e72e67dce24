import type { ConnectionView } from '../../shared/identity';
import { formatDate, t } from '../../shared/i18n';
import { identityKindLabel } from '../../ui/identity-kind';

/**
 * "Connected to" (issue 17): other shops or seller accounts that showed the same bank account or
 * company details, with what they share and when they showed it. Page-derived text is text only.
 */
export function ConnectedTo({ connections }: { connections: ConnectionView[] }) {
  if (connections.length === 0) return null;
  return (
    <section aria-labelledby="connected-title" data-testid="connected-to">
      <h2 id="connected-title">{t('popupConnectedTitle')}</h2>
      <ul class="connections">
        {connections.map((c) => {
          const risky = c.status.listed || c.status.suspicious || c.status.ratedHigh;
          return (
            <li key={c.key} data-connected={c.other}>
              <span class="site-name">{c.otherLabel}</span>
              {risky && <span class="connected-risky"> — {t('popupConnectedRisky')}</span>}
              <ul class="evidence">
                {c.shared.map((s) => (
                  <li key={`${s.kind}${s.display}`}>
                    {t('popupConnectedShares', [identityKindLabel(s.kind), s.display])} · {formatDate(s.at)}
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
