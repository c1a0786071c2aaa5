/**
 * A ring around the element to use, drawn in our shadow root (the page's element is never restyled),
 * kept on it while the page scrolls or resizes, with a small "C'est ici" tag next to it.
 * The tag never covers the element, and goes where it covers the least of what is around: the next tile,
 * the field below, the « Valider » button, the element's label, a picture (a captcha), our help card (`placeTag`).
 * Works for elements inside open shadow roots too: only their viewport rectangle is used.
 */
import { autoUpdate } from '@floating-ui/dom';
import { useEffect, useRef } from 'preact/hooks';
import type { Rect } from './Anchored';
import { phoneLayout } from './phone';
import { aroundCache, rectOf, placeTag, type Obstacle } from './placement';

interface Props {
  target: Element;
  label: string;
  /** Language and direction of the tag's text (the help's language). */
  dir?: 'ltr' | 'rtl';
  lang?: string;
}

const PAD = 4;
const RING_ZOOM_MAX = 1.5;
/** The tag is scaled at most this much: readable on the phone, without hiding the page's own text. */
const TAG_ZOOM_MAX = 2;
/** Neighbours farther than this from the target cannot be under the tag. */
const NEAR = 160;
/** Our own boxes the tag must stay clear of. */
const OWN = '.ce-card, .ce-fab, .ce-anchored';

export function Highlight({ target, label, dir, lang }: Props) {
  const ring = useRef<HTMLDivElement>(null);
  const tag = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const ringEl = ring.current;
    const tagEl = tag.current;
    if (!ringEl || !tagEl) return;
    const win = target.ownerDocument.defaultView;
    const root = ringEl.getRootNode() as ShadowRoot | Document;
    const host = (root as ShadowRoot).host ?? null;
    // Which page elements are around the target: looked up again at most twice a second.
    const nearby = aroundCache(NEAR, (el) => el === host || (!!host && el.contains(host)));
    const update = () => {
      // Every read first, then every write: one layout per update, not one per write.
      const b = target.getBoundingClientRect();
      const hidden = b.width === 0 && b.height === 0;
      // On a phone showing a desktop-width page, the tag is scaled up (readable) and the ring a little
      // (visible, without burying the neighbours under a thick border).
      const zoom = win ? phoneLayout(win).zoom : 1;
      const ringZoom = Math.min(zoom, RING_ZOOM_MAX);
      const tagZoom = Math.min(zoom, TAG_ZOOM_MAX);
      const pad = PAD * ringZoom;
      const placeRing = () => {
        ringEl.style.display = hidden ? 'none' : 'block';
        ringEl.style.setProperty('--ce-z', ringZoom.toFixed(3));
        ringEl.style.transform = `translate(${b.left - pad}px, ${b.top - pad}px)`;
        ringEl.style.width = `${b.width + 2 * pad}px`;
        ringEl.style.height = `${b.height + 2 * pad}px`;
      };
      if (hidden || !win) {
        placeRing();
        tagEl.style.display = 'none';
        return;
      }
      // A tag hidden by an earlier update must be shown to be measured.
      if (tagEl.style.display === 'none') tagEl.style.display = 'block';
      const { neighbours: els, text, labels, images } = nearby(target);
      const obstacles: Obstacle[] = [];
      const add = (r: Rect | null, weight: number) => r && obstacles.push({ rect: r, weight });
      for (const el of els) add(rectOf(el), 1);
      for (const el of labels) add(rectOf(el), 2);
      // A captcha's characters above its field: what the family must read right now.
      for (const el of images) add(rectOf(el), 3);
      for (const el of text) add(rectOf(el), 0.3);
      for (const el of Array.from(root.querySelectorAll(OWN))) add(rectOf(el), 4);
      // The ring is part of the target here: the tag does not sit on it.
      const t: Rect = { left: b.left - pad, top: b.top - pad, right: b.right + pad, bottom: b.bottom + pad };
      const p = placeTag({
        target: t,
        size: { width: tagEl.offsetWidth * tagZoom, height: tagEl.offsetHeight * tagZoom },
        viewport: { width: win.innerWidth, height: win.innerHeight },
        obstacles,
        gap: 6 * ringZoom,
        rtl: dir === 'rtl',
      });
      placeRing();
      if (!p) {
        tagEl.style.display = 'none';
        tagEl.removeAttribute('data-placement');
        return;
      }
      tagEl.style.transform =
        `translate(${Math.round(p.left)}px, ${Math.round(p.top)}px)` + (tagZoom !== 1 ? ` scale(${tagZoom.toFixed(3)})` : '');
      tagEl.setAttribute('data-placement', p.side);
    };
    const stop = autoUpdate(target, tagEl, update, { animationFrame: false });
    // Our help card moving (another corner, expanded, minimised) moves the tag out of its way.
    const MO = win?.MutationObserver;
    const mo = MO
      ? new MO((records) => {
          if (records.some((r) => r.target !== tagEl && r.target !== ringEl)) update();
        })
      : null;
    mo?.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['class', 'style', 'open'] });
    return () => {
      stop();
      mo?.disconnect();
    };
  }, [target, dir]);

  return (
    <>
      <div ref={ring} class="ce-ring" data-testid="ce-ring" aria-hidden="true" />
      <div ref={tag} class="ce-tag" data-testid="ce-tag" aria-hidden="true" dir={dir} lang={lang}>
        {label}
      </div>
    </>
  );
}
