/** The marker on the page element to use (`data-compagnon-target`), brought into view when it is not. */
import { TARGET_ATTR } from './host';

export function moveTargetMark(previous: Element | null, target: Element | null): void {
  if (previous === target) return;
  previous?.removeAttribute(TARGET_ATTR);
  if (!target) return;
  // Read before writing: no layout is forced by our own change.
  const seen = inViewport(target);
  target.setAttribute(TARGET_ATTR, '');
  if (!seen) scrollIntoViewGently(target);
}

/** Fully visible, and on phones above the help sheet's collapsed bar at the bottom. */
function inViewport(el: Element): boolean {
  const r = el.getBoundingClientRect();
  const win = el.ownerDocument.defaultView;
  const h = win?.innerHeight ?? 0;
  const reserve = win && win.innerWidth < 600 ? 110 : 0;
  return r.top >= 0 && r.bottom <= h - reserve;
}

function scrollIntoViewGently(el: Element): void {
  const reduce = el.ownerDocument.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  try {
    el.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  } catch {
    /* old engines */
  }
}
