import { Fragment } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * « Proposer un mot de passe »: the button, then the proposal shown in our own UI with « Copier »,
 * « Remplir les deux champs » and « Autre proposition ». The proposal comes from the caller; nothing is kept.
 */
export interface ProposalLabels {
  generate: string;
  label: string;
  hint: string;
  copy: string;
  fill: string;
  again: string;
}

interface Props {
  password: string | null;
  labels: ProposalLabels;
  /** Feedback after copy/fill ("Copié !"), announced politely. */
  status: string;
  onGenerate(): void;
  onCopy(): void;
  onFill(): void;
}

export function PasswordProposal({ password, labels, status, onGenerate, onCopy, onFill }: Props) {
  const value = useRef<HTMLOutputElement>(null);
  const shown = !!password;
  // The proposal replaces the button that was clicked: keep the keyboard focus on the proposal.
  useEffect(() => {
    if (shown) value.current?.focus();
  }, [shown]);
  if (!password) {
    return (
      <div class="ce-pw-gen">
        <button type="button" class="ce-pw-btn ce-pw-primary" data-testid="password-generate" onClick={onGenerate}>
          {labels.generate}
        </button>
      </div>
    );
  }
  return (
    <div class="ce-pw-gen" data-testid="password-proposal-box">
      <p class="ce-pw-label" id="ce-pw-proposal-label">
        {labels.label}
      </p>
      <output
        ref={value}
        tabIndex={-1}
        class="ce-pw-value"
        dir="ltr"
        data-testid="password-proposal"
        aria-labelledby="ce-pw-proposal-label"
        translate={false}
        spellcheck={false}
      >
        {/* Line breaks allowed after each separator, never inside a word. */}
        {password.split(/(?<=[^A-Za-z0-9])/).map((part, i) => (
          <Fragment key={i}>
            {i > 0 && <wbr />}
            {part}
          </Fragment>
        ))}
      </output>
      <p class="ce-pw-hint">{labels.hint}</p>
      <div class="ce-pw-actions">
        <button type="button" class="ce-pw-btn" data-testid="password-copy" onClick={onCopy}>
          {labels.copy}
        </button>
        <button type="button" class="ce-pw-btn ce-pw-primary" data-testid="password-fill" onClick={onFill}>
          {labels.fill}
        </button>
        <button type="button" class="ce-pw-btn" data-testid="password-generate" onClick={onGenerate}>
          {labels.again}
        </button>
      </div>
      <p class="ce-pw-status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
