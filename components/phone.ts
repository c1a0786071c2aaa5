/**
 * The one phone-layout rule, shared by the help card (bottom sheet), the anchored boxes and the highlight.
 * Why these thresholds: docs/decisions/phone-layout.md.
 */

/** Viewports (or touch screens) this narrow or narrower, in CSS px, get the phone layout. */
export const PHONE_MAX_WIDTH = 599;
/**
 * A layout viewport this much wider than the screen means a page without a mobile viewport (legacy portals lay
 * out at 980 px): our UI is then scaled by `zoom` back to finger size.
 */
export const DESKTOP_PAGE_RATIO = 1.15;

export interface PhoneLayout {
  /** Phone layout: bottom sheet, boxes above or below their field. */
  phone: boolean;
  /** Scale for our UI (1 unless a phone shows a desktop-width page). */
  zoom: number;
}

/**
 * A narrow viewport, or a touch screen whose short side is phone-sized (whatever width the page lays out at).
 * Pure over what it reads from `win`.
 */
export function phoneLayout(win: Window): PhoneLayout {
  const narrow = !!win.matchMedia?.(`(max-width: ${PHONE_MAX_WIDTH}px)`).matches;
  const coarse = !!win.matchMedia?.('(pointer: coarse)').matches;
  const screenW = Math.min(win.screen?.width || Infinity, win.screen?.height || Infinity);
  const phone = narrow || (coarse && screenW <= PHONE_MAX_WIDTH);
  const zoom = phone && win.innerWidth > screenW * DESKTOP_PAGE_RATIO ? win.innerWidth / screenW : 1;
  return { phone, zoom };
}
