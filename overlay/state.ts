/**
 * The overlay's state as one record, and what a recognition pass changes: `reconcile` is pure (no DOM, no
 * storage) and returns the next state with the effects, as plain data, that the runner (./controller.tsx)
 * applies in order.
 */
import type { JourneyView, NavKind } from '@/utils/journey';
import type { PortalId, Situation } from '@/utils/portals/types';
import type { RecognitionResult } from '@/utils/recognize';
import { type Deduction, type RememberedSituation, shownAs, situationAfter, situationToRemember } from '@/utils/situation';
import type { Prefs } from '@/utils/storage/prefs';

/** Where the page is in a journey: step, and the front and sub-state that journeys may name (ids only). */
export interface JourneyAt {
  portal: string;
  step: string;
  front?: string | null;
  state?: string | null;
}

export interface OverlayState {
  /** The step shown, or null: no overlay. */
  rec: RecognitionResult | null;
  /** What the card's text depends on (`signature`); '' without a step. */
  signature: string;
  url: string;
  /** The journey position of the step, once the background (or the demo) answered; null until then. */
  journey: JourneyView | null;
  /** The page element carrying the target marker. */
  target: Element | null;
  /** Our host element was put in and not taken out since. */
  mounted: boolean;
  /** `beforeFirstPaint` was awaited: only before the controller's very first render. */
  firstPaintDone: boolean;
  /** The family minimised the card on this step (preferences). */
  minimized: boolean;
  /** How the page was reached: given with the first journey request, `navigate` for the later ones. */
  nav: NavKind;
  /** Render again at the next pass even if nothing changed (the language was switched). */
  forcePaint: boolean;
  /** The family's road on this page (page evidence, else its answer), or unknown: utils/situation.ts. */
  situation: Deduction;
  /** The portal the tab's journey started on (from the journey's answer): on EduConnect, its answer counts. */
  origin: PortalId | null;
  /** The family's answer that applies here and the portal it is kept for (the card changes it there). */
  answer: AnswerSeen | null;
}

export type Effect =
  /** Move the target marker from `previous` to `target` (either may be null). */
  | { type: 'markTarget'; previous: Element | null; target: Element | null }
  | { type: 'mount' }
  /** Clear the card and take the host out of the page. */
  | { type: 'remove' }
  /** Host attributes; null removes one. */
  | { type: 'setAttrs'; attrs: Record<string, string | null> }
  /** `data-journey` from the state's journey (known only once `fetchJourney` is done). */
  | { type: 'journeyAttr' }
  /** Awaited once, before the first render (ControllerEnv.beforeFirstPaint). */
  | { type: 'beforeFirstPaint' }
  /** Render the card from the state. */
  | { type: 'paint' }
  /** Render only if the card is not there (the host was put back empty) or a repaint was asked for meanwhile. */
  | { type: 'ensurePainted' }
  /**
   * Ask for the journey position in the journey of the situation (null: none known, so no journey and no
   * counter); the answer goes into the state with `journeyLoaded`.
   */
  | { type: 'fetchJourney'; at: JourneyAt; nav: NavKind; situation: Situation | null }
  /** Keep the situation the page showed (an activation page is a first connection…) as the portal's answer. */
  | { type: 'rememberSituation'; portal: PortalId; answer: RememberedSituation };

/** The family's answer that applies on this page: the journey's origin portal's, else this portal's. */
export interface AnswerSeen {
  portal: PortalId;
  answer: RememberedSituation | null;
}

/**
 * What a pass saw: the recognition (null: not a step), the address, the preferences, our host's presence, and
 * the situation deduced for the page with the answer it was deduced from.
 */
export interface Observed {
  rec: RecognitionResult | null;
  url: string;
  prefs: Prefs;
  /** Our host element exists and is in the page. */
  hostConnected: boolean;
  situation?: Deduction;
  answer?: AnswerSeen | null;
}

export const UNKNOWN: Deduction = { situation: null, academie: null, from: null };

export function initialState(nav: NavKind = 'navigate'): OverlayState {
  return {
    rec: null,
    signature: '',
    url: '',
    journey: null,
    target: null,
    mounted: false,
    firstPaintDone: false,
    minimized: false,
    nav,
    forcePaint: false,
    situation: UNKNOWN,
    origin: null,
    answer: null,
  };
}

export function signature(rec: RecognitionResult | null, d: Deduction = UNKNOWN): string {
  return rec ? `${rec.portal}|${rec.step}|${rec.state ?? ''}|${rec.help}|${d.situation}|${d.academie}|${d.from}` : '';
}

function sameRoad(a: Deduction, b: Deduction): boolean {
  return a.situation === b.situation && a.academie === b.academie;
}

export function reconcile(prev: OverlayState, seen: Observed): { next: OverlayState; effects: Effect[] } {
  const { rec, url } = seen;
  if (!rec) return lost(prev);
  const stepChanged = !prev.rec || rec.portal !== prev.rec.portal || rec.step !== prev.rec.step || url !== prev.url;
  // Signed in with `lost` kept: the detour is over, and which account the family used is not told here. The
  // answer is forgotten (`toKeep`) and the page shown without it (no lost journey's counter on the ENT's home).
  const signedInLost = stepChanged && !!rec.stepDef.signedIn && seen.answer?.answer?.situation === 'lost';
  const d = signedInLost ? { ...UNKNOWN, academie: seen.situation?.academie ?? null } : (seen.situation ?? UNKNOWN);
  // Another road on the same page (the family answered, or forgot its answer): another journey, another count.
  const roadChanged = !stepChanged && !sameRoad(d, prev.situation);
  const sig = signature(rec, d);
  const changed = sig !== prev.signature || url !== prev.url;
  const targetChanged = rec.target !== prev.rec?.target;
  const next: OverlayState = {
    ...prev,
    rec,
    signature: sig,
    url,
    target: rec.target,
    mounted: true,
    minimized: !!seen.prefs.minimized[`${rec.portal}/${rec.step}`],
    situation: d,
    answer: seen.answer ?? null,
    // A new step starts without a journey position; it follows the first render.
    ...(stepChanged && { journey: null, firstPaintDone: true, nav: 'navigate' as const }),
    // The old road's counter is wrong at once: none until the new one's is known.
    ...(roadChanged && { journey: null }),
  };
  const effects: Effect[] = [];
  const mark: Effect = { type: 'markTarget', previous: prev.target, target: rec.target };
  // On a new step the target is looked at before our host element goes in: the page's layout is clean then,
  // and the first forced layout is the one of the card's first render.
  if (stepChanged && prev.target !== rec.target) effects.push(mark);
  if (!seen.hostConnected) effects.push({ type: 'mount' });
  const attrs = {
    'data-portal': rec.portal,
    'data-step': rec.step,
    'data-state': rec.state || null,
    'data-situation': d.situation && shownAs(d.situation),
  };
  // A front's page says which front and sub-state it is (journeys may name them); other pages, the step.
  const at: JourneyAt = rec.front ? { portal: rec.portal, step: rec.step, front: rec.front, state: rec.state } : { portal: rec.portal, step: rec.step };
  const fetch: Effect = { type: 'fetchJourney', at, nav: prev.nav, situation: d.situation };
  if (stepChanged) {
    effects.push(
      { type: 'setAttrs', attrs },
      ...(prev.firstPaintDone ? [] : [{ type: 'beforeFirstPaint' } as const]),
      { type: 'paint' },
      fetch,
      { type: 'journeyAttr' },
    );
  } else if (roadChanged) {
    effects.push({ type: 'setAttrs', attrs: { ...attrs, 'data-journey': null } });
    if (prev.target !== rec.target) effects.push(mark);
    effects.push({ type: 'paint' }, { ...fetch, nav: 'navigate' }, { type: 'journeyAttr' });
  } else {
    effects.push({ type: 'setAttrs', attrs: { ...attrs, 'data-journey': prev.journey?.journey ?? null } });
    if (prev.target !== rec.target) effects.push(mark);
    // Same step, another place of the journey: another front's page, or a sub-state a journey names (MCE's
    // code screen after its form, without a page load).
    const p = prev.rec!;
    if ((rec.front || p.front) && (rec.front !== p.front || rec.state !== p.state)) effects.push({ ...fetch, nav: 'navigate' }, { type: 'journeyAttr' });
  }
  const keep = signedInLost ? forget(seen.answer!) : toKeep(rec, d, seen.answer, stepChanged);
  if (keep) effects.push(keep);
  // A new step (or road) is rendered again once its journey position is known.
  effects.push(
    stepChanged || roadChanged || changed || targetChanged || prev.forcePaint ? { type: 'paint' } : { type: 'ensurePainted' },
  );
  return { next, effects };
}

/**
 * What the page teaches to keep: an activation page makes the answer `first-ent`, `activation-done` turns
 * `first-*` into `everyday-*`. A lost-password page is a detour, not the family's road: once the password
 * is new, the login is the everyday one again, so `lost` is never kept from a page; a family that answered
 * `lost` arrives on its account's recovery page, and its answer becomes that road's everyday login. Signed in,
 * a first connection is over (where no `activation-done` page was seen: a sign-up without a letter, the
 * académie account). Both only on arriving: an answer given on the page itself stays as given.
 */
function toKeep(rec: RecognitionResult, d: Deduction, seen: AnswerSeen | null | undefined, arrived: boolean): Effect | null {
  if (!seen) return null;
  const told = seen.answer?.situation;
  const keep = !arrived
    ? situationToRemember(rec, d)
    : told === 'lost' && rec.stepDef.recovers
      ? situationAfter(rec.stepDef, told)
      : rec.stepDef.signedIn && d.situation
        ? situationAfter(rec.stepDef, d.situation)
        : situationToRemember(rec, d);
  if (!keep || keep === 'lost' || keep === seen.answer?.situation) return null;
  const answer: RememberedSituation = { situation: keep };
  if (seen.answer?.academie) answer.academie = seen.answer.academie;
  return { type: 'rememberSituation', portal: seen.portal, answer };
}

/** The answer's situation forgotten, its académie kept. */
function forget(seen: AnswerSeen): Effect {
  const academie = seen.answer?.academie;
  return { type: 'rememberSituation', portal: seen.portal, answer: { situation: null, ...(academie && { academie }) } };
}

/** Not (or no longer) a step: the overlay goes. */
function lost(prev: OverlayState): { next: OverlayState; effects: Effect[] } {
  if (!prev.rec && !prev.mounted) return { next: prev, effects: [] };
  const effects: Effect[] = [];
  if (prev.target) effects.push({ type: 'markTarget', previous: prev.target, target: null });
  effects.push({ type: 'remove' });
  return {
    next: { ...prev, rec: null, signature: '', journey: null, target: null, mounted: false, situation: UNKNOWN, answer: null },
    effects,
  };
}

/**
 * The journey's answer. A position counted on another road than the one shown now (an answer that came back
 * after the family changed its answer; the tab's journey continuing on EduConnect before this page knew its
 * origin) is not shown: no counter rather than a wrong one. Its origin is kept: on EduConnect, the answer
 * given on the ENT the journey started on applies (`originChanged`: the runner deduces again).
 */
export function journeyLoaded(s: OverlayState, journey: JourneyView | null): OverlayState {
  const agrees = !journey || journey.situation === undefined || journey.situation === s.situation.situation;
  return { ...s, journey: agrees ? journey : null, origin: journey?.origin ?? s.origin };
}

export function originChanged(before: OverlayState, after: OverlayState): boolean {
  return before.origin !== after.origin;
}

/** The language changed: render again even if the step did not. */
export function repaintAsked(s: OverlayState): OverlayState {
  return { ...s, forcePaint: true };
}

export function painted(s: OverlayState): OverlayState {
  return s.forcePaint ? { ...s, forcePaint: false } : s;
}
