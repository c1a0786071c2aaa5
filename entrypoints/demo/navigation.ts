/**
 * Which page of which journey the demonstration shows (pure): the presenter picks a journey, moves forward
 * or back. Moving back is a « back_forward » navigation for the journey counter, as on the real sites.
 */
import type { DemoPlan } from '@/utils/demo/plan';
import type { NavKind } from '@/utils/journey';

export interface NavState {
  journey: string;
  index: number;
  /** How the page shown was reached (the overlay's journey counter depends on it). */
  nav: NavKind;
}

export type NavAction = { type: 'pick'; journey: string } | { type: 'go'; to: number };

type Journeys = Pick<DemoPlan, 'journeys'>;

/** The journey asked for in the address (`?journey=`) when it can be shown, else the first that can. */
export function initialNav(plan: Journeys, search: string): NavState {
  const asked = new URLSearchParams(search).get('journey');
  const available = plan.journeys.filter((j) => j.available);
  const first = available.find((j) => j.id === asked) ?? available[0];
  return { journey: first?.id ?? '', index: 0, nav: 'navigate' };
}

/** The next state; the same object when the move goes nowhere (out of the journey, or to the same page). */
export function navigate(plan: Journeys, s: NavState, a: NavAction): NavState {
  if (a.type === 'pick') return { journey: a.journey, index: 0, nav: 'navigate' };
  const n = plan.journeys.find((j) => j.id === s.journey)?.steps.length ?? 0;
  if (a.to < 0 || a.to >= n || a.to === s.index) return s;
  return { ...s, index: a.to, nav: a.to > s.index ? 'navigate' : 'back_forward' };
}
