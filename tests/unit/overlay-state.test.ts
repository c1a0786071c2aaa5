// @vitest-environment node
/**
 * The overlay's pass as a pure function (overlay/state.ts `reconcile`): which effects each kind of change
 * gives, without a DOM (node environment; page elements are stand-in objects).
 */
import { describe, expect, it } from 'vitest';
import {
  initialState,
  journeyLoaded,
  originChanged,
  painted,
  reconcile,
  repaintAsked,
  type Effect,
  type Observed,
  type OverlayState,
} from '@/overlay/state';
import { deduceSituation, type Deduction } from '@/utils/situation';
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
    expect(effects[2]).toEqual({
      type: 'setAttrs',
      attrs: { 'data-portal': 'netocentre', 'data-step': 'login', 'data-state': null, 'data-situation': null },
    });
    // The first journey request says how the page was reached; later ones are navigations.
    expect(effects[5]).toEqual({ type: 'fetchJourney', at: { portal: 'netocentre', step: 'login' }, nav: 'reload', situation: null });
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
      {
        type: 'setAttrs',
        attrs: { 'data-portal': 'netocentre', 'data-step': 'login', 'data-state': null, 'data-situation': null, 'data-journey': 'j' },
      },
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

  it('the card starts minimised where the family minimised it', () => {
    const prefs = { minimized: { 'netocentre/login': true }, activated: [] };
    expect(reconcile(initialState(), seen(rec('netocentre', 'login'), { prefs })).next.minimized).toBe(true);
    expect(reconcile(initialState(), seen(rec('netocentre', 'account-choice'), { prefs })).next.minimized).toBe(false);
  });

});

const road = (situation: Deduction['situation'], from: Deduction['from'] = 'remembered', academie: Deduction['academie'] = null): Deduction => ({
  situation,
  academie,
  from,
});

describe('reconcile with the family\'s situation', () => {
  it('no situation known: data-situation absent, the journey asked with null (no journey, no counter)', () => {
    const { effects } = reconcile(initialState(), seen(rec('netocentre', 'profile-chooser'), { situation: road(null, null) }));
    const attrs = (effects.find((e) => e.type === 'setAttrs') as Extract<Effect, { type: 'setAttrs' }>).attrs;
    expect(attrs['data-situation']).toBeNull();
    expect(effects.find((e) => e.type === 'fetchJourney')).toMatchObject({ situation: null });
  });

  it('a known situation: on the host and in the journey request', () => {
    const { next, effects } = reconcile(initialState(), seen(rec('netocentre', 'profile-chooser'), { situation: road('everyday-ent') }));
    const attrs = (effects.find((e) => e.type === 'setAttrs') as Extract<Effect, { type: 'setAttrs' }>).attrs;
    expect(attrs['data-situation']).toBe('everyday-ent');
    expect(effects.find((e) => e.type === 'fetchJourney')).toMatchObject({ situation: 'everyday-ent' });
    expect(next.situation).toEqual(road('everyday-ent'));
  });

  it('the family answers on the same page: the old counter goes, the ring moves, the new road\'s journey is asked', () => {
    const tiles = element('tiles');
    const other = element('autre public');
    const s = shown(rec('netocentre', 'profile-chooser', { target: tiles }));
    expect(s.journey).not.toBeNull();
    const { next, effects } = reconcile(
      s,
      seen(rec('netocentre', 'profile-chooser', { target: other, help: 'recia.profile_chooser_ent' }), {
        hostConnected: true,
        situation: road('first-ent'),
      }),
    );
    expect(next.journey).toBeNull();
    expect(types(effects)).toEqual(['setAttrs', 'markTarget', 'paint', 'fetchJourney', 'journeyAttr', 'paint']);
    expect((effects[0] as Extract<Effect, { type: 'setAttrs' }>).attrs).toMatchObject({ 'data-situation': 'first-ent', 'data-journey': null });
    expect(effects[3]).toMatchObject({ type: 'fetchJourney', situation: 'first-ent' });
  });

  it('the same road on the next pass: nothing asked again', () => {
    const r = rec('netocentre', 'profile-chooser');
    const first = reconcile(initialState(), seen(r, { situation: road('first-ent') }));
    const s = painted(journeyLoaded(first.next, { journey: 'j', name: 'n', x: 2, n: 11, situation: 'first-ent' } as never));
    const { effects } = reconcile(s, seen(r, { hostConnected: true, situation: road('first-ent') }));
    expect(types(effects)).toEqual(['setAttrs', 'ensurePainted']);
  });

  it('forgetting the answer («Ce n\'est pas ma situation»): data-situation goes, no journey', () => {
    const r = rec('netocentre', 'profile-chooser');
    const first = reconcile(initialState(), seen(r, { situation: road('first-ent') }));
    const s = painted(journeyLoaded(first.next, { journey: 'j', name: 'n', x: 2, n: 11, situation: 'first-ent' } as never));
    const { next, effects } = reconcile(s, seen(r, { hostConnected: true, situation: road(null, null) }));
    expect((effects[0] as Extract<Effect, { type: 'setAttrs' }>).attrs['data-situation']).toBeNull();
    expect(effects.find((e) => e.type === 'fetchJourney')).toMatchObject({ situation: null });
    expect(next.journey).toBeNull();
  });

  it('a journey counted on another road is not shown (an answer that came back late)', () => {
    const { next } = reconcile(initialState(), seen(rec('netocentre', 'login'), { situation: road('everyday-ent') }));
    expect(journeyLoaded(next, { journey: 'a', name: 'n', x: 3, n: 11, origin: 'netocentre', situation: 'first-ent' } as never).journey).toBeNull();
    expect(journeyLoaded(next, { journey: 'b', name: 'n', x: 3, n: 4, origin: 'netocentre', situation: 'everyday-ent' } as never).journey).not.toBeNull();
  });

  it('EduConnect reached from an ENT: the journey\'s origin is kept, and a new origin asks for another pass', () => {
    const { next } = reconcile(initialState(), seen(rec('educonnect', 'login'), { situation: road(null, null) }));
    const after = journeyLoaded(next, { journey: 'a', name: 'n', x: 3, n: 8, origin: 'netocentre', situation: 'first-educonnect' } as never);
    expect(after.journey).toBeNull();
    expect(after.origin).toBe('netocentre');
    expect(originChanged(next, after)).toBe(true);
    expect(originChanged(after, journeyLoaded(after, null))).toBe(false);
  });

  it('page evidence is kept as the answer: an activation page makes it first-ent', () => {
    const r = rec('netocentre', 'activation-login');
    const d = deduceSituation(r, { netocentre: { situation: 'everyday-ent' } });
    expect(d).toMatchObject({ situation: 'first-ent', from: 'page' });
    const { effects } = reconcile(initialState(), seen(r, { situation: d, answer: { portal: 'netocentre', answer: { situation: 'everyday-ent' } } }));
    expect(effects.filter((e) => e.type === 'rememberSituation')).toEqual([
      { type: 'rememberSituation', portal: 'netocentre', answer: { situation: 'first-ent' } },
    ]);
    // Already kept: nothing written again.
    const again = reconcile(initialState(), seen(r, { situation: d, answer: { portal: 'netocentre', answer: { situation: 'first-ent' } } }));
    expect(types(again.effects)).not.toContain('rememberSituation');
  });

  it('activation-done keeps the matching everyday road (the next login uses the new password), académie kept', () => {
    const r = rec('netocentre', 'activation-done');
    const d = deduceSituation(r, { netocentre: { situation: 'first-ent' } });
    const { effects } = reconcile(initialState(), seen(r, { situation: d, answer: { portal: 'netocentre', answer: { situation: 'first-ent', academie: 'toulouse' } } }));
    expect(effects.find((e) => e.type === 'rememberSituation')).toEqual({
      type: 'rememberSituation',
      portal: 'netocentre',
      answer: { situation: 'everyday-ent', academie: 'toulouse' },
    });
  });

  it('a lost-password page is a detour: lost is shown, never kept', () => {
    const r = rec('netocentre', 'lost-password');
    const d = deduceSituation(r, { netocentre: { situation: 'everyday-ent' } });
    expect(d.situation).toBe('lost');
    const { effects } = reconcile(initialState(), seen(r, { situation: d, answer: { portal: 'netocentre', answer: { situation: 'everyday-ent' } } }));
    expect(types(effects)).not.toContain('rememberSituation');
    expect((effects.find((e) => e.type === 'setAttrs') as Extract<Effect, { type: 'setAttrs' }>).attrs['data-situation']).toBe('lost');
  });

  it('a family that answered lost arrives on its recovery page: its answer becomes that road\'s everyday login', () => {
    const answered = (portal: PortalId, academie?: 'toulouse') => ({ portal, answer: { situation: 'lost' as const, ...(academie && { academie }) } });
    const kept = (effects: Effect[]) => effects.filter((e) => e.type === 'rememberSituation');
    for (const [portal, step, origin, road] of [
      ['netocentre', 'lost-password', 'netocentre', 'everyday-ent'],
      ['educonnect', 'lost-password', 'netocentre', 'everyday-educonnect'],
      ['educonnect', 'lost-id', 'educonnect', 'everyday-educonnect'],
    ] as const) {
      const r = rec(portal, step);
      const d = deduceSituation(r, { [origin]: { situation: 'lost' } }, origin);
      // The page itself is still the lost road's (its card, its counter).
      expect(d.situation).toBe('lost');
      const { next, effects } = reconcile(initialState(), seen(r, { situation: d, answer: answered(origin) }));
      expect(kept(effects), `${portal}/${step}`).toEqual([{ type: 'rememberSituation', portal: origin, answer: { situation: road } }]);
      // Only on arriving: lost answered again on this page (the popup) stays as given.
      const again = reconcile(painted(next), seen(r, { hostConnected: true, situation: d, answer: answered(origin) }));
      expect(kept(again.effects)).toEqual([]);
    }
    // The académie goes with it (Occitanie's EduConnect line).
    const r = rec('educonnect', 'lost-password');
    const d = deduceSituation(r, { 'mon-ent-occitanie': { situation: 'lost', academie: 'toulouse' } }, 'mon-ent-occitanie');
    expect(kept(reconcile(initialState(), seen(r, { situation: d, answer: answered('mon-ent-occitanie', 'toulouse') })).effects)).toEqual([
      { type: 'rememberSituation', portal: 'mon-ent-occitanie', answer: { situation: 'everyday-educonnect', academie: 'toulouse' } },
    ]);
    // Another answer is not turned into an everyday login (a letter's first connection is not over).
    const first = rec('netocentre', 'lost-password');
    const df = deduceSituation(first, { netocentre: { situation: 'first-ent' } });
    expect(kept(reconcile(initialState(), seen(first, { situation: df, answer: { portal: 'netocentre', answer: { situation: 'first-ent' } } })).effects)).toEqual([]);
    // Any other page keeps lost as it was.
    const login = rec('netocentre', 'login');
    const dl = deduceSituation(login, { netocentre: { situation: 'lost' } });
    expect(kept(reconcile(initialState(), seen(login, { situation: dl, answer: answered('netocentre') })).effects)).toEqual([]);
  });

  it('signed in, a first connection is over: its everyday road is kept on arriving (académie kept)', () => {
    const kept = (effects: Effect[]) => effects.filter((e) => e.type === 'rememberSituation');
    for (const [portal, first, everyday, academie] of [
      ['mon-ent-occitanie', 'first-ent', 'everyday-ent', 'montpellier'],
      ['netocentre', 'first-educonnect', 'everyday-educonnect', undefined],
      ['educonnect', 'first-educonnect', 'everyday-educonnect', undefined],
    ] as const) {
      const r = rec(portal, 'services');
      const answer = { portal, answer: { situation: first, ...(academie && { academie }) } };
      const d = deduceSituation(r, { [portal]: answer.answer });
      const { next, effects } = reconcile(initialState(), seen(r, { situation: d, answer }));
      expect(kept(effects), portal).toEqual([{ type: 'rememberSituation', portal, answer: { situation: everyday, ...(academie && { academie }) } }]);
      // The page itself is shown on the road the family came by (its journey's last step).
      expect((effects.find((e) => e.type === 'setAttrs') as Extract<Effect, { type: 'setAttrs' }>).attrs['data-situation']).toBe(first);
      // Not again once there: a first connection chosen in the popup on this page stays as given.
      expect(kept(reconcile(painted(next), seen(r, { hostConnected: true, situation: d, answer })).effects)).toEqual([]);
    }
  });

  it('signed in with lost kept: the answer is forgotten (académie kept) and the page shown without it', () => {
    const kept = (effects: Effect[]) => effects.filter((e) => e.type === 'rememberSituation');
    const r = rec('mon-ent-occitanie', 'services');
    const answer = { portal: 'mon-ent-occitanie' as const, answer: { situation: 'lost' as const, academie: 'toulouse' as const } };
    const d = deduceSituation(r, { 'mon-ent-occitanie': answer.answer });
    expect(d.situation).toBe('lost');
    const { next, effects } = reconcile(initialState(), seen(r, { situation: d, answer }));
    expect(kept(effects)).toEqual([{ type: 'rememberSituation', portal: 'mon-ent-occitanie', answer: { situation: null, academie: 'toulouse' } }]);
    // No lost journey's counter on the ENT's home: the journey is asked for with no situation.
    expect(effects.find((e) => e.type === 'fetchJourney')).toMatchObject({ situation: null });
    expect((effects.find((e) => e.type === 'setAttrs') as Extract<Effect, { type: 'setAttrs' }>).attrs['data-situation']).toBeNull();
    // Only on arriving (lost answered in the popup while signed in stays as given), and only from lost.
    expect(kept(reconcile(painted(next), seen(r, { hostConnected: true, situation: d, answer })).effects)).toEqual([]);
    // (A first connection is turned into its everyday road there: the test above.)
    const other = { portal: 'netocentre' as const, answer: { situation: 'everyday-ent' as const } };
    const home = rec('netocentre', 'services');
    expect(kept(reconcile(initialState(), seen(home, { situation: deduceSituation(home, { netocentre: other.answer }), answer: other })).effects)).toEqual([]);
  });

  it('the answer\'s académie alone changes the road (the Occitanie line)', () => {
    const r = rec('mon-ent-occitanie', 'profile-chooser');
    const first = reconcile(initialState(), seen(r, { situation: road('first-educonnect') }));
    const s = painted(first.next);
    const { effects } = reconcile(s, seen(r, { hostConnected: true, situation: road('first-educonnect', 'remembered', 'toulouse') }));
    expect(types(effects)).toContain('fetchJourney');
  });
});
