/**
 * Keeps the card clear of the focused field, the on-screen keyboard and (if possible) the highlighted
 * element and the form around it; placed again whenever any of them moves.
 */
import type { RefObject } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import type { Obstacle } from '../placement';
import { chooseCorner } from './corner';
import { shadowHost } from './shadow-host';
import type { Box, Placement } from './types';
import { keyboardInset } from './useSheetLayout';

export interface PlacementInput {
  card: RefObject<HTMLElement | null>;
  /** Our root element, to tell focus moving into the help from focus on the page. */
  root: RefObject<HTMLElement | null>;
  avoid?: () => Box[];
  near?: () => readonly Obstacle[];
  view?: Window | null;
  compact: boolean;
  rtl: boolean;
  /** Anything else that changes the card's size or presence (content, minimised, expanded). */
  relayout: readonly unknown[];
}

export function useCardPlacement(i: PlacementInput): { placement: Placement; inset: number } {
  const { card, root, avoid, near, view, compact, rtl } = i;
  const [placement, setPlacement] = useState<Placement>({ corner: compact ? 'b' : rtl ? 'bl' : 'br' });
  const [inset, setInset] = useState(0);
  useLayoutEffect(() => {
    const win = view ?? window;
    const place = () => {
      const kb = keyboardInset(win);
      setInset(kb);
      const el = card.current;
      if (!el || !avoid) return;
      const next = chooseCorner(
        naturalSize(el),
        { width: win.innerWidth, height: win.innerHeight, bottomInset: kb },
        avoid(),
        { rtl, compact, soft: near?.() ?? [] },
      );
      setPlacement((old) => (old.corner === next.corner && old.maxHeight === next.maxHeight ? old : next));
    };
    place();
    return follow(win, card.current, () => shadowHost(root.current), place);
  }, [...i.relayout, avoid, near, compact, rtl, view]);
  return { placement, inset };
}

/** The card's size without a previous shrink. */
function naturalSize(el: HTMLElement): { width: number; height: number } {
  const prev = el.style.maxHeight;
  el.style.maxHeight = '';
  const r = el.getBoundingClientRect();
  el.style.maxHeight = prev;
  return { width: r.width, height: r.height };
}

/** Calls `place` when focus, scrolling, the viewport, the keyboard or the card's own size changes. */
function follow(win: Window, card: HTMLElement | null, ownHost: () => Element | null, place: () => void): () => void {
  const doc = win.document;
  const vv = win.visualViewport;
  // Focus moving into the help itself never moves it (the card must not slide away under the pointer).
  const onFocusIn = (e: Event) => {
    if (e.target !== ownHost()) place();
  };
  const ro = card ? observeSize(win, card, place) : null;
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
}

/** Content that grows or shrinks after the first paint (a feature's panel) is placed again at once. */
function observeSize(win: Window, card: HTMLElement, place: () => void): ResizeObserver | null {
  const RO = (win as typeof window).ResizeObserver;
  if (!RO) return null;
  let lastSize = '';
  const ro = new RO(() => {
    const r = card.getBoundingClientRect();
    const size = `${Math.round(r.width)}x${Math.round(card.scrollHeight)}`;
    if (size === lastSize) return;
    lastSize = size;
    place();
  });
  ro.observe(card);
  const inner = card.querySelector('.ce-scroll');
  if (inner) for (const c of Array.from(inner.children)) ro.observe(c);
  return ro;
}
