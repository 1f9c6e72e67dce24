import { t } from '../shared/i18n';

/** A labelled group of radio buttons; keyboard-friendly by being plain inputs. */
export function Choice<V extends string>({ legendKey, hintKey, name, value, options, onChange }: { legendKey: string; hintKey?: string; name: string; value: V; options: Array<[V, string]>; onChange: (value: V) => void }) {
  return (
    <fieldset>
      <legend>{t(legendKey)}</legend>
      {hintKey && <p class="hint">{t(hintKey)}</p>}
      {options.map(([option, labelKey]) => (
        <label key={option} class="radio">
          <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
          {t(labelKey)}
        </label>
      ))}
    </fieldset>
  );
}
