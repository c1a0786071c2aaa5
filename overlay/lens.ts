/**
 * What mutations can change the overlay's answer on a recognised step (utils/mutation-filter.ts judges them;
 * why: docs/decisions/steady-state.md « A recognised step: what can move its answer »):
 * - the other steps possible at this address, for what each lacked at the last pass (as the entry does);
 * - the current step's probes, its states and targets on every road, but not what cannot move it: its other
 *   `confirm` probes while one surely holds, and a target list's word-reading entries from the highlighted
 *   one on, after the highlighted element (`tail`);
 * - the page's structure and the highlighted element, as always.
 */
import { DomView } from '@/utils/dom';
import { lensOf, stepsWatched, stepWatched, type MutationLens, type Watched } from '@/utils/mutation-filter';
import type { PortalDef, StepDef, TargetDef } from '@/utils/portals/types';
import { resolveTargetDef, stepsAt, type Failed } from '@/utils/recognize';
import type { OverlayState } from './state';

/** What the last pass told: why the other steps were not the page (empty: not known, every probe is read). */
export type FailedSteps = ReadonlyMap<StepDef, Failed>;

let made: { s: OverlayState; failed: FailedSteps; url: string; lens: MutationLens } | null = null;

/** The lens for the state `s` the pass with `failed` found (made once per pass, at the first record after it). */
export function overlayLens(s: OverlayState, portal: PortalDef | null, failed: FailedSteps, url: string, doc: Document): MutationLens | null {
  // Before the first step is seen, every mutation counts (the first passes come at once anyway).
  if (!portal) return null;
  if (made?.s === s && made.failed === failed && made.url === url) return made.lens;
  const here = stepsAt(url, [portal]);
  const def = s.rec?.stepDef;
  // A step with fronts stays among the others in full: another of its fronts can become the page.
  const others = here.filter((x) => x !== def || x.fronts?.length);
  const watched = [...(def ? onStep(def, s.target, doc) : []), ...stepsWatched(others, failed)];
  made = { s, failed, url, lens: lensOf(watched, s.target) };
  return made.lens;
}

/** The current step's probes, states and targets (every road), less what cannot move the answer now. */
export function onStep(def: StepDef, target: Element | null, doc: Document): Watched[] {
  const view = new DomView(doc);
  // A `confirm` probe of a selector (and words) found shown holds: it is the step's evidence, the others cannot
  // add to it; it stops holding only through its own elements, which stay watched (an element-only one rather).
  const sure = def.confirm?.filter((p) => Object.keys(p).every((k) => k === 'css' || k === 'text') && !!resolveTargetDef([p as TargetDef], view));
  const one = sure?.find((p) => p.text === undefined) ?? sure?.[0];
  const step = one ? { ...def, confirm: [one] } : def;
  return stepWatched(step, (list) => {
    // The entry the highlight came from: the first shown match wins, so from it on only elements before the
    // highlighted one can move it. A list the highlight is not from: read in full.
    const i = target ? list.findIndex((t) => resolveTargetDef([t as string | TargetDef], view)?.el === target) : -1;
    return i < 0 ? Infinity : i;
  });
}
