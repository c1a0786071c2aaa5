/**
 * The demonstration page (issue 7) for support staff: simulated portal pages with the real overlay on them,
 * presenter controls, and "Imprimer le guide" (a paper guide of one journey).
 * Journeys come from the portals' data; their pages from the fixtures (virtual:demo-fixtures).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { stepTitle } from '@/utils/help-content';
import { t } from '@/utils/i18n';
import type { DemoJourney, DemoPlan } from '@/utils/demo/plan';
import { SourcesNote } from './SourcesNote';
import type { Prefs } from '@/utils/storage/prefs';
import { clonePrefs, emptyPrefs, MemoryPrefs, Stage, type StageInfo } from './stage';
import { AddressBar } from './AddressBar';
import { useDemoHook } from './demo-hook';
import { GuideView } from './GuideView';
import { initialNav, navigate, type NavState } from './navigation';
import { journeyAnswers, MemorySituations } from './situation-memory';
import { DemoBar, StepList } from './Toolbar';
import { usePresenterKeys } from './usePresenterKeys';
import { useToast } from './useToast';

type View = 'present' | 'guide';

export function Demo({ plan }: { plan: DemoPlan }) {
  const params = new URLSearchParams(location.search);
  const [start] = useState(() => initialNav(plan, location.search));
  const [large, setLarge] = useState(params.has('large'));
  const [view, setView] = useState<View>(params.get('view') === 'guide' ? 'guide' : 'present');
  const [autoPrint, setAutoPrint] = useState(false);
  const { toast, say, clear } = useToast();
  const hook = useDemoHook(plan, start);
  const onMove = useCallback((journey: string, index: number) => {
    clear();
    hook.moved(journey, index);
  }, [clear, hook]);
  const onEnd = useCallback(() => say(t('demo.end')), [say]);
  const nav = useJourneyNav(plan, start, onMove, onEnd);
  const { journey, index } = nav;
  usePresenterKeys(view === 'present', nav.next, nav.prev);

  useEffect(() => {
    document.title = t('demo.title') || 'Compagnon ENT';
    document.documentElement.lang = t('meta.lang') || 'fr';
  }, []);

  if (!journey) {
    return (
      <main class="demo-empty">
        <h1>{t('demo.heading')}</h1>
        <p>{t('demo.no_journey')}</p>
      </main>
    );
  }
  if (view === 'guide') {
    const back = () => {
      setAutoPrint(false);
      setView('present');
    };
    return <GuideView plan={plan} journey={journey} autoPrint={autoPrint} onBack={back} />;
  }
  const print = () => {
    setAutoPrint(true);
    setView('guide');
  };
  return (
    <div class={`demo${large ? ' demo-large' : ''}${params.has('capture') ? ' demo-capture' : ''}`}>
      <DemoBar
        plan={plan}
        journey={journey}
        index={index}
        large={large}
        onPick={nav.pick}
        onPrev={nav.prev}
        onNext={nav.next}
        onLarge={() => setLarge(!large)}
        onPrint={print}
      />
      <p class="note">
        <span class="note-fake">{t('demo.fake_note')}</span>
      </p>
      <StepList journey={journey} index={index} />
      <StagePane
        plan={plan}
        journey={journey}
        index={index}
        nav={nav.nav}
        prefs={nav.prefs}
        situations={nav.situations}
        large={large}
        toast={toast}
        onReady={(info) => hook.ready(journey.id, index, info)}
        onNext={nav.next}
        onBlocked={() => say(t('demo.blocked'))}
      />
      {journey.steps[index] && <SourcesNote portal={journey.steps[index].portal} step={journey.steps[index].step} journey={journey} />}
    </div>
  );
}

/**
 * The presenter's position in the journeys, and the overlay preferences that go with it: each page keeps
 * the preferences it was first shown with, so going back shows it as it was. The family's situation is the
 * journey's (its name is the family's letter), set on every move: after « Compte activé » it is an everyday
 * login, as the overlay remembers it.
 */
function useJourneyNav(plan: DemoPlan, start: NavState, onMove: (j: string, i: number) => void, onEnd: () => void) {
  const [state, setState] = useState(start);
  const journey = plan.journeys.find((j) => j.id === state.journey);
  const prefs = useMemo(() => new MemoryPrefs(emptyPrefs()), []);
  const situations = useMemo(() => new MemorySituations(journey ? journeyAnswers(journey, state.index) : {}), []);
  const snapshots = useRef<Prefs[]>([emptyPrefs()]);
  const go = useCallback(
    (to: number) => {
      const next = navigate(plan, state, { type: 'go', to });
      if (next === state || !journey) return;
      if (to > state.index) snapshots.current[to] = clonePrefs(prefs.value);
      else prefs.value = clonePrefs(snapshots.current[to] ?? emptyPrefs());
      situations.replace(journeyAnswers(journey, to));
      onMove(next.journey, next.index);
      setState(next);
    },
    [plan, state, journey, prefs, situations, onMove],
  );
  const n = journey?.steps.length ?? 0;
  const next = useCallback(() => (state.index >= n - 1 ? onEnd() : go(state.index + 1)), [go, state.index, n, onEnd]);
  const prev = useCallback(() => go(state.index - 1), [go, state.index]);
  const pick = (id: string) => {
    const j = plan.journeys.find((x) => x.id === id);
    prefs.value = emptyPrefs();
    snapshots.current = [emptyPrefs()];
    situations.replace(j ? journeyAnswers(j, 0) : {});
    onMove(id, 0);
    setState(navigate(plan, state, { type: 'pick', journey: id }));
    const u = new URL(location.href);
    u.searchParams.set('journey', id);
    history.replaceState(null, '', u);
  };
  return { ...state, journey, prefs, situations, next, prev, pick };
}

interface PaneProps {
  plan: DemoPlan;
  journey: DemoJourney;
  index: number;
  nav: NavState['nav'];
  prefs: MemoryPrefs;
  situations: MemorySituations;
  large: boolean;
  toast: string;
  onReady(info: StageInfo): void;
  onNext(): void;
  onBlocked(): void;
}

/** The simulated page of the current step, under its address bar and the presenter's messages. */
function StagePane({ plan, journey, index, nav, prefs, situations, large, toast, onReady, onNext, onBlocked }: PaneProps) {
  const step = journey.steps[index];
  const page = step && step.page !== null ? plan.pages[step.page] : undefined;
  if (!page) return null;
  return (
    <section class="stage" data-testid="demo-stage" aria-label={t('demo.stage_label')}>
      <AddressBar url={page.url} />
      <p class="toast" role="status" data-testid="demo-toast">
        {toast}
      </p>
      <Stage
        key={`${journey.id}:${index}`}
        page={page}
        journey={journey}
        index={index}
        prefs={prefs}
        situations={situations}
        nav={nav}
        large={large}
        title={t('demo.frame_title', stepTitle(step.portal, step.step, step.state))}
        onReady={onReady}
        onNext={onNext}
        onBlocked={onBlocked}
      />
    </section>
  );
}
