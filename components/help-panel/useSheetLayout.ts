/**
 * The phone bottom sheet: whether the card is one (the shared phone rule), its zoom on desktop-width pages,
 * and whether it is expanded (a new step starts collapsed; swiping up or down changes it).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { phoneLayout } from '../phone';

export interface SheetLayout {
  compact: boolean;
  zoom: number;
  expanded: boolean;
  setExpanded(expanded: boolean): void;
}

/** The phone layout of this window, followed on resize (a rotation, a pinch that changes the layout). */
function usePhoneLayout(): { compact: boolean; zoom: number } {
  const [layout, setLayout] = useState(() => phoneLayout(window));
  useEffect(() => {
    const on = () =>
      setLayout((old) => {
        const n = phoneLayout(window);
        return n.phone === old.phone && Math.abs(n.zoom - old.zoom) < 0.01 ? old : n;
      });
    window.addEventListener('resize', on);
    return () => window.removeEventListener('resize', on);
  }, []);
  return { compact: layout.phone, zoom: layout.zoom };
}

export function useSheetLayout(contentKey: string): SheetLayout {
  const { compact, zoom } = usePhoneLayout();
  const [expanded, setExpanded] = useState(false);
  useEffect(() => setExpanded(false), [contentKey]);
  return { compact, zoom, expanded, setExpanded };
}

/** Swipe down collapses the sheet (up expands it), when it sits at the bottom. */
export function useSwipe(atBottom: boolean, setExpanded: (expanded: boolean) => void) {
  const touchY = useRef<number | null>(null);
  return {
    onTouchStart(e: TouchEvent) {
      touchY.current = e.touches[0]?.clientY ?? null;
    },
    onTouchEnd(e: TouchEvent) {
      const y0 = touchY.current;
      touchY.current = null;
      const y1 = e.changedTouches[0]?.clientY;
      if (y0 == null || y1 == null) return;
      if (atBottom && y1 - y0 > 40) setExpanded(false);
      if (atBottom && y0 - y1 > 40) setExpanded(true);
    },
  };
}

/** Height hidden at the bottom by the on-screen keyboard (visualViewport), in CSS pixels. */
export function keyboardInset(win: Window = window): number {
  const vv = win.visualViewport;
  if (!vv) return 0;
  const hidden = Math.round(win.innerHeight - (vv.height + vv.offsetTop));
  // Pinch-zoom and rounding leave small gaps; a keyboard is much taller.
  return hidden > 80 ? hidden : 0;
}
