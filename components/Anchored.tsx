/**
 * A small box of our UI kept next to an element of the page (a field), drawn in our shadow root.
 * It tries the given sides in order and takes the first one that is fully visible — inside the visual
 * viewport, so above the on-screen keyboard on phones — and does not cover our help card. It follows the
 * element while the page scrolls, resizes or the keyboard opens (@floating-ui/dom's autoUpdate).
 * On phones showing a desktop-width page, it is scaled up to finger size like the help sheet.
 */
import { autoUpdate } from '@floating-ui/dom';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export type Side = 'right' | 'left' | 'top' | 'bottom';

interface Props {
  anchor: Element;
  /** Sides to try, in order. */
  sides: readonly Side[];
  /** Sides to try on phones (default: above, then below the field). */
  phoneSides?: readonly Side[];
  /** Elements of our own UI not to cover (selector, searched in our shadow root). */
  avoid?: string;
  class?: string;
  testId?: string;
  children: ComponentChildren;
}

const GAP = 6;
const EDGE = 4;
const PHONE_MAX = 599;

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function intersects(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Same rule as the help sheet: a narrow viewport, or a small touch screen showing a desktop-width page. */
export function phoneZoom(win: Window): { phone: boolean; zoom: number } {
  const narrow = !!win.matchMedia?.(`(max-width: ${PHONE_MAX}px)`).matches;
  const coarse = !!win.matchMedia?.('(pointer: coarse)').matches;
  const screenW = Math.min(win.screen?.width || Infinity, win.screen?.height || Infinity);
  const phone = narrow || (coarse && screenW <= PHONE_MAX);
  const zoom = phone && win.innerWidth > screenW * 1.15 ? win.innerWidth / screenW : 1;
  return { phone, zoom };
}

export function Anchored({ anchor, sides, phoneSides = ['top', 'bottom'], avoid, class: cls, testId, children }: Props) {
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = box.current;
    const win = anchor.ownerDocument.defaultView;
    if (!el || !win) return;
    const update = () => {
      const r = anchor.getBoundingClientRect();
      if (!anchor.isConnected || (r.width === 0 && r.height === 0)) {
        el.style.visibility = 'hidden';
        return;
      }
      el.style.visibility = 'visible';
      const { phone, zoom } = phoneZoom(win);
      el.style.setProperty('--ce-z', String(zoom));
      const b = el.getBoundingClientRect();
      const w = b.width;
      const h = b.height;
      const vv = win.visualViewport;
      const vw = win.innerWidth;
      const vTop = vv ? Math.max(0, vv.offsetTop) : 0;
      const vBottom = vv ? Math.min(win.innerHeight, vv.offsetTop + vv.height) : win.innerHeight;
      const gap = GAP * zoom;
      const clampX = (x: number) => Math.max(EDGE, Math.min(x, vw - w - EDGE));
      const at = (s: Side): Rect => {
        let left: number;
        let top: number;
        if (s === 'right') [left, top] = [r.right + gap, r.top];
        else if (s === 'left') [left, top] = [r.left - gap - w, r.top];
        else if (s === 'top') [left, top] = [clampX(r.left), r.top - gap - h];
        else [left, top] = [clampX(r.left), r.bottom + gap];
        return { left, top, right: left + w, bottom: top + h };
      };
      const fits = (p: Rect) => p.left >= 0 && p.right <= vw && p.top >= vTop && p.bottom <= vBottom;
      const root = el.getRootNode() as ShadowRoot | Document;
      const blockers: Rect[] = avoid
        ? [...root.querySelectorAll(avoid)].map((e) => e.getBoundingClientRect()).filter((x) => x.width > 0 && x.height > 0)
        : [];
      const order = phone ? phoneSides : sides;
      const tries = order.map(at);
      let best =
        tries.find((p) => fits(p) && !blockers.some((x) => intersects(p, x))) ?? tries.find(fits);
      if (!best) {
        // Nothing fits whole: the side with the most room, kept inside the visible area.
        const room = (p: Rect) => Math.min(p.bottom, vBottom) - Math.max(p.top, vTop);
        best = [...tries].sort((a, c) => room(c) - room(a))[0];
        const top = Math.max(vTop, Math.min(best.top, vBottom - h));
        best = { ...best, top, bottom: top + h };
      }
      el.style.left = `${Math.round(best.left)}px`;
      el.style.top = `${Math.round(best.top)}px`;
    };
    const stop = autoUpdate(anchor, el, update, { animationFrame: false });
    const vv = win.visualViewport;
    vv?.addEventListener('resize', update);
    vv?.addEventListener('scroll', update);
    return () => {
      stop();
      vv?.removeEventListener('resize', update);
      vv?.removeEventListener('scroll', update);
    };
  }, [anchor, avoid, sides.join(), phoneSides.join()]);

  return (
    <div ref={box} class={`ce-anchored ${cls ?? ''}`} data-testid={testId} style={{ visibility: 'hidden' }}>
      {children}
    </div>
  );
}
