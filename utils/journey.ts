/**
 * Journey tracking: which journey the user is on and where ("Étape X sur N"), across hosts and reloads.
 * Pure functions; the background keeps one state per tab in `storage.session` (cleared when the browser closes).
 * The state holds journey/step ids only — never anything typed or read from the page.
 */
import type { JourneyDef, PortalDef, PortalId } from './portals/types';

export interface JourneyState {
  journey: string;
  index: number;
  origin: PortalId;
  updated: number;
}

export interface JourneyView {
  journey: string;
  /** i18n key of the journey's name. */
  name: string;
  x: number;
  n: number;
  origin: PortalId;
  /** The step that normally comes next, if any. */
  next: { portal: PortalId; step: string } | null;
}

export type NavKind = 'navigate' | 'reload' | 'back_forward' | 'other';

/** A journey older than this is forgotten (the family walked away and came back later). */
export const JOURNEY_TTL_MS = 3 * 60 * 60 * 1000;

interface OwnedJourney extends JourneyDef {
  owner: PortalId;
}

export function allJourneys(portals: readonly PortalDef[]): OwnedJourney[] {
  return portals.flatMap((p) => p.journeys.map((j) => ({ ...j, owner: p.id })));
}

function indexFrom(j: JourneyDef, portal: PortalId, step: string, from: number): number {
  for (let i = Math.max(0, from); i < j.steps.length; i++) {
    if (j.steps[i].portal === portal && j.steps[i].step === step) return i;
  }
  return -1;
}

function view(j: OwnedJourney, index: number, origin: PortalId): JourneyView {
  return {
    journey: j.id,
    name: j.name,
    x: index + 1,
    n: j.steps.length,
    origin,
    next: j.steps[index + 1] ?? null,
  };
}

/**
 * Advance the journey state to the page the user is on.
 * - Forward moves, skips (optional steps) and reloads keep the journey.
 * - The next position is the smallest one not before the current position, in the current journey or in
 *   another journey of the same origin portal (the family took the other branch at the chooser).
 * - The counter never goes back because of a redirect: a backward move is accepted only on history
 *   navigation (back/forward) or when the user starts over from the journey's first step.
 * - With no (or a stale) state, the journey is the first one holding the step, the current portal's first.
 */
export function advance(
  state: JourneyState | null,
  at: { portal: PortalId; step: string },
  portals: readonly PortalDef[],
  nav: NavKind = 'navigate',
  now: number = Date.now(),
): { state: JourneyState; view: JourneyView } | null {
  const journeys = allJourneys(portals);
  const fresh = state && now - state.updated < JOURNEY_TTL_MS ? state : null;
  const current = fresh ? journeys.find((j) => j.id === fresh.journey) : undefined;

  if (fresh && current) {
    // The smallest step forward: in the current journey, or in another journey of the same origin (the
    // family took another branch: EduConnect at the chooser, a direct login instead of an activation).
    const i = indexFrom(current, at.portal, at.step, fresh.index);
    let best: { j: OwnedJourney; i: number } | null = i >= 0 ? { j: current, i } : null;
    // Branches that also hold the page the family comes from (before this one) are preferred: after an
    // EduConnect login, the académie-account journey is not taken for the charter page. Only when no journey
    // holds both (the family went back and took the other line) does any branch do.
    const prev = current.steps[fresh.index];
    const holdsPrev = (j: JourneyDef, k: number) => {
      const p = prev ? indexFrom(j, prev.portal, prev.step, 0) : -1;
      return !prev || (p >= 0 && p <= k);
    };
    for (const strict of [true, false]) {
      for (const j of journeys) {
        if (j.owner !== fresh.origin || j.id === current.id) continue;
        const k = indexFrom(j, at.portal, at.step, fresh.index);
        if (k < 0 || (best && k >= best.i) || (strict && !holdsPrev(j, k))) continue;
        best = { j, i: k };
      }
      if (best) break;
    }
    if (best) return done(best.j, best.i, fresh.origin);
    const back = indexFrom(current, at.portal, at.step, 0);
    if (back >= 0) {
      if (nav === 'back_forward' || back === 0) return done(current, back, fresh.origin);
      // Redirect through an earlier page: hold the position.
      return done(current, fresh.index, fresh.origin);
    }
  }
  // Start a journey: prefer the current portal's own journeys, then any that holds the step.
  const ordered = [...journeys.filter((j) => j.owner === at.portal), ...journeys.filter((j) => j.owner !== at.portal)];
  for (const j of ordered) {
    const i = indexFrom(j, at.portal, at.step, 0);
    if (i >= 0) return done(j, i, j.owner);
  }
  return null;

  function done(j: OwnedJourney, index: number, origin: PortalId) {
    return { state: { journey: j.id, index, origin, updated: now }, view: view(j, index, origin) };
  }
}
