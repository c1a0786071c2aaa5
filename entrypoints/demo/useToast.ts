/** A short message over the simulated page (« Fin du parcours », « Ce lien ne mène nulle part ici »). */
import { useCallback, useRef, useState } from 'preact/hooks';

/** Shown for this long, in ms. */
const TOAST_MS = 7000;

export function useToast(): { toast: string; say(msg: string): void; clear(): void } {
  const [toast, setToast] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const say = useCallback((msg: string) => {
    setToast('');
    clearTimeout(timer.current);
    // Emptied first, then set on the next frame: the same message said twice is announced twice.
    requestAnimationFrame(() => setToast(msg));
    timer.current = setTimeout(() => setToast(''), TOAST_MS);
  }, []);
  const clear = useCallback(() => setToast(''), []);
  return { toast, say, clear };
}
