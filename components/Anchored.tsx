/**
 * A small box of our UI kept beside page fields: the first side that is whole in the visible band and covers
 * nothing to avoid, else (only while typing) the roomier band, shrunk. Why: docs/decisions/anchored-boxes.md.
 */
import { autoUpdate } from '@floating-ui/dom';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { phoneLayout } from './phone';
import { intersects } from './placement';

export type Side = 'right' | 'left' | 'top' | 'bottom';

interface Props {
  anchors: readonly Element[];
  /** Sides to try, in order. */
  sides: readonly Side[];
  /** Sides to try on phones (default: below, then above). */
  phoneSides?: readonly Side[];
  /** Elements of our own UI not to cover if possible (selector, searched in our shadow root). */
  avoid?: string;
  /** Page elements not to cover if possible. */
  soft?: () => readonly Element[];
  /** The user works in the anchored fields (or in the box): the box may then cover soft elements. */
  focused?: boolean;
  /** Preferred width in CSS px (before phone scaling); sides narrow it down to 200 px at least. */
  width?: number;
  class?: string;
  testId?: string;
  children: ComponentChildren;
}

const GAP = 6;
const EDGE = 4;
const MIN_SIDE_WIDTH = 200;

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}


function visibleRect(e: Element): Rect | null {
  const r = e.getBoundingClientRect();
  return r.width > 0 && r.height > 0 ? r : null;
}

export interface PlaceInput {
  /** The anchored elements' union rectangle (viewport px). */
  anchor: Rect;
  /** Layout viewport width, and the visible band (visual viewport: above the on-screen keyboard). */
  viewport: { width: number; top: number; bottom: number };
  sides: readonly Side[];
  /** Preferred box width (px). */
  width: number;
  gap: number;
  /** Beside the anchor, the box narrows down to this width at least, else that side is skipped. */
  minSideWidth: number;
  /** Height of the box at a given width. */
  measure(width: number): number;
  /** Our own UI (help card): not covered if possible; it also bounds the room in the last resort. */
  own: readonly Rect[];
  /** Page elements not to cover if possible (submit button). */
  soft: readonly Rect[];
  /** The user works in the fields: the box may then cover soft elements, or shrink to the room there is. */
  focused: boolean;
}

export interface BoxPlacement {
  side: Side;
  left: number;
  top: number;
  width: number;
  /** Set when the box must shrink (it scrolls inside). */
  maxHeight: number | null;
}

/**
 * Where to put the box (pure): the first side, in order, where it is whole in the visible band and covers
 * neither the anchor nor anything to avoid; when focused, the first whole one covering only soft elements,
 * else the larger band above or below the anchor, shrunk. Null: hide it (not focused, no clean place).
 */
export function placeBox(i: PlaceInput): BoxPlacement | null {
  const { anchor: r, viewport: v, gap } = i;
  const full = Math.min(i.width, v.width - 2 * EDGE);
  const clampX = (x: number, w: number) => Math.max(EDGE, Math.min(x, v.width - w - EDGE));
  const at = (s: Side): (Rect & { w: number }) | null => {
    let w = full;
    if (s === 'right' || s === 'left') {
      const room = (s === 'right' ? v.width - r.right : r.left) - gap - EDGE;
      if (room < i.minSideWidth) return null;
      w = Math.min(full, room);
    }
    const h = i.measure(w);
    // Beside the anchor, the box may slide up to stay whole in the visible band (it covers no field).
    const sideTop = Math.max(v.top + EDGE, Math.min(r.top, v.bottom - h - EDGE));
    let left: number;
    let top: number;
    if (s === 'right') [left, top] = [r.right + gap, sideTop];
    else if (s === 'left') [left, top] = [r.left - gap - w, sideTop];
    else if (s === 'top') [left, top] = [clampX(r.left, w), r.top - gap - h];
    else [left, top] = [clampX(r.left, w), r.bottom + gap];
    return { left, top, right: left + w, bottom: top + h, w };
  };
  const fits = (p: Rect) => p.left >= 0 && p.right <= v.width && p.top >= v.top && p.bottom <= v.bottom;
  const tries = i.sides.map((s) => ({ s, p: at(s) }));
  const ok = tries.filter((t): t is { s: Side; p: Rect & { w: number } } => !!t.p && fits(t.p) && !intersects(t.p, r));
  const avoid = [...i.own, ...i.soft];
  const pick = ok.find(({ p }) => !avoid.some((x) => intersects(p, x))) ?? (i.focused ? ok[0] : undefined);
  if (pick) return { side: pick.s, left: pick.p.left, top: pick.p.top, width: pick.p.w, maxHeight: null };
  if (!i.focused) return null;
  // Nothing fits whole (keyboard open on a small phone): the larger band above or below the anchor,
  // bounded by our own UI too (the help sheet), and the box shrinks to it.
  const floor = Math.min(v.bottom, ...i.own.filter((x) => x.top >= r.bottom).map((x) => x.top));
  const ceil = Math.max(v.top, ...i.own.filter((x) => x.bottom <= r.top).map((x) => x.bottom));
  const below = floor - r.bottom - gap - EDGE;
  const above = r.top - gap - ceil - EDGE;
  const side: Side = below >= above ? 'bottom' : 'top';
  const p = at(side)!;
  const maxHeight = Math.max(80, below, above);
  const h = Math.min(maxHeight, p.bottom - p.top);
  const top = side === 'bottom' ? r.bottom + gap : Math.max(ceil + EDGE, r.top - gap - h);
  return { side, left: p.left, top, width: p.w, maxHeight };
}

export function Anchored({
  anchors,
  sides,
  phoneSides = ['bottom', 'top'],
  avoid,
  soft,
  focused = false,
  width = 300,
  class: cls,
  testId,
  children,
}: Props) {
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = box.current;
    const first = anchors[0];
    const win = first?.ownerDocument.defaultView;
    if (!el || !first || !win) return;
    const hide = () => {
      el.style.visibility = 'hidden';
      el.setAttribute('data-placement', 'none');
    };
    const update = () => {
      const rects = anchors.filter((a) => a.isConnected).map(visibleRect).filter((r): r is Rect => !!r);
      if (!rects.length) return hide();
      const r: Rect = {
        left: Math.min(...rects.map((x) => x.left)),
        top: Math.min(...rects.map((x) => x.top)),
        right: Math.max(...rects.map((x) => x.right)),
        bottom: Math.max(...rects.map((x) => x.bottom)),
      };
      const { phone, zoom } = phoneLayout(win);
      el.style.setProperty('--ce-z', String(zoom));
      el.style.maxHeight = '';
      const vv = win.visualViewport;
      const vTop = vv ? Math.max(0, vv.offsetTop) : 0;
      const vBottom = vv ? Math.min(win.innerHeight, vv.offsetTop + vv.height) : win.innerHeight;
      // Measure the box at a width (in viewport px).
      const measure = (w: number) => {
        el.style.width = `${w / zoom}px`;
        return el.getBoundingClientRect().height;
      };
      const root = el.getRootNode() as ShadowRoot | Document;
      const own = avoid ? [...root.querySelectorAll(avoid)].map(visibleRect).filter((x): x is Rect => !!x) : [];
      const softRects = (soft?.() ?? []).map(visibleRect).filter((x): x is Rect => !!x);
      const pick = placeBox({
        anchor: r,
        viewport: { width: win.innerWidth, top: vTop, bottom: vBottom },
        sides: phone ? phoneSides : sides,
        width: width * zoom,
        gap: GAP * zoom,
        minSideWidth: MIN_SIDE_WIDTH * zoom,
        measure,
        own,
        soft: softRects,
        focused,
      });
      if (!pick) return hide();
      el.style.width = `${pick.width / zoom}px`;
      el.style.maxHeight = pick.maxHeight === null ? '' : `${pick.maxHeight / zoom}px`;
      el.style.left = `${Math.round(pick.left)}px`;
      el.style.top = `${Math.round(pick.top)}px`;
      el.style.visibility = 'visible';
      el.setAttribute('data-placement', pick.side);
    };
    const stops = anchors.map((a) => autoUpdate(a, el, update, { animationFrame: false }));
    const vv = win.visualViewport;
    vv?.addEventListener('resize', update);
    vv?.addEventListener('scroll', update);
    return () => {
      stops.forEach((s) => s());
      vv?.removeEventListener('resize', update);
      vv?.removeEventListener('scroll', update);
    };
  }, [anchors.length, ...anchors, avoid, soft, focused, width, sides.join(), phoneSides.join()]);

  return (
    <div ref={box} class={`ce-anchored ${cls ?? ''}`} data-testid={testId} style={{ visibility: 'hidden' }}>
      {children}
    </div>
  );
}
