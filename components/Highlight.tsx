/**
 * A ring around the element to use, drawn in our shadow root (the page's element is never restyled),
 * kept on it while the page scrolls or resizes, with a small "C'est ici" tag anchored by @floating-ui/dom.
 * Works for elements inside open shadow roots too: only their viewport rectangle is used.
 */
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  target: Element;
  label: string;
}

const PAD = 4;

export function Highlight({ target, label }: Props) {
  const ring = useRef<HTMLDivElement>(null);
  const tag = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const ringEl = ring.current;
    const tagEl = tag.current;
    if (!ringEl || !tagEl) return;
    const update = () => {
      const r = target.getBoundingClientRect();
      const hidden = r.width === 0 && r.height === 0;
      ringEl.style.display = hidden ? 'none' : 'block';
      tagEl.style.display = hidden ? 'none' : 'block';
      ringEl.style.transform = `translate(${r.left - PAD}px, ${r.top - PAD}px)`;
      ringEl.style.width = `${r.width + 2 * PAD}px`;
      ringEl.style.height = `${r.height + 2 * PAD}px`;
      void computePosition(target, tagEl, {
        strategy: 'fixed',
        placement: 'left',
        middleware: [
          offset(PAD + 6),
          flip({ fallbackPlacements: ['right', 'top-start', 'bottom-start'] }),
          shift({ padding: 8 }),
        ],
      }).then(({ x, y }) => {
        tagEl.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    };
    return autoUpdate(target, tagEl, update, { animationFrame: false });
  }, [target]);

  return (
    <>
      <div ref={ring} class="ce-ring" data-testid="ce-ring" aria-hidden="true" />
      <div ref={tag} class="ce-tag" aria-hidden="true">
        {label}
      </div>
    </>
  );
}
