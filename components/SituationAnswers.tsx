/**
 * Options page: the family's answer to « which letter do you have? » on each portal where it gave one — shown
 * in words, changeable (one button per situation of that portal) and forgettable. Portal-agnostic: it shows
 * the rows and texts it is given.
 */

export interface SituationAnswerRow {
  /** The portal id (the caller's key; never shown). */
  key: string;
  /** The portal's name, as a heading. */
  title: string;
  /** « Votre situation : … », or null when only the académie is known. */
  current: string | null;
  currentId: string | null;
  /** The académie line (mon ENT Occitanie), if any. */
  academie?: string | null;
  /** `attr`: the button's attribute, when not `data-situation="<id>"` (utils/situation.ts `choiceAttr`). */
  options: readonly { id: string; label: string; attr?: readonly [string, string] }[];
  forgetLabel: string;
}

export interface SituationAnswersLabels {
  none: string;
  change: string;
  forget: string;
}

interface Props {
  rows: readonly SituationAnswerRow[];
  labels: SituationAnswersLabels;
  onChoose(key: string, situation: string): void;
  onForget(key: string): void;
}

export function SituationAnswers({ rows, labels, onChoose, onForget }: Props) {
  if (!rows.length) {
    return (
      <p class="rl-empty" data-testid="situation-none">
        {labels.none}
      </p>
    );
  }
  return (
    <ul class="rl-list sa-list">
      {rows.map((r) => (
        <li key={r.key} class="rl-row" data-testid="situation-answer" data-portal={r.key} data-situation={r.currentId ?? undefined}>
          <h3 class="sa-title">{r.title}</h3>
          {r.current && <p class="sa-current">{r.current}</p>}
          {r.academie && <p class="muted">{r.academie}</p>}
          <fieldset class="sa-choices">
            <legend>{labels.change}</legend>
            {r.options.map((o) => (
              <button
                key={o.id}
                type="button"
                class="btn btn-secondary sa-choice"
                {...Object.fromEntries([o.attr ?? ['data-situation', o.id]])}
                aria-pressed={o.id === r.currentId}
                onClick={() => onChoose(r.key, o.id)}
              >
                {o.label}
              </button>
            ))}
          </fieldset>
          <button type="button" class="btn btn-secondary" data-testid="situation-forget" aria-label={r.forgetLabel} onClick={() => onForget(r.key)}>
            {labels.forget}
          </button>
        </li>
      ))}
    </ul>
  );
}
