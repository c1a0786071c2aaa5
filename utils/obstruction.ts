/**
 * Does something the portal put over its page hide the element to use? Pure geometry on rectangles (the
 * overlay's obstruction feature measures them once per recognition pass).
 */

export interface PageBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Part of `target` that `cover` lies over (0…1); an empty target is never hidden. */
export function hiddenPart(cover: PageBox, target: PageBox): number {
  const w = Math.min(cover.right, target.right) - Math.max(cover.left, target.left);
  const h = Math.min(cover.bottom, target.bottom) - Math.max(cover.top, target.top);
  const area = (target.right - target.left) * (target.bottom - target.top);
  return w > 0 && h > 0 && area > 0 ? (w * h) / area : 0;
}

/** A quarter hidden, or its middle: a family can no longer be sure to click it. */
export const HIDDEN_ENOUGH = 0.25;

export function hides(cover: PageBox, target: PageBox): boolean {
  const cx = (target.left + target.right) / 2;
  const cy = (target.top + target.bottom) / 2;
  const middle = cx > cover.left && cx < cover.right && cy > cover.top && cy < cover.bottom;
  return middle || hiddenPart(cover, target) >= HIDDEN_ENOUGH;
}

/** The first of the shown obstructions (in data order) that hides the target, or null. */
export function firstHiding<T extends { rect: PageBox }>(target: PageBox | null, shown: readonly T[]): T | null {
  if (!target || target.right <= target.left || target.bottom <= target.top) return null;
  return shown.find((o) => hides(o.rect, target)) ?? null;
}
