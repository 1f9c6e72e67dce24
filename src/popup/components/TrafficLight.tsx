import type { Level, RiskKind } from '../../shared/result';
import { t } from '../../shared/i18n';

const LEVEL_KEY: Record<Level, string> = { high: 'levelHigh', medium: 'levelMedium', low: 'levelLow', incomplete: 'levelIncomplete' };
const LEVEL_ICON: Record<Level, string> = { high: '✖', medium: '!', low: '✓', incomplete: '?' };

/** Three lamps plus words and an icon: the level never depends on colour alone. */
export function TrafficLight({ level, score, kind }: { level: Level; score: number; kind: RiskKind | null }) {
  return (
    <section class={`light light-${level}`} aria-labelledby="level-text" data-testid="traffic-light" data-level={level}>
      <div class="lamps" aria-hidden="true">
        {(['high', 'medium', 'low'] as const).map((l) => (
          <span key={l} class={`lamp lamp-${l}${l === level ? ' on' : ''}`} />
        ))}
      </div>
      <div>
        <h2 id="level-text" class="level-text" data-testid="level-text">
          <span class="level-icon" aria-hidden="true">{LEVEL_ICON[level]}</span> {t(LEVEL_KEY[level])}
        </h2>
        <p class="score" data-testid="score">{t('popupScore', [String(score)])}</p>
        {kind && (level === 'high' || level === 'medium') && <p class="kind" data-testid="kind">{t(kind === 'fake' ? 'kindFake' : 'kindProblematic')}</p>}
      </div>
    </section>
  );
}
