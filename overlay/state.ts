/**
 * The overlay's state as one record, and what a recognition pass changes: `reconcile` is pure (no DOM, no
 * storage) and returns the next state with the effects, as plain data, that the runner (./controller.tsx)
 * applies in order.
 */
import type { JourneyView, NavKind } from '@/utils/journey';
import type { RecognitionResult } from '@/utils/recognize';
import type { Prefs } from '@/utils/storage/prefs';

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
  /** Ask for the journey position; the answer goes into the state with `journeyLoaded`. */
  | { type: 'fetchJourney'; at: { portal: string; step: string }; nav: NavKind }
  /** Remember that the family got past this portal's activation. */
  | { type: 'markActivated'; portal: string };

/** What a pass saw: the recognition (null: not a step), the address, the preferences, our host's presence. */
export interface Observed {
  rec: RecognitionResult | null;
  url: string;
  prefs: Prefs;
  /** Our host element exists and is in the page. */
  hostConnected: boolean;
}

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
  };
}

export function signature(rec: RecognitionResult | null): string {
  return rec ? `${rec.portal}|${rec.step}|${rec.state ?? ''}|${rec.help}` : '';
}

export function reconcile(prev: OverlayState, seen: Observed): { next: OverlayState; effects: Effect[] } {
  const { rec, url } = seen;
  if (!rec) return lost(prev);
  const stepChanged = !prev.rec || rec.portal !== prev.rec.portal || rec.step !== prev.rec.step || url !== prev.url;
  const changed = signature(rec) !== prev.signature || url !== prev.url;
  const targetChanged = rec.target !== prev.rec?.target;
  const next: OverlayState = {
    ...prev,
    rec,
    signature: signature(rec),
    url,
    target: rec.target,
    mounted: true,
    minimized: !!seen.prefs.minimized[`${rec.portal}/${rec.step}`],
    // A new step starts without a journey position; it follows the first render.
    ...(stepChanged && { journey: null, firstPaintDone: true, nav: 'navigate' as const }),
  };
  const effects: Effect[] = [];
  const mark: Effect = { type: 'markTarget', previous: prev.target, target: rec.target };
  // On a new step the target is looked at before our host element goes in: the page's layout is clean then,
  // and the first forced layout is the one of the card's first render.
  if (stepChanged && prev.target !== rec.target) effects.push(mark);
  if (!seen.hostConnected) effects.push({ type: 'mount' });
  const attrs = { 'data-portal': rec.portal, 'data-step': rec.step, 'data-state': rec.state || null };
  if (stepChanged) {
    effects.push({ type: 'setAttrs', attrs }, ...newStep(prev, rec, seen.prefs), { type: 'journeyAttr' });
  } else {
    effects.push({ type: 'setAttrs', attrs: { ...attrs, 'data-journey': prev.journey?.journey ?? null } });
    if (prev.target !== rec.target) effects.push(mark);
  }
  // A new step is rendered again once its journey position is known.
  effects.push(stepChanged || changed || targetChanged || prev.forcePaint ? { type: 'paint' } : { type: 'ensurePainted' });
  return { next, effects };
}

/** A new step: the help at once, then the journey position (a message round trip), then the activation. */
function newStep(prev: OverlayState, rec: RecognitionResult, prefs: Prefs): Effect[] {
  return [
    ...(prev.firstPaintDone ? [] : [{ type: 'beforeFirstPaint' } as const]),
    { type: 'paint' },
    { type: 'fetchJourney', at: { portal: rec.portal, step: rec.step }, nav: prev.nav },
    ...(rec.stepDef.marksActivated && !prefs.activated.includes(rec.portal)
      ? [{ type: 'markActivated', portal: rec.portal } as const]
      : []),
  ];
}

/** Not (or no longer) a step: the overlay goes. */
function lost(prev: OverlayState): { next: OverlayState; effects: Effect[] } {
  if (!prev.rec && !prev.mounted) return { next: prev, effects: [] };
  const effects: Effect[] = [];
  if (prev.target) effects.push({ type: 'markTarget', previous: prev.target, target: null });
  effects.push({ type: 'remove' });
  return { next: { ...prev, rec: null, signature: '', journey: null, target: null, mounted: false }, effects };
}

export function journeyLoaded(s: OverlayState, journey: JourneyView | null): OverlayState {
  return { ...s, journey };
}

/** The language changed: render again even if the step did not. */
export function repaintAsked(s: OverlayState): OverlayState {
  return { ...s, forcePaint: true };
}

export function painted(s: OverlayState): OverlayState {
  return s.forcePaint ? { ...s, forcePaint: false } : s;
}
