/**
 * The overlay controller: recognises the page, keeps `<compagnon-ent data-portal data-step>` in step with it,
 * and renders the help card, the highlight and the features (password checklist, remembered choices…).
 * It runs in the content script and, unchanged, in the demonstration page (issue 7): everything it needs
 * from the outside comes through `ControllerEnv`. This is the runner: what a pass changes is decided by
 * `reconcile` (./state.ts, pure); here its effects are applied.
 */
import { render } from 'preact';
import type { JourneyView, NavKind } from '@/utils/journey';
import type { RecognitionResult, RecognizeOptions } from '@/utils/recognize';
import { prefsItem, type Prefs } from '@/utils/storage/prefs';
import { watchPage } from '@/utils/watch';
import { App } from './app';
import type { Feature } from './feature';
import { HOST_TAG, TARGET_ATTR } from './host';
import { serialPasses } from './passes';
import { initialState, journeyLoaded, painted, reconcile, repaintAsked, type Effect, type OverlayState } from './state';
import { moveTargetMark } from './target';

export interface ControllerEnv {
  doc: Document;
  url(): string;
  /** Create (or return) the UI host and its render container; `remove` takes the host out of the page. */
  mount(): { host: HTMLElement; container: HTMLElement };
  remove(): void;
  /** Journey position for the recognised step (background in the extension, local in the demo). */
  journey(at: { portal: string; step: string }, nav: NavKind): Promise<JourneyView | null>;
  features?: readonly Feature[];
  /** The recogniser bound to the portal data (`recognize(url, doc, PORTALS, opts)`): the content script's
   * entry holds both and hands them over, so the UI module does not carry a second copy. */
  recognize(url: string, doc: Document, opts?: RecognizeOptions): RecognitionResult | null;
  navKind?: NavKind;
  /** Where the overlay preferences live (default: the extension's storage; the demo keeps its own in memory). */
  prefs?: PrefsStore;
  /** Awaited once, after the host is in the page and before the help card's first render: the content script
   * yields a task there, so that its start (shadow root, recognition, host) and the first render (cold code,
   * first layout) are two tasks of the page, neither of them long. */
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
}

/** What the runner holds between passes: the overlay's state and the UI host it rendered into. */
interface Runner {
  state: OverlayState;
  ui: { host: HTMLElement; container: HTMLElement } | null;
  readonly prefs: PrefsStore;
}

export function startController(env: ControllerEnv): Controller {
  const r: Runner = { state: initialState(env.navKind ?? 'navigate'), ui: null, prefs: env.prefs ?? prefsItem };
  const { apply, clear } = applier(env, r);
  const pass = async () => {
    watch.observeShadowRoots();
    const prefs = await r.prefs.get();
    const url = env.url();
    const rec = recognizeFor(env, url, prefs);
    const { next, effects } = reconcile(r.state, { rec, url, prefs, hostConnected: !!r.ui?.host.isConnected });
    r.state = next;
    for (const e of effects) {
      // Stopped meanwhile (page left, extension reloaded): nothing more goes into the page.
      if (passes.stopped) return;
      const wait = apply(e);
      if (wait) await wait;
    }
  };
  const passes = serialPasses(pass, 150);
  const watch = watchPage(env.doc, passes.schedule, {
    attributeFilter: ['class', 'hidden', 'style', 'aria-expanded', 'aria-invalid', 'open', 'disabled', 'checked', 'id'],
    // Our own UI and the target marker we set are not page changes.
    ignore: (m) => {
      const n = m.target as Element;
      if (n === r.ui?.host || (n.nodeType === 1 && n.closest?.(HOST_TAG))) return true;
      return m.type === 'attributes' && m.attributeName === TARGET_ATTR;
    },
    historyEvents: ['popstate', 'hashchange', 'pageshow'],
  });
  void passes.now();

  return {
    refresh: async (repaint = false) => {
      if (repaint) r.state = repaintAsked(r.state);
      watch.settle();
      await passes.now();
    },
    current: () => r.state.rec,
    stop() {
      passes.stop();
      watch.stop();
      moveTargetMark(r.state.target, null);
      r.state = { ...r.state, target: null };
      clear();
    },
  };
}

/** How each effect is applied to the page; only those that wait (a task, a message, storage) return a promise. */
function applier(env: ControllerEnv, r: Runner) {
  const features = env.features ?? [];
  const paint = () => {
    r.state = painted(r.state);
    const { rec, journey, minimized } = r.state;
    if (!rec || !r.ui) return;
    const app = <App rec={rec} journey={journey} minimizedInit={minimized} doc={env.doc} features={features} prefs={r.prefs} />;
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
        return env.journey(e.at, e.nav).catch(() => null).then((j) => void (r.state = journeyLoaded(r.state, j)));
      case 'markActivated':
        return r.prefs.update((p) => ({ ...p, activated: [...p.activated, e.portal].slice(-20) })).then(() => {}, () => {});
    }
  };
  return { apply, clear };
}

/** The recognition, with the step's first-visit variant while the family never got past this portal. */
function recognizeFor(env: ControllerEnv, url: string, prefs: Prefs): RecognitionResult | null {
  const rec = env.recognize(url, env.doc);
  if (rec && !prefs.activated.includes(rec.portal) && rec.stepDef.firstVisit) {
    return env.recognize(url, env.doc, { firstVisit: true });
  }
  return rec;
}

function setAttrs(host: HTMLElement | undefined, attrs: Record<string, string | null>): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null) host?.removeAttribute(name);
    else host?.setAttribute(name, value);
  }
}
