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
export function emptyPrefs(journey?: { activated: readonly string[] }): Prefs {
  return { minimized: {}, activated: [...(journey?.activated ?? [])] };
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

const ACTIONABLE =
  'a[href], area[href], button, input[type=submit], input[type=button], input[type=image], input[type=reset], [role=button], [role=link]';

const LINK = 'a[href], area[href], [role=link]';
/** Fields where Enter sends the form (implicit submission). */
const TEXT_TYPES = new Set(['', 'text', 'password', 'email', 'tel', 'number', 'search', 'url']);

function isSubmit(el: Element): boolean {
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  if (el.localName === 'button') return type === '' || type === 'submit';
  return el.localName === 'input' && (type === 'submit' || type === 'image');
}

/** Page zoom for "Texte plus grand". */
const LARGE_ZOOM = '1.2';

export function Stage(props: Props) {
  const { page, journey, index, prefs, nav = 'navigate', large = false, picture = false, title } = props;
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
    let controller: Controller | null = null;
    let view: JourneyView | null = null;
    let stopped = false;
    let readyTimer: ReturnType<typeof setInterval> | null = null;
    let mounted: { host: HTMLElement; container: HTMLElement } | null = null;
    const cleanups: (() => void)[] = [];

    const mount = () => {
      if (mounted && mounted.host.isConnected) return mounted;
      const host = document.createElement(HOST_TAG);
      const root = host.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = `${overlayCss}\n${demoOverlayCss}`;
      const container = document.createElement('div');
      root.append(style, container);
      if (largeRef.current) host.setAttribute('data-large', '');
      if (picture) host.setAttribute('data-picture', '');
      box.append(host);
      hostRef.current = host;
      mounted = { host, container };
      return mounted;
    };
    const remove = () => {
      mounted?.host.remove();
      mounted = null;
      hostRef.current = null;
    };

    const guard = (doc: Document) => {
      const target = () => controller?.current()?.target ?? null;
      /** The form holding the highlighted element: "sending" it shows the next page. */
      const formOfTarget = (form: HTMLFormElement | null) => {
        const t = target();
        return !!form && !!t && (form === t || form.contains(t));
      };
      const onClick = (e: Event) => {
        const path = e.composedPath();
        const el = path.find((n): n is Element => (n as Element).nodeType === 1 && (n as Element).matches(ACTIONABLE));
        if (!el) return; // typing, ticking a box, choosing in a list: allowed, stays in the page
        e.preventDefault();
        if (picture) return;
        const t = target();
        const submit = isSubmit(el);
        if ((t && path.includes(t)) || (submit && formOfTarget((el as HTMLButtonElement).form))) cb.current.onNext?.();
        else if (submit || el.matches(LINK)) cb.current.onBlocked?.();
        // other buttons (show password…) would need the page's scripts: nothing happens
      };
      const onKey = (e: KeyboardEvent) => {
        const el = e.composedPath()[0] as Element;
        if (e.key === 'Enter' && el?.localName === 'input' && TEXT_TYPES.has((el.getAttribute('type') ?? '').toLowerCase())) {
          e.preventDefault();
          if (formOfTarget((el as HTMLInputElement).form)) cb.current.onNext?.();
          else cb.current.onBlocked?.();
          return;
        }
        const inField = el && /^(input|textarea|select)$/.test(el.localName);
        if (!inField && (e.key === 'PageDown' || e.key === 'PageUp')) {
          // A presenter's remote control sends PageDown / PageUp.
          e.preventDefault();
          window.dispatchEvent(new KeyboardEvent('keydown', { key: e.key }));
        }
      };
      const onSubmit = (e: Event) => e.preventDefault();
      doc.addEventListener('click', onClick, true);
      doc.addEventListener('keydown', onKey, true);
      doc.addEventListener('submit', onSubmit, true);
      cleanups.push(() => {
        doc.removeEventListener('click', onClick, true);
        doc.removeEventListener('keydown', onKey, true);
        doc.removeEventListener('submit', onSubmit, true);
      });
    };

    const start = () => {
      const doc = iframe.contentDocument;
      if (stopped || !doc) return;
      upgradeStandins(doc);
      if (largeRef.current) doc.documentElement.style.setProperty('zoom', LARGE_ZOOM);
      guard(doc);
      controller = startController({
        doc,
        url: () => page.url,
        recognize: (url, d, opts) => recognize(url, d, PORTALS, opts),
        mount,
        remove,
        navKind: nav,
        prefs,
        features: FEATURES,
        // The presenter chose this position: the journey counter is computed as on the real sites, from it.
        journey: async (at, kind) => {
          const state = { journey: journey.id, index, origin: journey.owner, updated: Date.now() };
          view = advance(state, { portal: at.portal as PortalId, step: at.step }, PORTALS, kind)?.view ?? null;
          return view;
        },
      });
      const since = Date.now();
      readyTimer = setInterval(() => {
        const rec = controller?.current() ?? null;
        const painted = !!rec && !!mounted?.container.firstChild;
        if (painted || Date.now() - since > 4000) {
          if (readyTimer) clearInterval(readyTimer);
          readyTimer = null;
          // Let the highlight's tag settle (it is placed asynchronously).
          requestAnimationFrame(() => requestAnimationFrame(() => !stopped && cb.current.onReady?.({ rec, view })));
        }
      }, 50);
    };

    const onLoad = () => {
      // Anything but our own document (a navigation that slipped through) is replaced by the page again.
      let href = '';
      try {
        href = iframe.contentWindow?.location.href ?? '';
      } catch {
        href = 'blocked';
      }
      if (href !== 'about:srcdoc') {
        iframe.srcdoc = page.html;
        return;
      }
      if (!controller) start();
    };
    iframe.addEventListener('load', onLoad);
    iframe.srcdoc = page.html;
    return () => {
      stopped = true;
      iframe.removeEventListener('load', onLoad);
      if (readyTimer) clearInterval(readyTimer);
      cleanups.forEach((f) => f());
      controller?.stop();
      remove();
    };
  }, [page, journey, index, prefs, picture]);

  // "Texte plus grand" applies at once to the page and the overlay.
  useEffect(() => {
    const host = hostRef.current;
    if (host) host.toggleAttribute('data-large', large);
    const doc = frame.current?.contentDocument;
    if (doc?.documentElement && frame.current?.contentWindow?.location.href === 'about:srcdoc') {
      if (large) doc.documentElement.style.setProperty('zoom', LARGE_ZOOM);
      else doc.documentElement.style.removeProperty('zoom');
    }
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
