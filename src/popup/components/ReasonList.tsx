import type { Reason } from '../../shared/result';
import { t } from '../../shared/i18n';
import { ListedLink } from './ListedLink';

/** Where a reason was seen, when the verdict draws on more than this page (the site's profile). */
function sourceText(reason: Reason, currentPath: string): string | null {
  const source = reason.source;
  if (!source) return null;
  if (source.via === 'read') return t('popupSourceRead', [source.path]);
  return source.path === currentPath ? t('popupSourceThisPage') : t('popupSourceOtherPage', [source.path]);
}

/** Reasons in plain language; evidence (page-derived text) is rendered as text nodes only. */
export function ReasonList({ reasons, currentPath = '' }: { reasons: Reason[]; currentPath?: string }) {
  if (reasons.length === 0) return null;
  // "On this page" is worth saying only when some reason came from elsewhere.
  const fromElsewhere = reasons.some((r) => r.source && (r.source.via === 'read' || r.source.path !== currentPath));
  return (
    <section aria-labelledby="reasons-title">
      <h2 id="reasons-title">{t('popupReasonsTitle')}</h2>
      <ul class="reasons" data-testid="reasons">
        {reasons.map((reason) => {
          const source = fromElsewhere ? sourceText(reason, currentPath) : null;
          return (
            <li key={reason.id} class={`reason reason-${reason.severity}`} data-reason-id={reason.id}>
              <details>
                <summary>
                  {t(reason.messageKey, reason.subs)}
                  {source && (
                    <span class="source" data-testid="reason-source">
                      {source}
                    </span>
                  )}
                </summary>
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
          );
        })}
      </ul>
    </section>
  );
}
