/**
 * Geometry shared by the highlight tag and the help card: which page elements are around the highlighted
 * element (fields, buttons, tiles, its label, its form), and where a small box is best put next to it.
 * Page-agnostic: it reads only rectangles and standard HTML semantics, never portal data.
 */

import type { Rect } from './Anchored';

/** A rectangle not to cover, and how much covering it costs (per fraction of it covered). */
export interface Obstacle {
  rect: Rect;
  weight: number;
}

/** Do two rectangles overlap (touching edges do not)? */
export function intersects(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

export function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Part of `b` that `a` covers (0…1). */
export function coveredFraction(a: Rect, b: Rect): number {
  const area = (b.right - b.left) * (b.bottom - b.top);
  return area > 0 ? overlapArea(a, b) / area : 0;
}

/**
 * What covering the obstacles costs: each one's weight times the part of it covered, plus `touch` times
 * its weight for covering it at all (so that a place covering nothing beats one grazing something).
 */
export function overlapCost(box: Rect, obstacles: readonly Obstacle[], touch = 0): number {
  let cost = 0;
  for (const o of obstacles) {
    const f = coveredFraction(box, o.rect);
    if (f > 0) cost += o.weight * (f + touch);
  }
  return cost;
}

// ------------------------------------------------------------------------------------------ the tag

export type TagSide = 'left' | 'right' | 'top-start' | 'top-end' | 'bottom-start' | 'bottom-end' | 'edge';

export interface TagInput {
  /** The highlighted element (viewport px). */
  target: Rect;
  /** The tag's size. */
  size: { width: number; height: number };
  viewport: { width: number; height: number };
  /** Page elements around the target (its neighbours, its label) and our own UI (the help card). */
  obstacles: readonly Obstacle[];
  /** Distance between the target and the tag (beyond the ring). */
  gap: number;
  /** Room kept between the tag and the window's edges. */
  edge?: number;
  rtl?: boolean;
}

export interface TagPlacement {
  side: TagSide;
  left: number;
  top: number;
}

/**
 * Where to put the « C'est ici » tag (pure). Candidates beside, above and below the target, and on the
 * ring's top edge; each must be whole in the window and never cover the target itself. The cheapest one
 * (least of the neighbours covered) wins; ties go to reading order (beside the start of the element first).
 * Null when no candidate keeps the target clear (a target filling the window): no tag then, the ring says it.
 */
export function placeTag(i: TagInput): TagPlacement | null {
  const { target: r, size, gap } = i;
  const edge = i.edge ?? 4;
  const { width: w, height: h } = size;
  const midY = (r.top + r.bottom) / 2 - h / 2;
  const before: TagSide = i.rtl ? 'right' : 'left';
  const after: TagSide = i.rtl ? 'left' : 'right';
  // Candidates in order of preference: beside the start, beside the end, then above and below, sliding from
  // the start to the end of the element (hanging past it by up to half the tag), then on the ring's edge.
  const cands: { side: TagSide; left: number; top: number }[] = [
    { side: before, left: before === 'left' ? r.left - gap - w : r.right + gap, top: midY },
    { side: after, left: after === 'left' ? r.left - gap - w : r.right + gap, top: midY },
  ];
  const above = r.top - gap - h;
  const below = r.bottom + gap;
  const STEPS = 6;
  for (let k = 0; k <= STEPS; k++) {
    const f = k / STEPS;
    // From the start edge (tag aligned on it) to half a tag past the end edge.
    const x = i.rtl ? r.right - w - f * (r.right - r.left - w / 2) : r.left + f * (r.right - r.left - w / 2);
    const name = k === 0 ? 'start' : 'end';
    cands.push({ side: `top-${name}` as TagSide, left: x, top: above });
    cands.push({ side: `bottom-${name}` as TagSide, left: x, top: below });
  }
  cands.push({ side: 'edge', left: i.rtl ? r.right - w - 8 : r.left + 8, top: r.top - h - 1 });
  let best: { side: TagSide; left: number; top: number; cost: number } | null = null;
  cands.forEach((c, n) => {
    let { left } = c;
    const { top, side } = c;
    // Above/below, the tag may slide along the target to stay in the window.
    if (side !== 'left' && side !== 'right') left = Math.max(edge, Math.min(left, i.viewport.width - w - edge));
    const box = { left, top, right: left + w, bottom: top + h };
    if (box.left < edge - 0.5 || box.top < edge - 0.5) return;
    if (box.right > i.viewport.width - edge + 0.5 || box.bottom > i.viewport.height - edge + 0.5) return;
    if (overlapArea(box, r) > 0) return;
    // Reading order breaks ties, and outweighs grazing a neighbour by a pixel: a small cost per rank.
    const cost = overlapCost(box, i.obstacles, 0.25) + n * 0.002;
    if (!best || cost < best.cost) best = { side, left, top, cost };
  });
  const b = best as { side: TagSide; left: number; top: number } | null;
  return b ? { side: b.side, left: b.left, top: b.top } : null;
}

// ---------------------------------------------------------------------------- the page around the target

const INTERACTIVE =
  'input:not([type=hidden]), select, textarea, button, a[href], summary, label, [role=button], [role=link], ' +
  '[role=radio], [role=checkbox], [role=tab], [role=option], [role=menuitem], [tabindex]:not([tabindex="-1"])';

function visible(r: DOMRect): boolean {
  return r.width > 0 && r.height > 0;
}

/** The gap between two rectangles (0 when they touch or overlap). */
export function distance(a: Rect, b: Rect): number {
  const dx = Math.max(0, a.left - b.right, b.left - a.right);
  const dy = Math.max(0, a.top - b.bottom, b.top - a.bottom);
  return Math.hypot(dx, dy);
}

/** The target's labels: `<label for>`/wrapping label, `aria-labelledby`, and for a field inside one. */
export function labelsOf(target: Element): Element[] {
  const out = new Set<Element>();
  const labels = (target as HTMLInputElement).labels;
  if (labels) for (const l of Array.from(labels)) out.add(l);
  const ids = target.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
  const root = target.getRootNode() as Document | ShadowRoot;
  for (const id of ids) {
    const el = id && root.getElementById?.(id);
    if (el) out.add(el);
  }
  const wrap = target.parentElement?.closest('label');
  if (wrap) out.add(wrap);
  return [...out];
}

/** The block holding the target's form: the form, fieldset or dialog around it (null: none). */
export function formOf(target: Element): Element | null {
  return target.closest('form, fieldset, [role=form], [role=dialog], dialog');
}

const TEXT = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, td, th, legend, caption';
/** Pictures near the target: what the family may have to read (a captcha's characters above its field). */
const PICTURE = 'img, canvas, svg, picture, [role=img]';

export interface Around {
  /** Interactive elements near the target (not the target, nor what contains it). */
  neighbours: Element[];
  /** Blocks of text near the target (headings, paragraphs, list items): better not covered either. */
  text: Element[];
  /** Pictures near the target (a captcha image the family must copy): never covered if it can be helped. */
  images: Element[];
  labels: Element[];
  form: Element | null;
}

/**
 * The page elements around the target that our boxes should not cover: interactive elements within
 * `radius` px (fields, buttons, tiles, links), the target's labels, and its form. `skip` leaves out our
 * own UI host.
 */
export function around(target: Element, radius: number, skip: (el: Element) => boolean, limit = 80): Around {
  const doc = target.ownerDocument;
  const t = target.getBoundingClientRect();
  const labels = labelsOf(target);
  const neighbours: Element[] = [];
  const scope = (target.getRootNode() as Document | ShadowRoot) ?? doc;
  const found = new Set<Element>(scope.querySelectorAll(INTERACTIVE));
  if (scope !== doc) for (const e of Array.from(doc.querySelectorAll(INTERACTIVE))) found.add(e);
  for (const el of found) {
    if (neighbours.length >= limit) break;
    if (el === target || el.contains(target) || target.contains(el) || skip(el) || labels.includes(el)) continue;
    const r = el.getBoundingClientRect();
    if (!visible(r) || distance(r, t) > radius) continue;
    neighbours.push(el);
  }
  const text: Element[] = [];
  for (const el of Array.from(scope.querySelectorAll(TEXT))) {
    if (text.length >= limit) break;
    if (el.contains(target) || target.contains(el) || skip(el)) continue;
    const r = el.getBoundingClientRect();
    if (!visible(r) || distance(r, t) > radius) continue;
    text.push(el);
  }
  const images: Element[] = [];
  for (const el of Array.from(scope.querySelectorAll(PICTURE))) {
    if (images.length >= limit) break;
    if (el.contains(target) || target.contains(el) || skip(el) || el.closest('svg') !== el && el.closest('svg')) continue;
    const r = el.getBoundingClientRect();
    if (!visible(r) || distance(r, t) > radius) continue;
    images.push(el);
  }
  return { neighbours, text, labels, images, form: formOf(target) };
}

/**
 * `around()` for one radius, remembered per anchor for `maxAge` ms: the tag and the card look at the page
 * around the target on every scroll and resize, and the page rarely changes that fast.
 */
export function aroundCache(radius: number, skip: (el: Element) => boolean, maxAge = 500): (anchor: Element) => Around {
  let last: { at: number; anchor: Element; found: Around } | null = null;
  return (anchor) => {
    const now = Date.now();
    if (!last || last.anchor !== anchor || now - last.at > maxAge) last = { at: now, anchor, found: around(anchor, radius, skip) };
    return last.found;
  };
}

/** A rectangle from an element (null when not rendered). */
export function rectOf(el: Element): Rect | null {
  const r = el.getBoundingClientRect();
  return visible(r) ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
}
