/**
 * A `<details>` whose content is built when it is first opened, not before: the popup's guides and questions
 * (hundreds of folded answers) would otherwise all be rendered at every opening. Closed content is hidden from
 * everyone (screen readers included), so building it late changes nothing anyone can reach.
 */
import type { ComponentChildren, DetailsHTMLAttributes } from 'preact';
import { useEffect, useState } from 'preact/hooks';

type Props = Omit<DetailsHTMLAttributes<HTMLDetailsElement>, 'open' | 'children' | 'onToggle'> & {
  /** Opened by the caller (and then kept open until the family folds it). */
  open?: boolean;
  summary: ComponentChildren;
  /** The folded content, called once it is open. */
  children: () => ComponentChildren;
};

export function Fold({ open = false, summary, children, ...attrs }: Props) {
  const [shown, setShown] = useState(open);
  useEffect(() => {
    if (open) setShown(true);
  }, [open]);
  return (
    <details {...attrs} open={shown || undefined} onToggle={(e) => setShown((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{summary}</summary>
      {shown && children()}
    </details>
  );
}
