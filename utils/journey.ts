/**
 * Journey tracking: which journey the user is on and where ("Étape X sur N"), across hosts and reloads.
 * Pure functions; the background keeps one state per tab in `storage.session` (cleared when the browser closes).
 * The state holds journey/step ids only — never anything typed or read from the page.
 */
import type { JourneyDef, PortalDef, PortalId, Situation } from './portals/types';
import { everydayOf, situationsAlong } from './situation';
import { entryDef, entryMatches, type JourneyPlace } from './portals/fronts';

export interface JourneyState {
  journey: string;
  index: number;
  origin: PortalId;
  updated: number;
  /** The situation the journey was chosen for (absent: chosen without one, the deprecated way). */
  situation?: Situation;
}

export interface JourneyView {
  journey: string;
  /** i18n key of the journey's name. */
  name: string;
  x: number;
  n: number;
  origin: PortalId;
  /** The step that normally comes next, if any (with its sub-state when the journey names one: MCE's code screen). */
  next: { portal: PortalId; step: string; state?: string } | null;
  /** The situation the journey serves (the one it was chosen for), when known. */
  situation?: Situation;
}

export type NavKind = 'navigate' | 'reload' | 'back_forward' | 'other';

/** A journey older than this is forgotten (the family walked away and came back later). */
export const JOURNEY_TTL_MS = 3 * 60 * 60 * 1000;

interface OwnedJourney extends JourneyDef {
  owner: PortalId;
  /** The situations the family is in once under way: a first connection's everyday login, a lost password's
   * everyday login on the road whose recovery page the journey goes through. */
  later: readonly Situation[];
}

export function allJourneys(portals: readonly PortalDef[]): OwnedJourney[] {
  return portals.flatMap((p) => p.journeys.map((j) => ({ ...j, owner: p.id, later: laterSituations(j, portals) })));
}

function laterSituations(j: JourneyDef, portals: readonly PortalDef[]): Situation[] {
  const later = new Set<Situation>();
  for (const s of j.situations) {
    if (everydayOf(s) !== s) later.add(everydayOf(s));
    for (const now of situationsAlong(j.steps, s, (at) => entryDef(portals, at))) if (now !== s) later.add(now);
  }
  return [...later];
}

function indexFrom(j: JourneyDef, at: JourneyPlace, from: number): number {
  for (let i = Math.max(0, from); i < j.steps.length; i++) if (entryMatches(j.steps[i], at)) return i;
  return -1;
}

function view(j: OwnedJourney, index: number, origin: PortalId, situation?: Situation): JourneyView {
  const next = j.steps[index + 1];
  return {
    journey: j.id,
    name: j.name,
    x: index + 1,
    n: j.steps.length,
    origin,
    next: next ? { portal: next.portal, step: next.step, ...(next.state ? { state: next.state } : {}) } : null,
    ...(situation ? { situation } : {}),
  };
}

/**
 * Does this journey serve the situation? A first-connection journey goes on serving the family once its
 * account is active (`first-ent` became `everyday-ent` at `activation-done`), a lost-password journey once the
 * family has been on the recovery page (`lost` became `everyday-ent`): each ends with the login and the
 * services, and its counter must not jump to another journey's.
 */
function serves(j: OwnedJourney, s: Situation, continuing: boolean): boolean {
  return j.situations.includes(s) || (continuing && j.later.includes(s));
}

/** The journeys of one situation (the two orders of a first connection are two journeys). */
export function journeysFor(portals: readonly PortalDef[], situation: Situation, owner?: PortalId): JourneyDef[] {
  return allJourneys(portals).filter((j) => j.situations.includes(situation) && (!owner || j.owner === owner));
}

/**
 * Advance the journey state to the page the user is on, in the journey of the family's situation.
 * - `situation` null (not known yet): no journey, no counter — null rather than a wrong count.
 * - `situation` left out: the deprecated guess (the first journey holding the step), for callers that do not
 *   pass the situation yet (the overlay until it asks the question); remove with them.
 * - Forward moves, skips (optional steps) and reloads keep the journey.
 * - The next position is the smallest one not before the current position, in the current journey or in
 *   another journey of the same origin portal (the family took the other branch at the chooser).
 * - The counter never goes back because of a redirect: a backward move is accepted only on history
 *   navigation (back/forward) or when the user starts over from the journey's first step.
 * - With no (or a stale) state, the journey is the first one holding the step, the current portal's first.
 */
export function advance(
  state: JourneyState | null,
  at: { portal: PortalId; step: string; front?: string | null; state?: string | null },
  portals: readonly PortalDef[],
  nav: NavKind = 'navigate',
  now: number = Date.now(),
  situation?: Situation | null,
): { state: JourneyState; view: JourneyView } | null {
  if (situation === null) return null;
  const all = allJourneys(portals);
  const fresh = state && now - state.updated < JOURNEY_TTL_MS ? state : null;
  const journeys = situation ? all.filter((j) => serves(j, situation, !!fresh)) : all;
  const current = fresh ? journeys.find((j) => j.id === fresh.journey) : undefined;

  if (fresh && current) {
    // The smallest step forward: in the current journey, or in another journey of the same origin (the
    // family took another branch: EduConnect at the chooser, a direct login instead of an activation).
    const i = indexFrom(current, at, fresh.index);
    let best: { j: OwnedJourney; i: number } | null = i >= 0 ? { j: current, i } : null;
    // Branches that also hold the page the family comes from (before this one) are preferred: after an
    // EduConnect login, the académie-account journey is not taken for the charter page. Only when no journey
    // holds both (the family went back and took the other line) does any branch do.
    const prev = current.steps[fresh.index];
    const holdsPrev = (j: JourneyDef, k: number) => {
      const p = prev ? indexFrom(j, prev, 0) : -1;
      return !prev || (p >= 0 && p <= k);
    };
    for (const strict of [true, false]) {
      for (const j of journeys) {
        if (j.owner !== fresh.origin || j.id === current.id) continue;
        const k = indexFrom(j, at, fresh.index);
        if (k < 0 || (best && k >= best.i) || (strict && !holdsPrev(j, k))) continue;
        best = { j, i: k };
      }
      if (best) break;
    }
    if (best) return done(best.j, best.i, fresh.origin);
    const back = indexFrom(current, at, 0);
    if (back >= 0) {
      if (nav === 'back_forward' || back === 0) return done(current, back, fresh.origin);
      // Redirect through an earlier page: hold the position.
      return done(current, fresh.index, fresh.origin);
    }
  }
  // Start a journey: the origin's (the family changed its answer on the way), then the current portal's own
  // journeys, then any that holds the step. A first-connection journey is not started for an everyday login.
  const starts = situation ? journeys.filter((j) => j.situations.includes(situation)) : journeys;
  const rank = (j: OwnedJourney) => (fresh && j.owner === fresh.origin ? 0 : j.owner === at.portal ? 1 : 2);
  const ordered = [...starts].sort((a, b) => rank(a) - rank(b));
  for (const j of ordered) {
    const i = indexFrom(j, at, 0);
    if (i >= 0) return done(j, i, j.owner);
  }
  return null;

  function done(j: OwnedJourney, index: number, origin: PortalId) {
    const st: JourneyState = { journey: j.id, index, origin, updated: now, ...(situation ? { situation } : {}) };
    return { state: st, view: view(j, index, origin, situation ?? undefined) };
  }
}
