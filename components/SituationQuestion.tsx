/**
 * The card's question « which letter do you have? » and, once answered, the answer with a button to change
 * it. Portal-agnostic: it renders the already-translated labels it is given; each choice is a real button
 * carrying its id (`data-situation` or `data-academie`, the observable contract), or the attribute it names.
 */
import { useEffect, useRef } from 'preact/hooks';
import { Text } from './Text';

export interface QuestionChoice {
  id: string;
  label: string;
  /** The button's attribute, when not `data-<kind>="<id>"` (utils/situation.ts `choiceAttr`). */
  attr?: readonly [name: string, value: string];
}

interface QuestionProps {
  question: string;
  hint?: string;
  /** What the choices are: the ids go into `data-situation` or `data-academie`. */
  kind: 'situation' | 'academie';
  choices: readonly QuestionChoice[];
  /** A short explanation under the question (how to find one's académie). */
  explain?: string;
  /** Take the focus when shown (the family just asked to change its answer). */
  focus?: boolean;
  onChoose(id: string): void;
}

export function SituationQuestion({ question, hint, kind, choices, explain, focus, onChoose }: QuestionProps) {
  const title = useRef<HTMLParagraphElement>(null);
  useFocus(title, focus);
  if (!choices.length) return null;
  return (
    <section class="ce-ask" data-testid="situation-question" aria-labelledby="ce-ask-q">
      <p class="ce-ask-q" id="ce-ask-q" ref={title} tabIndex={-1}>
        <Text s={question} />
      </p>
      {explain && (
        <p class="ce-ask-hint">
          <Text s={explain} />
        </p>
      )}
      <ul class="ce-ask-list">
        {choices.map((c) => (
          <li key={c.id}>
            <button
              type="button"
              class="ce-btn ce-btn-secondary ce-ask-btn"
              {...Object.fromEntries([c.attr ?? [`data-${kind}`, c.id]])}
              onClick={() => onChoose(c.id)}
            >
              <Text s={c.label} />
            </button>
          </li>
        ))}
      </ul>
      {hint && (
        <p class="ce-ask-hint">
          <Text s={hint} />
        </p>
      )}
    </section>
  );
}

interface CurrentProps {
  /** « Votre situation : … » */
  text: string;
  /** « Ce n'est pas ma situation » */
  change: string;
  /** Take the focus when shown (the family just answered: its answer is read out). */
  focus?: boolean;
  onChange(): void;
  testid?: string;
}

export function SituationCurrent({ text, change, focus, onChange, testid = 'situation-current' }: CurrentProps) {
  const line = useRef<HTMLParagraphElement>(null);
  useFocus(line, focus);
  return (
    <div class="ce-ask-now" data-testid={testid}>
      <p class="ce-ask-now-text" ref={line} tabIndex={-1}>
        <Text s={text} />
      </p>
      <button type="button" class="ce-ask-change" data-testid={`${testid}-change`} onClick={onChange}>
        {change}
      </button>
    </div>
  );
}

/** The focus moves here once, when asked: the button just pressed is gone from the card. */
function useFocus(el: { current: HTMLElement | null }, focus: boolean | undefined) {
  useEffect(() => {
    if (focus) el.current?.focus({ preventScroll: true });
  }, [focus]);
}
