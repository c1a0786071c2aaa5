/**
 * What the card says, in reading order: where the family comes from, the step's title, the `lead` slot, the
 * instructions, the features' panels, « Ensuite », then « Je suis bloqué(e) ».
 */
import type { ComponentChildren } from 'preact';
import { Text } from '../Text';
import type { HelpContent, StuckItem } from './types';

interface Props {
  content: HelpContent;
  /**
   * The slot between the title and the instructions: what the family answers or acts on before reading on
   * (a remembered choice offered back; a question whose answer decides the instructions).
   */
  lead?: ComponentChildren;
  /** The features' panels, after the instructions (the password checklist…). */
  children?: ComponentChildren;
  /** At the end of « Je suis bloqué(e) ». */
  stuck?: ComponentChildren;
  /** The collapsed phone sheet hides the body (its title shows in the bar). */
  hidden: boolean;
}

export function CardBody({ content, lead, children, stuck, hidden }: Props) {
  return (
    <div class="ce-scroll" hidden={hidden}>
      {content.origin && (
        <p class="ce-origin" data-testid="ce-origin">
          {content.origin}
        </p>
      )}
      <h2 class="ce-title" data-testid="ce-title">
        <Text s={content.title} />
      </h2>
      {lead}
      {content.body.map((p, i) => (
        <p key={i} class="ce-p">
          <Text s={p} />
        </p>
      ))}
      {content.missingTarget && <p class="ce-missing">{content.missingTarget}</p>}
      {children}
      {content.next && (
        <p class="ce-next" data-testid="ce-next">
          <strong>{content.nextLabel}</strong> <Text s={content.next} />
        </p>
      )}
      {content.then && <p class="ce-then">{content.then}</p>}
      <StuckSection title={content.stuckTitle} items={content.stuck} extra={stuck} />
    </div>
  );
}

/** « Je suis bloqué(e) »: the step's common problems and their answers, folded. */
export function StuckSection({ title, items, extra }: { title: string; items: readonly StuckItem[]; extra?: ComponentChildren }) {
  const hasExtra = Array.isArray(extra) ? extra.length > 0 : !!extra;
  if (!items.length && !hasExtra) return null;
  return (
    <details class="ce-stuck" data-testid="ce-stuck">
      <summary>{title}</summary>
      {items.length > 0 && <ul>
        {items.map((s, i) => (
          <li key={i}>
            <strong>
              <Text s={s.q} />
            </strong>
            <span>
              <Text s={s.a} />
            </span>
          </li>
        ))}
      </ul>}
      {extra}
    </details>
  );
}
