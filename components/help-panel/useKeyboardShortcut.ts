/**
 * Alt+Shift+C jumps into the help and back to where you were on the page; Escape inside the help returns too.
 * The card never takes focus by itself.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { shadowHost } from './shadow-host';

export interface ShortcutInput {
  root: RefObject<HTMLElement | null>;
  card: RefObject<HTMLElement | null>;
  minimized: boolean;
  onMinimize(min: boolean): void;
}

export function isHelpShortcut(e: KeyboardEvent): boolean {
  return e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyC';
}

export function useKeyboardShortcut({ root, card, minimized, onMinimize }: ShortcutInput): void {
  const lastPageFocus = useRef<HTMLElement | null>(null);
  // The shortcut reopened a minimised card: focus it once it is there.
  const focusCardNext = useRef(false);

  useEffect(() => {
    const inside = () => {
      const h = shadowHost(root.current);
      return !!h && (document.activeElement === h || !!root.current?.contains(document.activeElement));
    };
    const onFocus = (e: FocusEvent) => {
      const t = e.target as HTMLElement | null;
      if (t && t !== shadowHost(root.current) && !root.current?.contains(t)) lastPageFocus.current = t;
    };
    const back = () => {
      const el = lastPageFocus.current;
      if (el?.isConnected) el.focus();
      else (document.activeElement as HTMLElement | null)?.blur?.();
    };
    const onKey = (e: KeyboardEvent) => {
      if (isHelpShortcut(e)) {
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
}
