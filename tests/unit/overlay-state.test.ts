// @vitest-environment node
/**
 * The overlay's pass as a pure function (overlay/state.ts `reconcile`): which effects each kind of change
 * gives, without a DOM (node environment; page elements are stand-in objects).
 */
import { describe, expect, it } from 'vitest';
import { initialState, journeyLoaded, painted, reconcile, repaintAsked, type Effect, type Observed, type OverlayState } from '@/overlay/state';
import { PORTALS } from '@/utils/portals';
import type { PortalId } from '@/utils/portals/types';
import type { RecognitionResult } from '@/utils/recognize';
import type { Prefs } from '@/utils/storage/prefs';

const URL_LOGIN = 'https://www.netocentre.fr/cas/login';
const noPrefs = (): Prefs => ({ minimized: {}, activated: [] });
/** A page element: only its identity matters to `reconcile`. */
const element = (name: string) => ({ name }) as unknown as Element;

function rec(portal: PortalId, step: string, o: { state?: string | null; target?: Element | null; help?: string } = {}): RecognitionResult {
  const portalDef = PORTALS.find((p) => p.id === portal)!;
  const stepDef = portalDef.steps.find((s) => s.id === step)!;
  expect(stepDef, `${portal}/${step}`).toBeTruthy();
  return { portal, step, state: o.state ?? null, help: o.help ?? stepDef.help, score: 1, portalDef, stepDef, target: o.target ?? null, situation: null };
}

function seen(r: RecognitionResult | null, o: Partial<Observed> = {}): Observed {
  return { rec: r, url: URL_LOGIN, prefs: noPrefs(), hostConnected: false, ...o };
}

const types = (effects: Effect[]) => effects.map((e) => e.type);

/** The state after a first pass on `r` with the journey answered, as the runner leaves it. */
function shown(r: RecognitionResult, url = URL_LOGIN): OverlayState {
  const { next } = reconcile(initialState(), seen(r, { url }));
  return painted(journeyLoaded(next, { journey: 'j', name: 'n', x: 1, n: 3 } as never));
}

describe('reconcile (overlay state, no DOM)', () => {
  it('first recognition: target, mount, attributes, yield, paint, journey, then paint again', () => {
    const target = element('login button');
    const r = rec('netocentre', 'login', { target });
    const { next, effects } = reconcile(initialState('reload'), seen(r));
    expect(types(effects)).toEqual(['markTarget', 'mount', 'setAttrs', 'beforeFirstPaint', 'paint', 'fetchJourney', 'journeyAttr', 'paint']);
    expect(effects[0]).toEqual({ type: 'markTarget', previous: null, target });
    expect(effects[2]).toEqual({ type: 'setAttrs', attrs: { 'data-portal': 'netocentre', 'data-step': 'login', 'data-state': null } });
    // The first journey request says how the page was reached; later ones are navigations.
    expect(effects[5]).toEqual({ type: 'fetchJourney', at: { portal: 'netocentre', step: 'login' }, nav: 'reload' });
    expect(next).toMatchObject({ rec: r, url: URL_LOGIN, target, mounted: true, firstPaintDone: true, nav: 'navigate', journey: null });
  });

  it('the yield before the first render comes once per controller', () => {
    const s = shown(rec('netocentre', 'login'));
    const { effects } = reconcile(s, seen(rec('netocentre', 'account-choice'), { hostConnected: true }));
    expect(types(effects)).not.toContain('beforeFirstPaint');
    expect(types(effects)).toContain('paint');
  });

  it('same signature, host in place: nothing new (attributes kept right, card painted only if it went missing)', () => {
    const target = element('login button');
    const s = shown(rec('netocentre', 'login', { target }));
    const { next, effects } = reconcile(s, seen(rec('netocentre', 'login', { target }), { hostConnected: true }));
    expect(effects).toEqual([
      { type: 'setAttrs', attrs: { 'data-portal': 'netocentre', 'data-step': 'login', 'data-state': null, 'data-journey': 'j' } },
      { type: 'ensurePainted' },
    ]);
    expect(next.journey).toEqual(s.journey);
  });

  it('host taken out by the page: mounted again, without a new journey request', () => {
    const s = shown(rec('netocentre', 'login'));
    const { effects } = reconcile(s, seen(rec('netocentre', 'login'), { hostConnected: false }));
    expect(types(effects)).toEqual(['mount', 'setAttrs', 'ensurePainted']);
  });

  it('target change on the same step: the mark moves, then a paint', () => {
    const a = element('a');
    const b = element('b');
    const s = shown(rec('netocentre', 'login', { target: a }));
    const { next, effects } = reconcile(s, seen(rec('netocentre', 'login', { target: b }), { hostConnected: true }));
    expect(types(effects)).toEqual(['setAttrs', 'markTarget', 'paint']);
    expect(effects[1]).toEqual({ type: 'markTarget', previous: a, target: b });
    expect(next.target).toBe(b);
  });

  it('sub-state change (error): attributes and a paint, no new journey', () => {
    const s = shown(rec('netocentre', 'login'));
    const { effects } = reconcile(s, seen(rec('netocentre', 'login', { state: 'error', help: 'x.error' }), { hostConnected: true }));
    expect(types(effects)).toEqual(['setAttrs', 'paint']);
    expect((effects[0] as Extract<Effect, { type: 'setAttrs' }>).attrs['data-state']).toBe('error');
  });

  it('a repaint asked for (language switched) paints once', () => {
    const s = repaintAsked(shown(rec('netocentre', 'login')));
    const { next, effects } = reconcile(s, seen(rec('netocentre', 'login'), { hostConnected: true }));
    expect(types(effects)).toContain('paint');
    expect(painted(next).forcePaint).toBe(false);
  });

  it('recognition lost: the mark goes, then the host; nothing more while it stays lost', () => {
    const target = element('t');
    const s = shown(rec('netocentre', 'login', { target }));
    const { next, effects } = reconcile(s, seen(null));
    expect(effects).toEqual([{ type: 'markTarget', previous: target, target: null }, { type: 'remove' }]);
    expect(next).toMatchObject({ rec: null, journey: null, target: null, mounted: false });
    expect(reconcile(next, seen(null)).effects).toEqual([]);
    expect(reconcile(initialState(), seen(null)).effects).toEqual([]);
  });

  it('a step change resets the journey until the new position is known', () => {
    const s = shown(rec('netocentre', 'login'));
    expect(s.journey).not.toBeNull();
    const { next, effects } = reconcile(s, seen(rec('netocentre', 'account-choice'), { hostConnected: true }));
    expect(next.journey).toBeNull();
    expect(types(effects)).toEqual(['setAttrs', 'paint', 'fetchJourney', 'journeyAttr', 'paint']);
    expect(effects[2]).toMatchObject({ at: { portal: 'netocentre', step: 'account-choice' }, nav: 'navigate' });
  });

  it('the same step at another address is a new step', () => {
    const s = shown(rec('netocentre', 'login'));
    const { effects } = reconcile(s, seen(rec('netocentre', 'login'), { hostConnected: true, url: `${URL_LOGIN}?x=1` }));
    expect(types(effects)).toContain('fetchJourney');
  });

  it('a step that marks the activation: markActivated once, not when already known', () => {
    const r = rec('netocentre', 'services');
    expect(r.stepDef.marksActivated).toBe(true);
    const first = reconcile(initialState(), seen(r));
    expect(first.effects.filter((e) => e.type === 'markActivated')).toEqual([{ type: 'markActivated', portal: 'netocentre' }]);
    const again = reconcile(painted(first.next), seen(rec('netocentre', 'services'), { hostConnected: true }));
    expect(types(again.effects)).not.toContain('markActivated');
    const known = reconcile(initialState(), seen(r, { prefs: { minimized: {}, activated: ['netocentre'] } }));
    expect(types(known.effects)).not.toContain('markActivated');
    expect(types(reconcile(initialState(), seen(rec('netocentre', 'login'))).effects)).not.toContain('markActivated');
  });

  it('the card starts minimised where the family minimised it', () => {
    const prefs = { minimized: { 'netocentre/login': true }, activated: [] };
    expect(reconcile(initialState(), seen(rec('netocentre', 'login'), { prefs })).next.minimized).toBe(true);
    expect(reconcile(initialState(), seen(rec('netocentre', 'account-choice'), { prefs })).next.minimized).toBe(false);
  });

  it('marksActivated is on the services and activation-done steps of every portal that has them', () => {
    for (const p of PORTALS) {
      for (const s of p.steps) {
        expect(!!s.marksActivated, `${p.id}/${s.id}`).toBe(s.id === 'services' || s.id === 'activation-done');
      }
    }
  });
});
