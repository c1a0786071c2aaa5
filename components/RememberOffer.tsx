/**
 * The offer of a remembered choice inside the help card: one sentence and a « Continuer » button, or a list
 * of candidates, and the automatic-choice countdown with « Annuler ». Portal-agnostic: it renders the
 * already-translated strings it is given (page labels as plain text, never as markup).
 */
import { Text } from './Text';

export interface OfferItem {
  /** Stable key (the choice's value). */
  key: string;
  /** The sentence describing it (« La dernière fois, vous avez choisi … »). */
  text: string;
  /** The family's own name for it, shown above the sentence. */
  name?: string;
  /** The button's text and accessible name. */
  button: string;
}

export interface OfferCountdown {
  key: string;
  text: string;
  cancel: string;
}

interface Props {
  title: string;
  items: OfferItem[];
  countdown?: OfferCountdown | null;
  /** Shown after a cancelled countdown or a choice that could not be made. */
  notice?: string;
  busy?: boolean;
  onContinue(key: string): void;
  onCancel(): void;
}

export function RememberOffer({ title, items, countdown, notice, busy, onContinue, onCancel }: Props) {
  if (!items.length) return null;
  const many = items.length > 1;
  return (
    <section class="ce-remember" data-testid="remember-offer" aria-label={title}>
      {many && (
        <p class="ce-remember-title">
          <Text s={title} />
        </p>
      )}
      {countdown && (
        <div class="ce-remember-countdown" data-testid="remember-countdown" role="status" aria-live="polite">
          <span>
            <Text s={countdown.text} />
          </span>
          <button type="button" class="ce-btn ce-btn-secondary" data-testid="remember-cancel" onClick={onCancel}>
            {countdown.cancel}
          </button>
        </div>
      )}
      {notice && (
        <p class="ce-remember-notice" role="status" data-testid="remember-notice">
          <Text s={notice} />
        </p>
      )}
      <ul class={many ? 'ce-remember-list' : 'ce-remember-one'}>
        {items.map((it) => (
          <li key={it.key} data-value={it.key}>
            {it.name && <strong class="ce-remember-name">{it.name}</strong>}
            <span>
              <Text s={it.text} />
            </span>
            <button
              type="button"
              class="ce-btn"
              data-testid="remember-continue"
              data-value={it.key}
              disabled={busy}
              onClick={() => onContinue(it.key)}
            >
              <Text s={it.button} />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
