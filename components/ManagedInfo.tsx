/** The school's managed pre-configuration, read-only (options page). Portal-agnostic: display strings only. */
import { Text } from './Text';

export interface ManagedView {
  lines: string[];
  support: string[];
}

export function ManagedInfo({
  view,
  labels,
}: {
  view: ManagedView | null;
  labels: { intro: string; none: string; supportTitle: string };
}) {
  if (!view || (!view.lines.length && !view.support.length)) {
    return (
      <p data-testid="managed-none" class="muted">
        {labels.none}
      </p>
    );
  }
  return (
    <div data-testid="managed-info">
      <p class="muted">{labels.intro}</p>
      {view.lines.length > 0 && (
        <ul class="facts">
          {view.lines.map((l, i) => (
            <li key={i}>
              <Text s={l} />
            </li>
          ))}
        </ul>
      )}
      {view.support.length > 0 && (
        <>
          <h3>{labels.supportTitle}</h3>
          <ul class="facts" data-testid="managed-support">
            {view.support.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
