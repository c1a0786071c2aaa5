/**
 * One simulated page: the fixture's HTML in a sandboxed frame (no scripts, no forms, no network), and the
 * real overlay — the same controller, recogniser and components as the content script — running against the
 * frame's document with the page's real address. The overlay host `<compagnon-ent>` lives in this page, in a
 * shadow root laid exactly over the frame (a transformed box: the overlay's fixed-position parts are placed
 * relative to it, i.e. in the frame's viewport).
 */
import { useEffect, useRef } from 'preact/hooks';
import { FEATURES } from '@/overlay/features';
import overlayCss from '@/overlay/style.css?inline';
import featuresCss from '@/overlay/features.css?inline';
import { startController, type Controller, type PrefsStore } from '@/overlay/controller';
import { HOST_TAG } from '@/overlay/host';
import type { DemoJourney, DemoPage } from '@/utils/demo/plan';
import { advance, type JourneyView, type NavKind } from '@/utils/journey';
import { PORTALS } from '@/utils/portals';
import type { PortalId } from '@/utils/portals/types';
import { recognize, type RecognitionResult } from '@/utils/recognize';
import type { Prefs } from '@/utils/storage/prefs';
import demoOverlayCss from './overlay-demo.css?inline';
import { upgradeStandins } from './standins';
import { guardPage } from './click-guard';
import { LARGE_ZOOM, loadFrame, setPageZoom } from './frame';
import { journeyAnswers, MemorySituations } from './situation-memory';

/** The overlay preferences of a demonstration: in memory only, never the family's real ones. */
export class MemoryPrefs implements PrefsStore {
  value: Prefs;
  constructor(start: Prefs = emptyPrefs()) {
    this.value = clonePrefs(start);
  }
  async get(): Promise<Prefs> {
    return clonePrefs(this.value);
  }
  async update(fn: (p: Prefs) => Prefs): Promise<Prefs> {
    this.value = clonePrefs(fn(clonePrefs(this.value)));
    return clonePrefs(this.value);
  }
}
export function emptyPrefs(): Prefs {
  return { minimized: {}, activated: [] };
}
export function clonePrefs(p: Prefs): Prefs {
  return { minimized: { ...p.minimized }, activated: [...p.activated] };
}

export interface StageInfo {
  rec: RecognitionResult | null;
  view: JourneyView | null;
}

interface Props {
  page: DemoPage;
  journey: DemoJourney;
  index: number;
  prefs: PrefsStore;
  /** The family's answers (in memory); default: the journey's situation on this page, for this page alone. */
  situations?: MemorySituations;
  nav?: NavKind;
  large?: boolean;
  /** A picture for the printed guide: not interactive, the help card hidden (its text is printed beside). */
  picture?: boolean;
  title: string;
  onReady?(info: StageInfo): void;
  /** The visitor used the highlighted element (or submitted its form): show the next page. */
  onNext?(): void;
  /** The visitor clicked a link or button that leads elsewhere: nothing happens, say so. */
  onBlocked?(): void;
}

export function Stage(props: Props) {
  const { page, journey, index, prefs, situations, large = false, picture = false, title } = props;
  const frame = useRef<HTMLIFrameElement>(null);
  const layer = useRef<HTMLDivElement>(null);
  const hostRef = useRef<HTMLElement | null>(null);
  const largeRef = useRef(large);
  const cb = useRef(props);
  cb.current = props;
  largeRef.current = large;

  useEffect(() => {
    const iframe = frame.current;
    const box = layer.current;
    if (!iframe || !box) return;
    const host = overlayHost(box, hostRef, { large: () => largeRef.current, picture });
    const at = cb.current;
    let run: (() => void) | null = null;
    let stopped = false;
    const stopLoading = loadFrame(iframe, page.html, () => {
      const doc = iframe.contentDocument;
      if (run || stopped || !doc) return;
      run = runOverlay(doc, host, { props: at, latest: () => cb.current, large: largeRef.current, stopped: () => stopped });
    });
    return () => {
      stopped = true;
      stopLoading();
      run?.();
      host.remove();
    };
  }, [page, journey, index, prefs, situations, picture]);

  // "Texte plus grand" applies at once to the page and the overlay.
  useEffect(() => {
    hostRef.current?.toggleAttribute('data-large', large);
    setPageZoom(frame.current, large);
  }, [large]);

  return (
    <div class="stage-frame">
      <iframe
        ref={frame}
        class="stage-iframe"
        title={title}
        sandbox="allow-same-origin"
        referrerpolicy="no-referrer"
        tabIndex={picture ? -1 : undefined}
      />
      <div ref={layer} class="stage-layer" />
    </div>
  );
}

interface OverlayHost {
  /** The overlay's host `<compagnon-ent>` with its shadow root, laid over the frame (created on demand). */
  mount(): { host: HTMLElement; container: HTMLElement };
  /** Its container, when mounted. */
  container(): HTMLElement | null;
  remove(): void;
}

/** The overlay host in this page, over the frame; `hostRef` follows it for « Texte plus grand ». */
function overlayHost(
  box: HTMLElement,
  hostRef: { current: HTMLElement | null },
  opts: { large(): boolean; picture: boolean },
): OverlayHost {
  let mounted: { host: HTMLElement; container: HTMLElement } | null = null;
  const remove = () => {
    mounted?.host.remove();
    mounted = null;
    hostRef.current = null;
  };
  const mount = () => {
    if (mounted && mounted.host.isConnected) return mounted;
    const host = document.createElement(HOST_TAG);
    const root = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = `${overlayCss}\n${featuresCss}\n${demoOverlayCss}`;
    const container = document.createElement('div');
    root.append(style, container);
    if (opts.large()) host.setAttribute('data-large', '');
    if (opts.picture) host.setAttribute('data-picture', '');
    box.append(host);
    hostRef.current = host;
    mounted = { host, container };
    return mounted;
  };
  return { mount, remove, container: () => mounted?.container ?? null };
}

interface RunInput {
  /** The Stage's props when the page was set. */
  props: Props;
  /** Its latest props (callbacks are read when called). */
  latest(): Props;
  large: boolean;
  stopped(): boolean;
}

/**
 * The real controller on the frame's document, at the page's real address and the presenter's position in
 * the journey; `onReady` once the help has painted. Returns the function that stops it.
 */
function runOverlay(doc: Document, host: OverlayHost, { props, latest, large, stopped }: RunInput): () => void {
  const { page, journey, index, prefs, nav = 'navigate', picture = false } = props;
  upgradeStandins(doc);
  if (large) doc.documentElement.style.setProperty('zoom', LARGE_ZOOM);
  let controller: Controller | null = null;
  let view: JourneyView | null = null;
  const situations = props.situations ?? new MemorySituations(journeyAnswers(journey, index));
  // The family's answer, as given for the journey's portal (on EduConnect too: the answer was given on the ENT).
  const answer = () => situations.peek(journey.owner);
  // Guarded before the controller starts: the page's clicks reach us first.
  const unguard = guardPage(doc, {
    target: () => controller?.current()?.target ?? null,
    picture,
    onNext: () => latest().onNext?.(),
    onBlocked: () => latest().onBlocked?.(),
  });
  const env: Parameters<typeof startController>[0] = {
    doc,
    url: () => page.url,
    recognize: (url, d, opts) => recognize(url, d, PORTALS, opts),
    mount: host.mount,
    remove: host.remove,
    navKind: nav,
    prefs,
    situations,
    features: FEATURES,
    // The presenter chose this position: the journey counter is computed as on the real sites, from it, in the
    // journey of the family's situation.
    journey: async (at, kind, situation) => {
      const state = { journey: journey.id, index, origin: journey.owner, updated: Date.now() };
      const s = situation ?? answer()?.situation ?? journey.steps[index]?.situation ?? null;
      view = advance(state, { ...at, portal: at.portal as PortalId }, PORTALS, kind, Date.now(), s)?.view ?? null;
      return view;
    },
  };
  const started = startController(env);
  controller = started;
  const stopWaiting = whenPainted(started, host, (rec) => !stopped() && latest().onReady?.({ rec, view }));
  return () => {
    stopWaiting();
    unguard();
    started.stop();
  };
}

/** Calls `ready` once the help has painted (or after 4 s), when the highlight's tag has settled. */
function whenPainted(controller: Controller, host: OverlayHost, ready: (rec: RecognitionResult | null) => void): () => void {
  const since = Date.now();
  let timer: ReturnType<typeof setInterval> | null = setInterval(() => {
    const rec = controller.current() ?? null;
    const painted = !!rec && !!host.container()?.firstChild;
    if (painted || Date.now() - since > 4000) {
      if (timer) clearInterval(timer);
      timer = null;
      // Let the highlight's tag settle (it is placed asynchronously).
      requestAnimationFrame(() => requestAnimationFrame(() => ready(rec)));
    }
  }, 50);
  return () => {
    if (timer) clearInterval(timer);
  };
}
