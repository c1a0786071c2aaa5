/** The card's top line: brand, « Étape X sur N », the phone sheet's expand toggle, minimise. */
import { Text } from '../Text';
import type { HelpContent } from './types';

interface Props {
  content: HelpContent;
  compact: boolean;
  expanded: boolean;
  onToggle(): void;
  onMinimize(): void;
}

export function CardHeader({ content, compact, expanded, onToggle, onMinimize }: Props) {
  return (
    <header class="ce-head">
      <span class="ce-brand">{content.brand}</span>
      {content.counter && (
        <span class="ce-counter" data-testid="ce-counter">
          {content.counter}
        </span>
      )}
      {compact && (
        <button type="button" class="ce-toggle" data-testid="ce-toggle" aria-expanded={expanded} onClick={onToggle}>
          {expanded ? content.labels.collapse : content.labels.expand}
        </button>
      )}
      <button
        type="button"
        class="ce-min"
        data-testid="ce-minimize"
        aria-label={content.labels.minimize}
        title={content.labels.minimize}
        onClick={onMinimize}
      >
        <span aria-hidden="true">–</span>
      </button>
    </header>
  );
}

/** The collapsed phone sheet shows the step's title alone, under the header. */
export function PhoneBar({ title }: { title: string }) {
  return (
    <p class="ce-bar-title" data-testid="ce-bar-title">
      <Text s={title} />
    </p>
  );
}
