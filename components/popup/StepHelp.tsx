/**
 * The help of one step, as the overlay's help card shows it (the same `HelpContent`, built by
 * utils/help-content.ts): counter, title, what to do, what comes next, and the "I am stuck" answers.
 * Portal-agnostic. `headingLevel` lets it sit under any heading.
 */
import type { HelpContent } from '../HelpPanel';
import { fr } from './typo';

export function StepHelp({ content, headingLevel = 3, showTitle = true }: { content: HelpContent; headingLevel?: 3 | 4 | 5; showTitle?: boolean }) {
  const H = `h${headingLevel}` as 'h3';
  const Sub = `h${Math.min(headingLevel + 1, 6)}` as 'h4';
  return (
    <div class="pp-step" dir={content.dir} lang={content.lang} data-testid="pp-step-help">
      {content.counter && <p class="pp-counter" data-testid="pp-counter">{content.counter}</p>}
      {showTitle && <H class="pp-step-title">{fr(content.title)}</H>}
      {content.origin && <p>{fr(content.origin)}</p>}
      {content.body.map((b, i) => (
        <p key={i}>{fr(b)}</p>
      ))}
      {content.next && (
        <p>
          <strong>{fr(content.nextLabel)}</strong> {fr(content.next)}
        </p>
      )}
      {content.then && <p class="pp-muted">{fr(content.then)}</p>}
      {content.stuck.length > 0 && (
        <>
          <Sub class="pp-sub">{content.stuckTitle}</Sub>
          <ul class="pp-stuck">
            {content.stuck.map((s, i) => (
              <li key={i}>
                <details>
                  <summary>{fr(s.q)}</summary>
                  <p>{fr(s.a)}</p>
                </details>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
