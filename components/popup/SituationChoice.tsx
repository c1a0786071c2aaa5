/**
 * The family's situation in plain words (« Votre situation : J'ai un courrier EduConnect ») and one button per
 * situation to change it. Portal-agnostic: it shows the texts and choices it is given.
 */
import { fr } from './typo';

export interface SituationOption {
  id: string;
  label: string;
  /** The button's attribute, when not `data-situation="<id>"` (utils/situation.ts `choiceAttr`). */
  attr?: readonly [string, string];
}

interface Props {
  /** The situation now, or null when the family has not said yet. */
  current: SituationOption | null;
  options: readonly SituationOption[];
  labels: { current: string; unknown: string; change: string; ask: string };
  onChoose(id: string): void;
}

export function SituationChoice({ current, options, labels, onChoose }: Props) {
  return (
    <div class="pp-situation" data-testid="pp-situation" data-situation={current?.id}>
      <p class="pp-situation-now" data-testid="pp-situation-now">
        {current ? <strong>{fr(labels.current)}</strong> : fr(labels.unknown)}
      </p>
      <details class="pp-situation-change" open={!current}>
        <summary>{fr(current ? labels.change : labels.ask)}</summary>
        <ul class="pp-situation-list">
          {options.map((o) => (
            <li key={o.id}>
              <button
                type="button"
                class="pp-button pp-situation-button"
                {...Object.fromEntries([o.attr ?? ['data-situation', o.id]])}
                aria-pressed={o.id === current?.id}
                onClick={() => onChoose(o.id)}
              >
                {fr(o.label)}
              </button>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
