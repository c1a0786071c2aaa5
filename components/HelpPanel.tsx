/**
 * The help card. It knows nothing about portals: it renders the already-translated content it is given.
 * Never takes focus by itself; keeps away from the field the user types in (the controller passes `avoid`).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface StuckItem {
  q: string;
  a: string;
}

export interface HelpContent {
  /** Stable key of what is shown (portal/step/state): minimise state and announcements follow it. */
  key: string;
  brand: string;
  title: string;
  counter?: string;
  origin?: string;
  body: string[];
  nextLabel: string;
  next?: string;
  then?: string;
  stuckTitle: string;
  stuck: StuckItem[];
  /** Shown when the element to use could not be found on the page. */
  missingTarget?: string;
  labels: { minimize: string; reopen: string; region: string };
  dir: 'ltr' | 'rtl';
  lang: string;
}

export type Corner = 'br' | 'bl' | 'tr' | 'tl';

interface Props {
  content: HelpContent;
  minimized: boolean;
  onMinimize(min: boolean): void;
  /** Rectangles the card must not cover (focused field, highlighted element). */
  avoid?: () => Box[];
  /**
   * The window of the page being helped: its viewport, focus and scrolling decide the corner (default: this
   * window; the demonstration page passes the simulated page's frame).
   */
  view?: Window | null;
  children?: ComponentChildren;
}

const CORNERS: Corner[] = ['br', 'bl', 'tr', 'tl'];

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

function intersects(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** The first corner where a card of this size covers none of the rectangles to avoid. */
export function chooseCorner(
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  avoid: Box[],
  margin = 16,
): Corner {
  for (const c of CORNERS) {
    const left = c.endsWith('r') ? viewport.width - size.width - margin : margin;
    const top = c.startsWith('b') ? viewport.height - size.height - margin : margin;
    const r: Box = { left, top, right: left + size.width, bottom: top + size.height, ...size };
    if (!avoid.some((a) => a.width > 0 && a.height > 0 && intersects(r, a))) return c;
  }
  return 'br';
}

export function HelpPanel({ content, minimized, onMinimize, avoid, view, children }: Props) {
  const card = useRef<HTMLElement>(null);
  const [corner, setCorner] = useState<Corner>('br');
  const [announce, setAnnounce] = useState('');

  // Announce step changes politely (WCAG 4.1.3), not on every render.
  useEffect(() => {
    setAnnounce(content.counter ? `${content.counter}. ${content.title}` : content.title);
  }, [content.key]);

  // Keep clear of the focused field and the highlighted element.
  useLayoutEffect(() => {
    const place = () => {
      const el = card.current;
      if (!el || !avoid) return;
      const r = el.getBoundingClientRect();
      const vw = win.visualViewport?.width ?? win.innerWidth;
      const vh = win.visualViewport?.height ?? win.innerHeight;
      setCorner(chooseCorner({ width: r.width, height: r.height }, { width: vw, height: vh }, avoid()));
    };
    const win = view ?? window;
    place();
    const doc = win.document;
    doc.addEventListener('focusin', place, true);
    win.addEventListener('resize', place);
    win.addEventListener('scroll', place, { passive: true, capture: true });
    return () => {
      doc.removeEventListener('focusin', place, true);
      win.removeEventListener('resize', place);
      win.removeEventListener('scroll', place, true);
    };
  }, [content.key, minimized, avoid, view]);

  return (
    <div class="ce-root" dir={content.dir} lang={content.lang}>
      <div class="ce-sr-only" role="status" aria-live="polite" data-testid="ce-live">
        {announce}
      </div>
      {minimized ? (
        <button
          type="button"
          class={`ce-fab ce-${corner}`}
          data-testid="ce-reopen"
          aria-label={content.labels.reopen}
          title={content.labels.reopen}
          onClick={() => onMinimize(false)}
        >
          <span aria-hidden="true">?</span>
        </button>
      ) : (
        <section
          ref={card}
          class={`ce-card ce-${corner}`}
          role="region"
          aria-label={content.labels.region}
          data-testid="ce-panel"
        >
          <header class="ce-head">
            <span class="ce-brand">{content.brand}</span>
            {content.counter && (
              <span class="ce-counter" data-testid="ce-counter">
                {content.counter}
              </span>
            )}
            <button
              type="button"
              class="ce-min"
              data-testid="ce-minimize"
              aria-label={content.labels.minimize}
              title={content.labels.minimize}
              onClick={() => onMinimize(true)}
            >
              <span aria-hidden="true">–</span>
            </button>
          </header>
          <div class="ce-scroll">
            {content.origin && (
              <p class="ce-origin" data-testid="ce-origin">
                {content.origin}
              </p>
            )}
            <h2 class="ce-title" data-testid="ce-title">
              {content.title}
            </h2>
            {content.body.map((p, i) => (
              <p key={i} class="ce-p">
                {p}
              </p>
            ))}
            {content.missingTarget && <p class="ce-missing">{content.missingTarget}</p>}
            {children}
            {content.next && (
              <p class="ce-next" data-testid="ce-next">
                <strong>{content.nextLabel}</strong> {content.next}
              </p>
            )}
            {content.then && <p class="ce-then">{content.then}</p>}
            {content.stuck.length > 0 && (
              <details class="ce-stuck" data-testid="ce-stuck">
                <summary>{content.stuckTitle}</summary>
                <ul>
                  {content.stuck.map((s, i) => (
                    <li key={i}>
                      <strong>{s.q}</strong>
                      <span>{s.a}</span>
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        </section>
      )}
    </div>
  );
}
