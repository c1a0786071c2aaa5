/**
 * The help of one step, as the overlay's help card shows it (the same `HelpContent`, built by
 * utils/help-content.ts): counter, title, what to do, what comes next, and the "I am stuck" answers.
 * Portal-agnostic. `headingLevel` lets it sit under any heading.
 */
import type { HelpContent } from '../HelpPanel';
import { Text } from '../Text';
import { fr } from './typo';

/** Our text, French typography kept, quoted labels and addresses isolated (right-to-left languages). */
const T = ({ s }: { s: string }) => <Text s={fr(s)} />;

export function StepHelp({ content, headingLevel = 3, showTitle = true }: { content: HelpContent; headingLevel?: 3 | 4 | 5; showTitle?: boolean }) {
  const H = `h${headingLevel}` as 'h3';
  const Sub = `h${Math.min(headingLevel + 1, 6)}` as 'h4';
  return (
    <div class="pp-step" dir={content.dir} lang={content.lang} data-testid="pp-step-help">
      {content.counter && <p class="pp-counter" data-testid="pp-counter">{content.counter}</p>}
      {showTitle && <H class="pp-step-title"><T s={content.title} /></H>}
      {content.origin && <p><T s={content.origin} /></p>}
      {content.body.map((b, i) => (
        <p key={i}><T s={b} /></p>
      ))}
      {content.next && (
        <p>
          <strong>{fr(content.nextLabel)}</strong> <T s={content.next} />
        </p>
      )}
      {content.then && <p class="pp-muted"><T s={content.then} /></p>}
      {content.stuck.length > 0 && (
        <>
          <Sub class="pp-sub">{content.stuckTitle}</Sub>
          <ul class="pp-stuck">
            {content.stuck.map((s, i) => (
              <li key={i}>
                <details>
                  <summary><T s={s.q} /></summary>
                  <p><T s={s.a} /></p>
                </details>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
