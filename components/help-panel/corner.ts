/** Where the help card goes (pure): which corner, and how tall at most. */
import { intersects, overlapCost, type Obstacle } from '../placement';
import type { Box, Corner, Placement } from './types';

/** Covering page elements costs this little or less than the best place: the reading order decides. */
const COST_TOLERANCE = 0.05;

/**
 * Where to put the card: among the places that cover none of the rectangles to avoid, the one that covers
 * the least of the `soft` page elements (the form and fields around the target), the first in reading order
 * for the language when several are as good; if no place avoids them all, drop the least important
 * rectangle and try again. The first
 * rectangle (the focused field) is never covered: when no place is free at full size, the card goes to the
 * larger free band above or below it and shrinks to fit (it scrolls inside).
 */
export function chooseCorner(
  size: { width: number; height: number },
  viewport: { width: number; height: number; bottomInset?: number },
  avoid: Box[],
  opts: { margin?: number; rtl?: boolean; compact?: boolean; soft?: readonly Obstacle[] } = {},
): Placement {
  const margin = opts.compact ? 0 : (opts.margin ?? 16);
  const inset = viewport.bottomInset ?? 0;
  // The page around the target counts on wide screens only (on phones the card is a bottom sheet).
  const soft = opts.compact ? [] : (opts.soft ?? []);
  const places: Corner[] = opts.compact ? ['b', 't'] : opts.rtl ? ['bl', 'br', 'tl', 'tr'] : ['br', 'bl', 'tr', 'tl'];
  const boxOf = (c: Corner, height = size.height): Box => {
    const width = opts.compact ? viewport.width : size.width;
    const left = opts.compact || c.endsWith('l') ? margin : viewport.width - width - margin;
    const top = c.startsWith('b') ? viewport.height - inset - height - margin : margin;
    return { left, top, right: left + width, bottom: top + height, width, height };
  };
  const real = avoid.filter((a) => a.width > 0 && a.height > 0);
  for (let n = real.length; n >= 1; n--) {
    const keep = real.slice(0, n);
    const free = places.filter((p) => !keep.some((a) => intersects(boxOf(p), a)));
    if (free.length) return { corner: leastCovering(free, boxOf, soft) };
  }
  const focused = real[0];
  if (!focused) return { corner: places[0] };
  const above = focused.top - 2 * margin;
  const below = viewport.height - inset - focused.bottom - 2 * margin;
  const bottom = below >= above;
  const maxHeight = Math.max(64, Math.floor(bottom ? below : above));
  // Of the corners on that side, the one covering the least of the page around (reading order first).
  const band = places.filter((p) => p.startsWith(bottom ? 'b' : 't'));
  const h = Math.min(size.height, maxHeight);
  const corner = band.length
    ? leastCovering(band, (c) => boxOf(c, h), soft)
    : places[0]!;
  return { corner, maxHeight };
}

function leastCovering(free: Corner[], boxOf: (c: Corner) => Box, soft: readonly Obstacle[]): Corner {
  if (!soft.length) return free[0]!;
  const costs = free.map((c) => overlapCost(boxOf(c), soft));
  const best = Math.min(...costs);
  return free[costs.findIndex((c) => c <= best + COST_TOLERANCE)]!;
}
