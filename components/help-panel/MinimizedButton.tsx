/** The round « ? » button that reopens a minimised card. */
import type { Corner } from './types';

interface Props {
  corner: Corner;
  style: Record<string, string>;
  label: string;
  onOpen(): void;
}

export function MinimizedButton({ corner, style, label, onOpen }: Props) {
  return (
    <button
      type="button"
      class={`ce-fab ce-${corner}`}
      style={style}
      data-testid="ce-reopen"
      aria-label={label}
      title={label}
      onClick={onOpen}
    >
      <span aria-hidden="true">?</span>
    </button>
  );
}
