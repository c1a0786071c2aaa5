/**
 * The live checklist of a new password: one line per rule with an icon and words (never colour alone),
 * the "both passwords are the same" line, the characters to change, and a polite announcement for screen
 * readers when a rule changes state. It knows nothing about portals: the lines come already translated.
 */
import type { ComponentChildren } from 'preact';

export interface ChecklistLine {
  id: string;
  met: boolean;
  /** A blocking rule; false: advice ("conseillé"). */
  required: boolean;
  text: string;
}

export interface ChecklistLabels {
  title: string;
  list: string;
  /** Heading of the blocking rules (for screen readers). */
  required: string;
  met: string;
  unmet: string;
  /** Heading of the advice lines (« Conseillé »). */
  advice: string;
  adviceUnmet: string;
}

interface Props {
  lines: readonly ChecklistLine[];
  labels: ChecklistLabels;
  /** Explanations of characters to change. */
  problems?: readonly string[];
  /** Shown once the user typed in the confirmation field. */
  match?: { same: boolean; text: string } | null;
  /** Polite announcement (changes only when a rule changes state). */
  announce: string;
  /** Shown above the checklist (the proposal, once asked for: what the user acts on comes first). */
  before?: ComponentChildren;
  /** Shown below the checklist. */
  children?: ComponentChildren;
}

function icon(line: ChecklistLine): string {
  if (line.met) return '✓';
  return line.required ? '✗' : '○';
}

function Line({ l, labels }: { l: ChecklistLine; labels: ChecklistLabels }) {
  return (
    <li
      data-rule={l.id}
      data-met={String(l.met)}
      data-required={String(l.required)}
      class={`ce-pw-rule ${l.met ? 'ce-pw-met' : l.required ? 'ce-pw-unmet' : 'ce-pw-advice'}`}
    >
      <span class="ce-pw-icon" aria-hidden="true">
        {icon(l)}
      </span>
      <span class="ce-pw-text">
        {l.text}
        <span class="ce-sr-only">
          {' : '}
          {l.met ? labels.met : l.required ? labels.unmet : labels.adviceUnmet}
        </span>
      </span>
    </li>
  );
}

export function PasswordChecklist({ lines, labels, problems = [], match, announce, before, children }: Props) {
  const required = lines.filter((l) => l.required);
  const advice = lines.filter((l) => !l.required);
  return (
    <div class="ce-pw">
      {before}
      <p class="ce-pw-title">{labels.title}</p>
      <div data-testid="password-checklist" role="group" aria-label={labels.list}>
        {required.length > 0 && (
          <ul class="ce-pw-list" aria-label={labels.required}>
            {required.map((l) => (
              <Line key={l.id} l={l} labels={labels} />
            ))}
          </ul>
        )}
        {advice.length > 0 && (
          <>
            <p class="ce-pw-group" aria-hidden="true">
              {labels.advice}
            </p>
            <ul class="ce-pw-list" aria-label={labels.advice}>
              {advice.map((l) => (
                <Line key={l.id} l={l} labels={labels} />
              ))}
            </ul>
          </>
        )}
      </div>
      {problems.length > 0 && (
        <ul class="ce-pw-problems" data-testid="password-problems">
          {problems.map((p) => (
            <li key={p}>
              <span class="ce-pw-icon" aria-hidden="true">
                !
              </span>
              <span>{p}</span>
            </li>
          ))}
        </ul>
      )}
      {match && (
        <p class={`ce-pw-match ${match.same ? 'ce-pw-met' : 'ce-pw-unmet'}`} data-testid="password-match" data-match={String(match.same)}>
          <span class="ce-pw-icon" aria-hidden="true">
            {match.same ? '✓' : '✗'}
          </span>
          <span>{match.text}</span>
        </p>
      )}
      {children}
      <p class="ce-sr-only" role="status" aria-live="polite" aria-atomic="true">
        {announce}
      </p>
    </div>
  );
}
