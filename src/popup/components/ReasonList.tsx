import type { Reason } from '../../shared/result';
import { t } from '../../shared/i18n';
import { ListedLink } from './ListedLink';

/** Reasons in plain language; evidence (page-derived text) is rendered as text nodes only. */
export function ReasonList({ reasons }: { reasons: Reason[] }) {
  if (reasons.length === 0) return null;
  return (
    <section aria-labelledby="reasons-title">
      <h2 id="reasons-title">{t('popupReasonsTitle')}</h2>
      <ul class="reasons" data-testid="reasons">
        {reasons.map((reason) => (
          <li key={reason.id} class={`reason reason-${reason.severity}`} data-reason-id={reason.id}>
            <details>
              <summary>{t(reason.messageKey, reason.subs)}</summary>
              {reason.evidence.length > 0 && (
                <ul class="evidence" aria-label={t('popupEvidence')}>
                  {reason.evidence.map((e, i) => (
                    <li key={i}>{t(e.key, e.subs)}</li>
                  ))}
                </ul>
              )}
              <ListedLink reason={reason} />
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
