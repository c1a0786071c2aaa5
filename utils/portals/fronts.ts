/**
 * Steps served by several fronts (StepDef.fronts: RECIA's MCE beside cerbere2): the step as one front shows it,
 * and where a journey is. Pure data helpers shared by the recogniser, the journeys, the guides and the demo.
 */
import type { FrontDef, JourneyDef, PortalDef, StepDef } from './types';

const MERGED = new WeakMap<FrontDef, StepDef & { front: string }>();

/** The step as a front shows it: the front's fields over the step's (one object per front). */
export function withFront(step: StepDef, f: FrontDef): StepDef & { front: string } {
  let m = MERGED.get(f);
  if (!m) {
    // What the step means (evidence, phase…) is kept; how its pages look and what their help says is the front's.
    const own = { text: undefined, textAlso: undefined, require: undefined, reject: undefined, states: undefined, priority: undefined };
    m = { ...step, ...own, target: undefined, newPassword: undefined, leadsTo: undefined, ...f, id: step.id, fronts: undefined };
    MERGED.set(f, m);
  }
  return m;
}

/** A place in a journey, as the page tells it: the step, the front whose page it is, the sub-state shown. */
export interface JourneyPlace {
  portal: string;
  step: string;
  front?: string | null;
  state?: string | null;
}

type JourneyStep = JourneyDef['steps'][number];

/**
 * Does a journey's entry name this page? `front`/`state` left out: any; `null`: the step's own pages / no
 * sub-state; a string: that front / that sub-state only.
 */
export function entryMatches(s: JourneyStep, at: JourneyPlace): boolean {
  if (s.portal !== at.portal || s.step !== at.step) return false;
  if (s.front !== undefined && s.front !== (at.front ?? null)) return false;
  return s.state === undefined || s.state === (at.state ?? null);
}

/** The step definition a journey's entry shows (its front's when it names one). */
export function entryDef(portals: readonly PortalDef[], s: JourneyStep): StepDef | undefined {
  const def = portals.find((p) => p.id === s.portal)?.steps.find((d) => d.id === s.step);
  if (!def || !s.front) return def;
  const fronts = def.fronts?.filter((f) => f.front === s.front) ?? [];
  // Several screens of one front for one step (MCE's code screen after its e-mail field): the entry's sub-state
  // names the one that shows it; without one, the first.
  const f = (s.state ? fronts.find((x) => x.states?.some((st) => st.id === s.state)) : undefined) ?? fronts[0];
  return f ? withFront(def, f) : def;
}
