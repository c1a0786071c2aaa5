/**
 * The help card. It knows nothing about portals: it renders the already-translated content it is given.
 * Never takes focus by itself; keeps away from the field the user types in (the controller passes `avoid`).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { intersects, overlapCost, type Obstacle } from './placement';
import { Text } from './Text';

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
  labels: { minimize: string; reopen: string; region: string; expand: string; collapse: string };
  dir: 'ltr' | 'rtl';
  lang: string;
}

export type Corner = 'br' | 'bl' | 'tr' | 'tl' | 'b' | 't';

interface Props {
  content: HelpContent;
  minimized: boolean;
  onMinimize(min: boolean): void;
  /** Rectangles the card must not cover, most important first (the focused field, then the highlight). */
  avoid?: () => Box[];
  /**
   * Page elements to keep clear when there is room (the fields, buttons and form around the highlighted
   * element), with what covering each costs. Ignored on phones (the card is a bottom sheet there).
   */
  near?: () => readonly Obstacle[];
  /**
   * The window of the page being helped: its viewport, focus and scrolling decide the placement (default:
   * this window; the demonstration page passes the simulated page's frame).
   */
  view?: Window | null;
  children?: ComponentChildren;
  /** Extra content shown first, under the title (an offer the user acts on: a remembered choice). */
  lead?: ComponentChildren;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}


/** Below this width the card becomes a bottom sheet (phones). */
export const COMPACT_MAX_WIDTH = 599;

export interface Placement {
  corner: Corner;
  /** Set when the card must shrink to fit above or below the focused field. */
  maxHeight?: number;
}

/** Covering page elements costs this little or less than the best place: the reading order decides. */
const COST_TOLERANCE = 0.05;

/**
 * Where to put the card: among the places that cover none of the rectangles to avoid, the one that covers
 * the least of the `soft` page elements (the form and fields around the target), the first in reading order
 * for the language when several are as good; if no place avoids them all, drop the least important
 * rectangle and try again. The first
 * rectangle (the focused field) is never covered: when no place is free at full size, the card goes to the
 * larger free band above or below it and shrinks to fit (it scrolls inside).
 */
export function chooseCorner(
  size: { width: number; height: number },
  viewport: { width: number; height: number; bottomInset?: number },
  avoid: Box[],
  opts: { margin?: number; rtl?: boolean; compact?: boolean; soft?: readonly Obstacle[] } = {},
): Placement {
  const margin = opts.compact ? 0 : (opts.margin ?? 16);
  const inset = viewport.bottomInset ?? 0;
  // The page around the target counts on wide screens only (on phones the card is a bottom sheet).
  const soft = opts.compact ? [] : (opts.soft ?? []);
  const places: Corner[] = opts.compact ? ['b', 't'] : opts.rtl ? ['bl', 'br', 'tl', 'tr'] : ['br', 'bl', 'tr', 'tl'];
  const boxOf = (c: Corner, height = size.height): Box => {
    const width = opts.compact ? viewport.width : size.width;
    const left = opts.compact || c.endsWith('l') ? margin : viewport.width - width - margin;
    const top = c.startsWith('b') ? viewport.height - inset - height - margin : margin;
    return { left, top, right: left + width, bottom: top + height, width, height };
  };
  const real = avoid.filter((a) => a.width > 0 && a.height > 0);
  for (let n = real.length; n >= 1; n--) {
    const keep = real.slice(0, n);
    const free = places.filter((p) => !keep.some((a) => intersects(boxOf(p), a)));
    if (free.length) return { corner: leastCovering(free, boxOf, soft) };
  }
  const focused = real[0];
  if (!focused) return { corner: places[0] };
  const above = focused.top - 2 * margin;
  const below = viewport.height - inset - focused.bottom - 2 * margin;
  const bottom = below >= above;
  const maxHeight = Math.max(64, Math.floor(bottom ? below : above));
  // Of the corners on that side, the one covering the least of the page around (reading order first).
  const band = places.filter((p) => p.startsWith(bottom ? 'b' : 't'));
  const h = Math.min(size.height, maxHeight);
  const corner = band.length
    ? leastCovering(band, (c) => boxOf(c, h), soft)
    : places[0]!;
  return { corner, maxHeight };
}

function leastCovering(free: Corner[], boxOf: (c: Corner) => Box, soft: readonly Obstacle[]): Corner {
  if (!soft.length) return free[0]!;
  const costs = free.map((c) => overlapCost(boxOf(c), soft));
  const best = Math.min(...costs);
  return free[costs.findIndex((c) => c <= best + COST_TOLERANCE)]!;
}

/**
 * Phone layout: a narrow viewport, or a touch screen narrower than 600 px showing a page without a
 * mobile viewport (legacy portals lay out at 980 px; `zoom` then scales the sheet back to finger size).
 */
function phoneLayout(): { compact: boolean; zoom: number } {
  const narrow = !!window.matchMedia?.(`(max-width: ${COMPACT_MAX_WIDTH}px)`).matches;
  const coarse = !!window.matchMedia?.('(pointer: coarse)').matches;
  const screenW = Math.min(window.screen?.width || Infinity, window.screen?.height || Infinity);
  const compact = narrow || (coarse && screenW <= COMPACT_MAX_WIDTH);
  const zoom = compact && window.innerWidth > screenW * 1.15 ? window.innerWidth / screenW : 1;
  return { compact, zoom };
}

function usePhoneLayout(): { compact: boolean; zoom: number } {
  const [layout, setLayout] = useState(phoneLayout);
  useEffect(() => {
    const on = () => setLayout((old) => {
      const n = phoneLayout();
      return n.compact === old.compact && Math.abs(n.zoom - old.zoom) < 0.01 ? old : n;
    });
    window.addEventListener('resize', on);
    return () => window.removeEventListener('resize', on);
  }, []);
  return layout;
}

/** Height hidden at the bottom by the on-screen keyboard (visualViewport), in CSS pixels. */
function keyboardInset(win: Window = window): number {
  const vv = win.visualViewport;
  if (!vv) return 0;
  const hidden = Math.round(win.innerHeight - (vv.height + vv.offsetTop));
  // Pinch-zoom and rounding leave small gaps; a keyboard is much taller.
  return hidden > 80 ? hidden : 0;
}

export function HelpPanel({ content, minimized, onMinimize, avoid, near, view, children, lead }: Props) {
  const card = useRef<HTMLElement>(null);
  const { compact, zoom } = usePhoneLayout();
  const rtl = content.dir === 'rtl';
  const [placement, setPlacement] = useState<Placement>({ corner: compact ? 'b' : rtl ? 'bl' : 'br' });
  const corner = placement.corner;
  const [inset, setInset] = useState(0);
  const [expanded, setExpanded] = useState(false);
  const [announce, setAnnounce] = useState('');
  const touchY = useRef<number | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const lastPageFocus = useRef<HTMLElement | null>(null);
  const focusCardNext = useRef(false);

  // Keyboard: Alt+Shift+C jumps into the help and back to where you were on the page; Escape returns too.
  useEffect(() => {
    const host = () => (rootRef.current?.getRootNode() as ShadowRoot | undefined)?.host ?? null;
    const inside = () => {
      const h = host();
      return !!h && (document.activeElement === h || !!rootRef.current?.contains(document.activeElement));
    };
    const onFocus = (e: FocusEvent) => {
      const t = e.target as HTMLElement | null;
      if (t && t !== host() && !rootRef.current?.contains(t)) lastPageFocus.current = t;
    };
    const back = () => {
      const el = lastPageFocus.current;
      if (el?.isConnected) el.focus();
      else (document.activeElement as HTMLElement | null)?.blur?.();
    };
    const onKey = (e: KeyboardEvent) => {
      const shortcut = e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyC';
      if (shortcut) {
        e.preventDefault();
        e.stopPropagation();
        if (inside()) back();
        else if (minimized) {
          focusCardNext.current = true;
          onMinimize(false);
        } else card.current?.focus();
      } else if (e.key === 'Escape' && inside()) {
        e.stopPropagation();
        back();
      }
    };
    document.addEventListener('focusin', onFocus, true);
    window.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('focusin', onFocus, true);
      window.removeEventListener('keydown', onKey, true);
    };
  }, [minimized, onMinimize]);

  useEffect(() => {
    if (!minimized && focusCardNext.current) {
      focusCardNext.current = false;
      card.current?.focus();
    }
  }, [minimized]);

  // Announce step changes politely (WCAG 4.1.3), not on every render; a new step starts collapsed on phones.
  useEffect(() => {
    setAnnounce(content.counter ? `${content.counter}. ${content.title}` : content.title);
    setExpanded(false);
  }, [content.key]);

  // Keep clear of the focused field, the on-screen keyboard and (if possible) the highlighted element.
  useLayoutEffect(() => {
    const place = () => {
      const el = card.current;
      const kb = keyboardInset(win);
      setInset(kb);
      if (!el || !avoid) return;
      // Measure at natural size (without a previous shrink), then place.
      const prev = el.style.maxHeight;
      el.style.maxHeight = '';
      const r = el.getBoundingClientRect();
      el.style.maxHeight = prev;
      const next = chooseCorner(
        { width: r.width, height: r.height },
        { width: win.innerWidth, height: win.innerHeight, bottomInset: kb },
        avoid(),
        { rtl, compact, soft: near?.() ?? [] },
      );
      setPlacement((old) => (old.corner === next.corner && old.maxHeight === next.maxHeight ? old : next));
    };
    const win = view ?? window;
    place();
    const doc = win.document;
    const vv = win.visualViewport;
    // Focus moving into the help itself never moves it (the card must not slide away under the pointer).
    const ownHost = () => (rootRef.current?.getRootNode() as ShadowRoot | undefined)?.host ?? null;
    const onFocusIn = (e: Event) => {
      if (e.target !== ownHost()) place();
    };
    // Content that grows or shrinks after the first paint (a feature's panel) is placed again at once.
    const RO = (win as typeof window).ResizeObserver;
    let lastSize = '';
    const ro = RO
      ? new RO(() => {
          const r = card.current?.getBoundingClientRect();
          const size = r ? `${Math.round(r.width)}x${Math.round(card.current!.scrollHeight)}` : '';
          if (size === lastSize) return;
          lastSize = size;
          place();
        })
      : null;
    if (card.current) ro?.observe(card.current);
    const inner = card.current?.querySelector('.ce-scroll');
    if (inner) for (const c of Array.from(inner.children)) ro?.observe(c);
    doc.addEventListener('focusin', onFocusIn, true);
    win.addEventListener('resize', place);
    win.addEventListener('scroll', place, { passive: true, capture: true });
    vv?.addEventListener('resize', place);
    vv?.addEventListener('scroll', place);
    return () => {
      ro?.disconnect();
      doc.removeEventListener('focusin', onFocusIn, true);
      win.removeEventListener('resize', place);
      win.removeEventListener('scroll', place, true);
      vv?.removeEventListener('resize', place);
      vv?.removeEventListener('scroll', place);
    };
  }, [content.key, minimized, avoid, near, compact, expanded, rtl, view]);

  const place = compact ? `ce-sheet ce-${corner}` : `ce-${corner}`;
  const style: Record<string, string> = {};
  if (corner.startsWith('b') && inset) style.bottom = `${inset + (compact ? 0 : 16)}px`;
  if (placement.maxHeight) style.maxHeight = `${Math.floor(placement.maxHeight / zoom)}px`;
  const collapsed = compact && !expanded;

  const onTouchStart = (e: TouchEvent) => {
    touchY.current = e.touches[0]?.clientY ?? null;
  };
  const onTouchEnd = (e: TouchEvent) => {
    const y0 = touchY.current;
    touchY.current = null;
    const y1 = e.changedTouches[0]?.clientY;
    if (y0 == null || y1 == null) return;
    // Swipe down collapses the sheet (up expands it), when it sits at the bottom.
    if (corner === 'b' && y1 - y0 > 40) setExpanded(false);
    if (corner === 'b' && y0 - y1 > 40) setExpanded(true);
  };

  return (
    <div
      ref={rootRef}
      class={`ce-root${compact ? ' ce-compact' : ''}`}
      dir={content.dir}
      lang={content.lang}
      style={zoom !== 1 ? { '--ce-z': zoom.toFixed(3) } : undefined}
    >
      <div class="ce-sr-only" role="status" aria-live="polite" data-testid="ce-live">
        {announce}
      </div>
      {minimized ? (
        <button
          type="button"
          class={`ce-fab ce-${compact ? (rtl ? 'bl' : 'br') : corner}`}
          style={style}
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
          class={`ce-card ${place}${collapsed ? ' ce-collapsed' : ''}`}
          style={style}
          role="region"
          aria-label={content.labels.region}
          tabIndex={-1}
          aria-keyshortcuts="Alt+Shift+C"
          data-testid="ce-panel"
          data-expanded={compact ? String(expanded) : undefined}
          onTouchStart={compact ? onTouchStart : undefined}
          onTouchEnd={compact ? onTouchEnd : undefined}
        >
          {compact && <div class="ce-handle" aria-hidden="true" />}
          <header class="ce-head">
            <span class="ce-brand">{content.brand}</span>
            {content.counter && (
              <span class="ce-counter" data-testid="ce-counter">
                {content.counter}
              </span>
            )}
            {compact && (
              <button
                type="button"
                class="ce-toggle"
                data-testid="ce-toggle"
                aria-expanded={expanded}
                onClick={() => setExpanded(!expanded)}
              >
                {expanded ? content.labels.collapse : content.labels.expand}
              </button>
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
          {collapsed && (
            <p class="ce-bar-title" data-testid="ce-bar-title">
              <Text s={content.title} />
            </p>
          )}
          <div class="ce-scroll" hidden={collapsed}>
            {content.origin && (
              <p class="ce-origin" data-testid="ce-origin">
                {content.origin}
              </p>
            )}
            <h2 class="ce-title" data-testid="ce-title">
              <Text s={content.title} />
            </h2>
            {lead}
            {content.body.map((p, i) => (
              <p key={i} class="ce-p">
                <Text s={p} />
              </p>
            ))}
            {content.missingTarget && <p class="ce-missing">{content.missingTarget}</p>}
            {children}
            {content.next && (
              <p class="ce-next" data-testid="ce-next">
                <strong>{content.nextLabel}</strong> <Text s={content.next} />
              </p>
            )}
            {content.then && <p class="ce-then">{content.then}</p>}
            {content.stuck.length > 0 && (
              <details class="ce-stuck" data-testid="ce-stuck">
                <summary>{content.stuckTitle}</summary>
                <ul>
                  {content.stuck.map((s, i) => (
                    <li key={i}>
                      <strong>
                        <Text s={s.q} />
                      </strong>
                      <span>
                        <Text s={s.a} />
                      </span>
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
