/**
 * A dashed outline around the option the family chose last time, drawn in our shadow root (the page's
 * element is never restyled), following it while the page scrolls or resizes.
 */
import { autoUpdate } from '@floating-ui/dom';
import { useEffect, useRef } from 'preact/hooks';

/**
 * `around`: the overlay's own ring already surrounds the element, so this outline is drawn further out.
 */
export function RememberedMark({ target, label, around = false }: { target: Element; label: string; around?: boolean }) {
  const pad = around ? 14 : 8;
  const ring = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ring.current;
    if (!el) return;
    const update = () => {
      const r = target.getBoundingClientRect();
      const hidden = r.width === 0 && r.height === 0;
      el.style.display = hidden ? 'none' : 'block';
      el.style.transform = `translate(${r.left - pad}px, ${r.top - pad}px)`;
      el.style.width = `${r.width + 2 * pad}px`;
      el.style.height = `${r.height + 2 * pad}px`;
    };
    return autoUpdate(target, el, update, { animationFrame: false });
  }, [target, pad]);
  return (
    <div ref={ring} class="ce-remembered" data-testid="remember-mark" aria-hidden="true">
      <span class="ce-remembered-tag">{label}</span>
    </div>
  );
}
