/**
 * The overlay controller: recognises the page, keeps `<compagnon-ent data-portal data-step>` in step with it,
 * and renders the help card, the highlight and the features (password checklist, remembered choices…).
 * It runs in the content script and, unchanged, in the demonstration page (issue 7): everything it needs
 * from the outside comes through `ControllerEnv`.
 */
import type { ComponentChildren, VNode } from 'preact';
import { render } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { HelpPanel } from '@/components/HelpPanel';
import { Highlight } from '@/components/Highlight';
import { aroundCache, distance, rectOf, type Obstacle } from '@/components/placement';
import { buildContent } from '@/utils/help-content';
import { t } from '@/utils/i18n';
import type { JourneyView, NavKind } from '@/utils/journey';
import type { RecognitionResult, RecognizeOptions } from '@/utils/recognize';
import { prefsItem, type Prefs } from '@/utils/storage/prefs';
import { watchPage } from '@/utils/watch';

export const HOST_TAG = 'compagnon-ent';
export const TARGET_ATTR = 'data-compagnon-target';

export interface FeatureContext {
  rec: RecognitionResult;
  doc: Document;
}

/** A feature adds UI for some steps: inside the help card (`panel`) and/or on the page layer (`layer`). */
export interface Feature {
  id: string;
  panel?(ctx: FeatureContext): VNode | null;
  /** Card content shown first, right under the title: something to act on at once (a remembered choice). */
  lead?(ctx: FeatureContext): VNode | null;
  layer?(ctx: FeatureContext): VNode | null;
}

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

interface ViewState {
  rec: RecognitionResult;
  journey: JourneyView | null;
}

function App({ view, env, minimizedInit }: { view: ViewState; env: ControllerEnv; minimizedInit: boolean }) {
  const { rec } = view;
  const [minimized, setMinimized] = useState(minimizedInit);
  const key = `${rec.portal}/${rec.step}`;
  useEffect(() => setMinimized(minimizedInit), [key, minimizedInit]);
  const onMinimize = useCallback(
    (min: boolean) => {
      setMinimized(min);
      void (env.prefs ?? prefsItem).update((p) => ({ ...p, minimized: { ...p.minimized, [key]: min } })).catch(() => {});
    },
    [key, env],
  );
  const avoid = useCallback(() => {
    const rects: DOMRect[] = [];
    const active = deepActive(env.doc);
    if (active && active !== env.doc.body && !isOwnUi(active)) rects.push(active.getBoundingClientRect());
    if (rec.target?.isConnected) rects.push(rec.target.getBoundingClientRect());
    return rects;
  }, [rec.target, env.doc]);
  // The form around the element to use (or the focused field): its fields, buttons and labels, and the
  // form itself, for the card to keep clear when there is room. Looked up again at most twice a second.
  const nearby = useRef(aroundCache(NEAR_CARD, isOwnUi));
  const near = useCallback((): Obstacle[] => {
    const active = deepActive(env.doc);
    const focused = active && active !== env.doc.body && !isOwnUi(active) ? active : null;
    const anchor = rec.target?.isConnected ? rec.target : focused;
    if (!anchor) return [];
    const a = nearby.current(anchor);
    const out: Obstacle[] = [];
    const t = rectOf(anchor);
    for (const el of [...a.neighbours, ...a.labels]) {
      const r = rectOf(el);
      // Right next to the target (the other profile tile, the field's own button) matters most.
      if (r) out.push({ rect: r, weight: t && distance(r, t) <= 24 ? 1.5 : 1 });
    }
    const f = a.form && rectOf(a.form);
    if (f) out.push({ rect: f, weight: 0.5 });
    return out;
  }, [rec.target, env.doc]);

  const hasTargets = !!rec.stepDef.target?.length;
  const content = buildContent({
    portal: rec.portal,
    step: rec.step,
    state: rec.state,
    help: rec.help,
    targetFound: !hasTargets || !!rec.target,
    journey: view.journey,
  });
  const ctx: FeatureContext = { rec, doc: env.doc };
  const panelExtras: ComponentChildren[] = [];
  const leadExtras: ComponentChildren[] = [];
  const layers: ComponentChildren[] = [];
  for (const f of env.features ?? []) {
    const p = f.panel?.(ctx);
    if (p) panelExtras.push(<div key={f.id} data-feature={f.id}>{p}</div>);
    const ld = f.lead?.(ctx);
    if (ld) leadExtras.push(<div key={f.id} data-feature-lead={f.id}>{ld}</div>);
    const l = f.layer?.(ctx);
    if (l) layers.push(<div key={f.id} data-feature-layer={f.id}>{l}</div>);
  }
  return (
    <>
      {rec.target && !minimized && (
        <Highlight target={rec.target} label={t('overlay.target_hint')} dir={content.dir} lang={content.lang} />
      )}
      {layers}
      <HelpPanel content={content} minimized={minimized} onMinimize={onMinimize} avoid={avoid} near={near} view={env.doc.defaultView} lead={leadExtras}>
        {panelExtras}
      </HelpPanel>
    </>
  );
}

/** Page elements this far from the element to use count as its surroundings, for the card. */
const NEAR_CARD = 320;

function isOwnUi(el: Element): boolean {
  return el.localName === HOST_TAG;
}

/** The focused element, looking through open shadow roots (but not into our own UI). */
export function deepActive(doc: Document): Element | null {
  let a: Element | null = doc.activeElement;
  while (a && a.shadowRoot && a.shadowRoot.activeElement && !isOwnUi(a)) a = a.shadowRoot.activeElement;
  return a;
}

function signature(rec: RecognitionResult | null): string {
  return rec ? `${rec.portal}|${rec.step}|${rec.state ?? ''}|${rec.help}` : '';
}

export interface Controller {
  /** Re-run recognition now (also runs on mutations, history changes and user input); `repaint` redraws
   * even when the step did not change (language switched). */
  refresh(repaint?: boolean): Promise<void>;
  stop(): void;
  current(): RecognitionResult | null;
}

export function startController(env: ControllerEnv): Controller {
  const prefsStore: PrefsStore = env.prefs ?? prefsItem;
  let current: RecognitionResult | null = null;
  let currentUrl = '';
  let journey: JourneyView | null = null;
  let container: HTMLElement | null = null;
  let host: HTMLElement | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  let again = false;
  let stopped = false;
  let markedTarget: Element | null = null;
  let nav: NavKind = env.navKind ?? 'navigate';
  let firstPaint = true;

  const markTarget = (el: Element | null) => {
    if (markedTarget && markedTarget !== el) markedTarget.removeAttribute(TARGET_ATTR);
    if (el && el !== markedTarget) {
      // Read before writing: no layout is forced by our own change.
      const seen = inViewport(el);
      el.setAttribute(TARGET_ATTR, '');
      if (!seen) scrollIntoViewGently(el);
    }
    markedTarget = el;
  };

  const paint = async (known?: Prefs) => {
    if (!current) return;
    const prefs = known ?? (await prefsStore.get());
    if (stopped || !current || !container) return;
    const minimized = !!prefs.minimized[`${current.portal}/${current.step}`];
    render(<App view={{ rec: current, journey }} env={env} minimizedInit={minimized} />, container);
  };

  let forcePaint = false;
  const run = async () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      watch.observeShadowRoots();
      const prefs = await prefsStore.get();
      const url = env.url();
      const first = (rec: RecognitionResult | null) =>
        !!rec && !prefs.activated.includes(rec.portal);
      let rec = env.recognize(url, env.doc);
      if (rec && first(rec) && rec.stepDef.firstVisit) rec = env.recognize(url, env.doc, { firstVisit: true });
      if (!rec) {
        if (current || host) {
          current = null;
          journey = null;
          markTarget(null);
          if (container) render(null, container);
          env.remove();
          host = container = null;
        }
        return;
      }
      const changed = signature(rec) !== signature(current) || url !== currentUrl;
      const targetChanged = rec.target !== current?.target;
      const stepChanged = !current || rec.portal !== current.portal || rec.step !== current.step || url !== currentUrl;
      current = rec;
      currentUrl = url;
      // On a new step the target is looked at before our host element goes in: the page's layout is clean
      // then, and the first forced layout is the one of the card's first render.
      if (stepChanged) markTarget(rec.target);
      if (!host || !host.isConnected) {
        const m = env.mount();
        host = m.host;
        container = m.container;
      }
      host.setAttribute('data-portal', rec.portal);
      host.setAttribute('data-step', rec.step);
      if (rec.state) host.setAttribute('data-state', rec.state);
      else host.removeAttribute('data-state');
      if (stepChanged) {
        // Show the help at once; the journey position (a message round trip) follows.
        journey = null;
        if (firstPaint) {
          firstPaint = false;
          await env.beforeFirstPaint?.();
        }
        await paint(prefs);
        const shown = rec;
        journey = await env.journey({ portal: rec.portal, step: rec.step }, nav).catch(() => null);
        nav = 'navigate';
        if (current === shown) forcePaint = true;
        if (rec.step === 'services' || rec.step === 'activation-done') {
          if (!prefs.activated.includes(rec.portal)) {
            await prefsStore
              .update((p) => ({ ...p, activated: [...p.activated, rec!.portal].slice(-20) }))
              .catch(() => {});
          }
        }
      }
      if (journey) host.setAttribute('data-journey', journey.journey);
      else host.removeAttribute('data-journey');
      markTarget(rec.target);
      if (changed || targetChanged || forcePaint || !container?.firstChild) {
        forcePaint = false;
        await paint(prefs);
      }
    } finally {
      running = false;
      if (again && !stopped) {
        again = false;
        schedule();
      }
    }
  };

  // Throttled: at most one pass every 150 ms however fast the page mutates.
  const schedule = () => {
    if (timer || stopped) return;
    timer = setTimeout(() => {
      timer = null;
      void run();
    }, 150);
  };

  const watch = watchPage(env.doc, schedule, {
    attributeFilter: ['class', 'hidden', 'style', 'aria-expanded', 'aria-invalid', 'open', 'disabled', 'checked', 'id'],
    // Our own UI and the target marker we set are not page changes.
    ignore: (r) => {
      const n = r.target as Element;
      if (n === host || (n.nodeType === 1 && n.closest?.(HOST_TAG))) return true;
      return r.type === 'attributes' && r.attributeName === TARGET_ATTR;
    },
    historyEvents: ['popstate', 'hashchange', 'pageshow'],
  });
  void run();

  return {
    refresh: async (repaint = false) => {
      if (repaint) forcePaint = true;
      watch.settle();
      await run();
    },
    current: () => current,
    stop() {
      stopped = true;
      watch.stop();
      if (timer) clearTimeout(timer);
      markTarget(null);
      if (container) render(null, container);
      env.remove();
    },
  };
}

/** Fully visible, and on phones above the help sheet's collapsed bar at the bottom. */
function inViewport(el: Element): boolean {
  const r = el.getBoundingClientRect();
  const win = el.ownerDocument.defaultView;
  const h = win?.innerHeight ?? 0;
  const reserve = win && win.innerWidth < 600 ? 110 : 0;
  return r.top >= 0 && r.bottom <= h - reserve;
}

function scrollIntoViewGently(el: Element): void {
  const reduce = el.ownerDocument.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  try {
    el.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  } catch {
    /* old engines */
  }
}
