/** The paper guide of one journey: one block per step, the picture with its highlight and the instructions. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { DemoJourney, DemoPage, DemoPlan, DemoStep } from '@/utils/demo/plan';
import { stepTitle } from '@/utils/help-content';
import { t } from '@/utils/i18n';
import { portalById } from '@/utils/portals';
import { emptyPrefs, MemoryPrefs, Stage, type StageInfo } from './stage';
import { stepText } from './step-text';

interface Props {
  plan: DemoPlan;
  journey: DemoJourney;
  autoPrint: boolean;
  onBack(): void;
}

export function GuideView({ plan, journey, autoPrint, onBack }: Props) {
  const storeFor = usePrefsChain(journey);
  const [infos, setInfos] = useState<StageInfo[]>([]);
  const n = journey.steps.length;
  const done = infos.length >= n;
  const portal = portalById(journey.owner)?.name ?? journey.owner;
  useGuideReady(journey.id, done, autoPrint);
  useDocumentTitle(`${t('demo.guide_title', portal)} — ${t(journey.name)}`);
  // Blocks are rendered one after the other: each page sees the overlay preferences the previous ones left,
  // exactly as a family walking the journey would (the login help changes once the account is activated).
  const shown = journey.steps.slice(0, Math.min(infos.length + 1, n));
  return (
    <div class="guide">
      <header class="guide-bar no-print">
        <button type="button" data-testid="guide-back" onClick={onBack}>
          <span aria-hidden="true">◀ </span>
          {t('demo.back')}
        </button>
        <button type="button" class="primary" data-testid="guide-print" disabled={!done} onClick={() => window.print()}>
          {t('demo.print_now')}
        </button>
        <span role="status">{done ? '' : t('demo.preparing', infos.length + 1, n)}</span>
      </header>
      <header class="guide-head">
        <p class="guide-brand">{t('ext.name')}</p>
        <h1>{t('demo.guide_title', portal)}</h1>
        <p class="guide-journey">{t(journey.name)}</p>
        <p>{t('demo.guide_intro')}</p>
      </header>
      {shown.map((s, i) => {
        const page = s.page !== null ? plan.pages[s.page] : undefined;
        if (!page) return null;
        const onReady = (info: StageInfo) => setInfos((prev) => (prev.length === i ? [...prev, info] : prev));
        return (
          <GuideStep
            key={i}
            journey={journey}
            step={s}
            index={i}
            page={page}
            prefs={storeFor(i)}
            info={infos[i] ?? null}
            onReady={onReady}
          />
        );
      })}
    </div>
  );
}

interface StepProps {
  journey: DemoJourney;
  step: DemoStep;
  index: number;
  page: DemoPage;
  prefs: MemoryPrefs;
  info: StageInfo | null;
  onReady(info: StageInfo): void;
}

function GuideStep({ journey, step: s, index: i, page, prefs, info, onReady }: StepProps) {
  const text = stepText(info, page.url);
  return (
    <article class="g-step" data-testid="guide-step" data-step-index={i}>
      <h2>
        <span class="g-num">{text?.counter || t('overlay.step_of', i + 1, journey.steps.length)}</span>
        {text?.title || stepTitle(s.portal, s.step, s.state)}
      </h2>
      <p class="g-addr">{t('demo.guide_address', new URL(page.url).host)}</p>
      <div class="g-pic">
        <div class="g-scale">
          <Stage
            page={page}
            journey={journey}
            index={i}
            prefs={prefs}
            picture
            title={t('demo.frame_title', stepTitle(s.portal, s.step, s.state))}
            onReady={onReady}
          />
        </div>
      </div>
      {text ? (
        <div class="g-text">
          {text.origin && <p class="g-origin">{text.origin}</p>}
          {text.body.map((b, k) => (
            <p key={k}>{b}</p>
          ))}
          {text.next && <p class="g-next">{text.next}</p>}
        </div>
      ) : (
        info && <p class="g-text">{t('demo.unrecognised')}</p>
      )}
    </article>
  );
}

/**
 * One preference store per block, each starting from what the previous page left (blocks keep running: a
 * shared store would let a later page change an earlier picture).
 */
function usePrefsChain(journey: DemoJourney): (i: number) => MemoryPrefs {
  const stores = useMemo<MemoryPrefs[]>(() => [], [journey]);
  return (i) => {
    if (!stores[i]) stores[i] = new MemoryPrefs(i > 0 && stores[i - 1] ? stores[i - 1].value : emptyPrefs());
    return stores[i];
  };
}

/** `data-guide-ready` once every picture is drawn (scripts/guide.mjs waits for it), then print if asked. */
function useGuideReady(journeyId: string, done: boolean, autoPrint: boolean): void {
  useEffect(() => {
    document.body.removeAttribute('data-guide-ready');
    if (!done) return;
    document.body.setAttribute('data-guide-ready', journeyId);
    if (autoPrint) {
      const id = setTimeout(() => window.print(), 200);
      return () => clearTimeout(id);
    }
    return undefined;
  }, [done, autoPrint, journeyId]);
}

function useDocumentTitle(title: string): void {
  useEffect(() => {
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);
}
