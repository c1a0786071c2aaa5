/**
 * Keyboard and presenter remotes: → / PageDown next, ← / PageUp previous (mirrored in right-to-left
 * languages; not while typing in the toolbar).
 */
import { useEffect } from 'preact/hooks';

export function usePresenterKeys(active: boolean, next: () => void, prev: () => void): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as Element | null;
      if (el && /^(input|select|textarea)$/.test(el.localName ?? '')) return;
      // In a right-to-left language "next" is on the left.
      const fwd = document.documentElement.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
      const back = fwd === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
      if (e.key === fwd || e.key === 'PageDown') next();
      else if (e.key === back || e.key === 'PageUp') prev();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, next, prev]);
}
