// When the content entry looks at a page that is not (yet) a step, read from its source so that the e2e waits
// follow it: a first pass right after DOMContentLoaded, one `THROTTLE_MS` after `load`, then the watch's
// settle looks `SETTLE_MS` after `load` (each throttled the same way). docs/decisions/negative-waits.md.
import { SETTLE_MS, THROTTLE_MS } from '../../scripts/watch-schedule.mjs';

export { SETTLE_MS, THROTTLE_MS };

/** Time from a check that finds a step to the host in the page (UI module already fetched: a task and a render),
 * with room for a loaded CI machine. */
export const RENDER_MS = 150;

/**
 * How long after `load` a page where the overlay must not appear is watched: through the look after `load` and
 * the first settle look, plus the render. The later settle looks (1.2 s to 6 s) look at the same static page.
 */
export const NEGATIVE_AFTER_LOAD_MS = SETTLE_MS[0] + THROTTLE_MS + RENDER_MS;
