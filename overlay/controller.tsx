/**
 * The overlay controller: recognises the page, keeps `<compagnon-ent data-portal data-step>` in step with it,
 * and renders the help card, the highlight and the features (password checklist, remembered choices…).
 * It runs in the content script and, unchanged, in the demonstration page (issue 7): everything it needs
 * from the outside comes through `ControllerEnv`. This is the runner: what a pass changes is decided by
 * `reconcile` (./state.ts, pure); here its effects are applied.
 */
import { render } from 'preact';
import type { JourneyView, NavKind } from '@/utils/journey';
import type { PortalDef, PortalId, Situation, StepDef } from '@/utils/portals/types';
import type { Failed, RecognitionResult, RecognizeOptions } from '@/utils/recognize';
import { deduceSituation, type Deduction, type SituationMemory } from '@/utils/situation';
import type { Prefs } from '@/utils/storage/prefs';
import { watchPage } from '@/utils/watch';
import { App } from './app';
import type { Feature, SituationContext } from './feature';
import { TARGET_ATTR } from './host';
import { overlayLens, type FailedSteps } from './lens';
import { serialPasses } from './passes';
import type { JourneyAt } from './state';
import { memorySituationStore, type SituationAnswer, type SituationStore } from './situation-store';
import {
  initialState,
  journeyLoaded,
  originChanged,
  painted,
  reconcile,
  repaintAsked,
  type AnswerSeen,
  type Effect,
  type OverlayState,
} from './state';
import { moveTargetMark } from './target';

export interface ControllerEnv {
  doc: Document;
  url(): string;
  /** Create (or return) the UI host and its render container; `remove` takes the host out of the page. */
  mount(): { host: HTMLElement; container: HTMLElement };
  remove(): void;
  /**
   * Journey position for the recognised step, in the journey of the family's situation (background in the
   * extension, local in the demo); `situation` null: not known, so no journey (null) and no counter.
   */
  journey(at: JourneyAt, nav: NavKind, situation: Situation | null): Promise<JourneyView | null>;
  features?: readonly Feature[];
  /** The recogniser bound to the portal data (`recognize(url, doc, PORTALS, opts)`): the content script's
   * entry holds both and hands them over, so the UI module does not carry a second copy. */
  recognize(url: string, doc: Document, opts?: RecognizeOptions): RecognitionResult | null;
  navKind?: NavKind;
  /** Where the overlay preferences live (the content script: the extension's storage; the demo keeps its own
   * in memory). */
  prefs: PrefsStore;
  /** Where the family's answer (its situation, per portal) is kept (the content script: the extension's
   * storage; default: in memory, for this page only). */
  situations?: SituationStore;
  /** Awaited once, after the host is in the page and before the help card's first render: the content script
   * yields a task there, so that its start (shadow root, recognition, host) and the first render (first
   * layout) are two tasks of the page, neither of them long; not in the DOMContentLoaded task, where the card
   * is rendered at once to be in the page's first frame (docs/decisions/first-card.md). */
  beforeFirstPaint?: () => Promise<void>;
}

export interface PrefsStore {
  get(): Promise<Prefs>;
  update(fn: (p: Prefs) => Prefs): Promise<unknown>;
}

export interface Controller {
  /** Re-run recognition now (also runs on mutations, history changes and user input); `repaint` redraws
   * even when the step did not change (language switched). */
  refresh(repaint?: boolean): Promise<void>;
  stop(): void;
  current(): RecognitionResult | null;
  /** The journey position the card shows (null: none, e.g. no situation known). */
  journey(): JourneyView | null;
}

/** What the runner holds between passes: the overlay's state and the UI host it rendered into. */
interface Runner {
  state: OverlayState;
  ui: { host: HTMLElement; container: HTMLElement } | null;
  readonly prefs: PrefsStore;
  readonly situations: SituationStore;
  /** The card's question and « Ce n'est pas ma situation »: keep the answer, then a pass at once. */
  answer(portal: PortalId, a: SituationAnswer | null): Promise<void>;
  /** A pass soon (throttled). */
  schedule(): void;
}

export function startController(env: ControllerEnv): Controller {
  const r: Runner = {
    state: initialState(env.navKind ?? 'navigate'),
    ui: null,
    prefs: env.prefs,
    situations: env.situations ?? memorySituationStore(),
    answer: async (portal, a) => {
      await r.situations.set(portal, a).catch(() => {});
      watch.settle();
      await passes.now();
    },
    schedule: () => passes.schedule(),
  };
  const { apply, clear } = applier(env, r);
  const pass = async () => {
    watch.observeShadowRoots();
    const prefs = await r.prefs.get();
    const url = env.url();
    const found = await recognizeFor(env, url, r.situations, r.state.origin);
    const { situation, answer } = found;
    // Features may change what the family must act on now (a banner over the target: close it first).
    const rec = found.rec && (env.features ?? []).reduce((x, f) => f.adjust?.(x, env.doc) ?? x, found.rec);
    const before = r.state;
    const { next, effects } = reconcile(r.state, { rec, url, prefs, hostConnected: !!r.ui?.host.isConnected, situation, answer });
    r.state = next;
    if (rec) lastPortal = rec.portalDef;
    failed = found.failed;
    watch.passed(answerChanged(before, next));
    counted++;
    for (const e of effects) {
      // Stopped meanwhile (page left, extension reloaded): nothing more goes into the page.
      if (passes.stopped) return;
      const wait = apply(e);
      if (wait) await wait;
    }
  };
  let counted = 0;
  /** The portal of the last step seen: a page that stopped being a step is watched for its steps still. */
  let lastPortal: PortalDef | null = null;
  /** Why the other steps were not the page, at the last pass (the lens reads what they lack). */
  let failed: FailedSteps = new Map();
  const passes = serialPasses(async () => {
    await pass();
    setAttrs(r.ui?.host, { 'data-passes': String(counted) });
  }, 150);
  // The answer changed elsewhere (options page, popup, another tab): this page follows at once.
  const unwatchSituations = r.situations.watch?.(() => passes.schedule()) ?? (() => {});
  // Counted on the host (`data-passes`, `data-rechecks`: mutation batches that asked for a pass), for tests and
  // for anyone wondering what the help costs on a busy page.
  let asked = 0;
  const watch = watchPage(env.doc, (ms, why) => {
    if (why === 'change') setAttrs(r.ui?.host, { 'data-rechecks': String(++asked) });
    passes.schedule(ms);
  }, {
    attributeFilter: ['class', 'hidden', 'style', 'aria-expanded', 'aria-invalid', 'open', 'disabled', 'checked', 'id'],
    // Our own UI, its host going in and the target marker we set are not page changes (the host taken out
    // is: the page removed it).
    ignore: (m) => {
      const host = r.ui?.host;
      if (host && (m.target === host || host.contains(m.target))) return true;
      if (host && m.type === 'childList' && !m.removedNodes.length && m.addedNodes.length === 1 && m.addedNodes[0] === host) return true;
      return m.type === 'attributes' && m.attributeName === TARGET_ATTR;
    },
    historyEvents: ['popstate', 'hashchange', 'pageshow'],
    lens: () => overlayLens(r.state, lastPortal, failed, env.url(), env.doc),
  });
  void passes.now();

  return {
    refresh: async (repaint = false) => {
      if (repaint) r.state = repaintAsked(r.state);
      watch.settle();
      await passes.now();
    },
    current: () => r.state.rec,
    journey: () => r.state.journey,
    stop() {
      passes.stop();
      watch.stop();
      unwatchSituations();
      moveTargetMark(r.state.target, null);
      r.state = { ...r.state, target: null };
      clear();
    },
  };
}

/** Did a pass find another answer (step, state, road, target, address)? The same one backs the watch off. */
function answerChanged(a: OverlayState, b: OverlayState): boolean {
  return a.signature !== b.signature || a.url !== b.url || a.target !== b.target || a.rec?.step !== b.rec?.step || !!a.rec !== !!b.rec;
}

/** How each effect is applied to the page; only those that wait (a task, a message, storage) return a promise. */
function applier(env: ControllerEnv, r: Runner) {
  const features = env.features ?? [];
  const paint = () => {
    r.state = painted(r.state);
    const { rec, journey, minimized } = r.state;
    if (!rec || !r.ui) return;
    const app = (
      <App
        rec={rec}
        journey={journey}
        minimizedInit={minimized}
        doc={env.doc}
        features={features}
        prefs={r.prefs}
        situation={situationContext(r)}
      />
    );
    render(app, r.ui.container);
  };
  const clear = () => {
    if (r.ui) render(null, r.ui.container);
    env.remove();
    r.ui = null;
  };
  const apply = (e: Effect): Promise<void> | void => {
    switch (e.type) {
      case 'markTarget':
        return moveTargetMark(e.previous, e.target);
      case 'mount':
        r.ui = env.mount();
        return;
      case 'remove':
        return clear();
      case 'setAttrs':
        return setAttrs(r.ui?.host, e.attrs);
      case 'journeyAttr':
        return setAttrs(r.ui?.host, { 'data-journey': r.state.journey?.journey ?? null });
      case 'beforeFirstPaint':
        return env.beforeFirstPaint?.();
      case 'paint':
        return paint();
      case 'ensurePainted':
        if (r.state.forcePaint || !r.ui?.container.firstChild) paint();
        return;
      case 'fetchJourney':
        return env
          .journey(e.at, e.nav, e.situation)
          .catch(() => null)
          .then((j) => {
            const before = r.state;
            r.state = journeyLoaded(r.state, j);
            // The journey started on another portal (EduConnect reached from an ENT): its answer applies here.
            if (originChanged(before, r.state)) r.schedule();
          });
      case 'rememberSituation':
        return r.situations.set(e.portal, e.answer).catch(() => {});
    }
  };
  return { apply, clear };
}

interface Recognised {
  rec: RecognitionResult | null;
  /** Why the other steps were not the page (utils/recognize.ts `RecognizeOptions.failed`). */
  failed: FailedSteps;
  situation?: Deduction;
  answer?: AnswerSeen | null;
}

/**
 * The recognition on the family's road: the page first (the step, its evidence), then the answer kept for the
 * journey's origin portal or this one (utils/situation.ts `deduceSituation`), then the step's help and ring
 * for that road. A step that has no road-dependent help is recognised once.
 */
async function recognizeFor(env: ControllerEnv, url: string, store: SituationStore, origin: PortalId | null): Promise<Recognised> {
  const failed = new Map<StepDef, Failed>();
  const rec = env.recognize(url, env.doc, { failed });
  if (!rec) return { rec, failed };
  const from = origin && origin !== rec.portal ? origin : null;
  const [own, theirs] = await Promise.all([
    store.get(rec.portal).catch(() => null),
    from ? store.get(from).catch(() => null) : null,
  ]);
  const memory: SituationMemory = {};
  if (own) memory[rec.portal] = own;
  if (from && theirs) memory[from] = theirs;
  const situation = deduceSituation(rec, memory, from);
  // Where the answer is kept: the origin's when it has one (the family answered there), else this portal's.
  const portal = from && theirs ? from : rec.portal;
  const answer: AnswerSeen = { portal, answer: memory[portal] ?? null };
  const state = rec.state ? rec.stepDef.states?.find((x) => x.id === rec.state) : undefined;
  const varies = !!(rec.stepDef.bySituation || state?.bySituation);
  if (!varies || (!situation.situation && !situation.academie)) return { rec: { ...rec, situation: situation.situation }, failed, situation, answer };
  const onRoad = env.recognize(url, env.doc, { situation: situation.situation, academie: situation.academie });
  // The page changed between the two looks (a mutation mid-pass): the next pass sees it.
  if (!onRoad || onRoad.step !== rec.step || onRoad.portal !== rec.portal) return { rec: { ...rec, situation: situation.situation }, failed, situation, answer };
  return { rec: onRoad, failed, situation, answer };
}

/** What the card's question needs: the deduction, and where the family's answer goes. */
function situationContext(r: Runner): SituationContext | undefined {
  const rec = r.state.rec;
  if (!rec) return undefined;
  const portal = r.state.answer?.portal ?? rec.portal;
  return {
    deduction: r.state.situation,
    current: r.state.answer?.answer ?? null,
    answer: (a) => r.answer(portal, a),
  };
}

function setAttrs(host: HTMLElement | undefined, attrs: Record<string, string | null>): void {
  for (const [name, value] of Object.entries(attrs)) {
    // Unchanged values are not written again: a write is a mutation (and a style invalidation) of the page.
    if (value === null) host?.removeAttribute(name);
    else if (host?.getAttribute(name) !== value) host?.setAttribute(name, value);
  }
}
