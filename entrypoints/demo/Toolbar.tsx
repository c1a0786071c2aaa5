/** The presenter's controls: journey choice, previous / next, larger text, print; and the journey's steps. */
import type { DemoJourney, DemoPlan } from '@/utils/demo/plan';
import { stepTitle } from '@/utils/help-content';
import { t } from '@/utils/i18n';
import { portalById } from '@/utils/portals';

interface BarProps {
  plan: DemoPlan;
  journey: DemoJourney;
  index: number;
  large: boolean;
  onPick(id: string): void;
  onPrev(): void;
  onNext(): void;
  onLarge(): void;
  onPrint(): void;
}

export function DemoBar({ plan, journey, index, large, onPick, onPrev, onNext, onLarge, onPrint }: BarProps) {
  const n = journey.steps.length;
  const step = journey.steps[index];
  return (
    <header class="bar">
      <h1 class="brand">
        {t('ext.name')} <span class="brand-sub">· {t('demo.heading')}</span>
      </h1>
      <JourneyPicker plan={plan} value={journey.id} onPick={onPick} />
      <div class="nav">
        <button type="button" data-testid="demo-prev" onClick={onPrev} disabled={index === 0}>
          <span aria-hidden="true">◀ </span>
          {t('demo.prev')}
        </button>
        <span class="where" data-testid="demo-where" aria-live="polite">
          {t('demo.where', index + 1, n)}
          <strong>{step ? stepTitle(step.portal, step.step, step.state) : ''}</strong>
        </span>
        <button type="button" class="primary" data-testid="demo-next" onClick={onNext} disabled={index >= n - 1}>
          {t('demo.next')}
          <span aria-hidden="true"> ▶</span>
        </button>
      </div>
      <div class="tools">
        <button type="button" data-testid="demo-large" aria-pressed={large} onClick={onLarge}>
          {t('demo.larger')}
        </button>
        <button type="button" data-testid="demo-print" onClick={onPrint}>
          {t('demo.print')}
        </button>
      </div>
    </header>
  );
}

/**
 * Every journey, grouped by portal, each named after the family's letter (« J'ai un courrier EduConnect »…):
 * the support agent picks the one that fits the family. Ones without pages yet are listed, disabled.
 */
function JourneyPicker({ plan, value, onPick }: { plan: DemoPlan; value: string; onPick(id: string): void }) {
  const groups = new Map<string, DemoJourney[]>();
  for (const j of plan.journeys) groups.set(j.owner, [...(groups.get(j.owner) ?? []), j]);
  return (
    <label class="pick">
      <span>{t('demo.journey_label')}</span>
      <select data-testid="demo-journey" value={value} onChange={(e) => onPick((e.target as HTMLSelectElement).value)}>
        {[...groups].map(([owner, js]) => (
          <optgroup key={owner} label={portalById(owner)?.name ?? owner}>
            {js.map((j) => (
              <option key={j.id} value={j.id} disabled={!j.available} data-situation={j.situation}>
                {j.available ? t(j.name) : t('demo.soon', t(j.name))}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}

export function StepList({ journey, index }: { journey: DemoJourney; index: number }) {
  return (
    <ol class="steps" aria-label={t('demo.steps_label')}>
      {journey.steps.map((s, i) => (
        <li key={i} class={i === index ? 'on' : i < index ? 'done' : ''} aria-current={i === index ? 'step' : undefined}>
          <span class="num">{i + 1}</span> {stepTitle(s.portal, s.step, s.state)}
        </li>
      ))}
    </ol>
  );
}
