/**
 * A dashed outline around the option the family chose last time, drawn in our shadow root (the page's
 * element is never restyled), following it while the page scrolls or resizes.
 */
import { autoUpdate } from '@floating-ui/dom';
import { useEffect, useRef } from 'preact/hooks';

export function RememberedMark({ target, label }: { target: Element; label: string }) {
  const ring = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ring.current;
    if (!el) return;
    const update = () => {
      const r = target.getBoundingClientRect();
      const hidden = r.width === 0 && r.height === 0;
      el.style.display = hidden ? 'none' : 'block';
      el.style.transform = `translate(${r.left - 8}px, ${r.top - 8}px)`;
      el.style.width = `${r.width + 16}px`;
      el.style.height = `${r.height + 16}px`;
    };
    return autoUpdate(target, el, update, { animationFrame: false });
  }, [target]);
  return (
    <div ref={ring} class="ce-remembered" data-testid="remember-mark" aria-hidden="true">
      <span class="ce-remembered-tag">{label}</span>
    </div>
  );
}
