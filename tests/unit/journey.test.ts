import { describe, expect, it } from 'vitest';
import { advance, JOURNEY_TTL_MS, type JourneyState } from '@/utils/journey';
import { PORTALS } from '@/utils/portals';
import type { PortalId, Situation } from '@/utils/portals/types';

function walk(steps: [PortalId, string][], nav: 'navigate' | 'back_forward' = 'navigate', situation?: Situation | null) {
  let state: JourneyState | null = null;
  const seen: string[] = [];
  for (const [portal, step] of steps) {
    const r = advance(state, { portal, step }, PORTALS, nav, 1000, situation);
    expect(r, `${portal}/${step}`).not.toBeNull();
    state = r!.state;
    seen.push(`${r!.view.journey}:${r!.view.x}/${r!.view.n}`);
  }
  return { state, seen };
}

describe('journey counter', () => {
  it('counts the whole first-connection journey on Net O\'Centre', () => {
    const { seen } = walk([
      ['netocentre', 'home'],
      ['netocentre', 'profile-chooser'],
      ['netocentre', 'login'],
      ['netocentre', 'activation-login'],
      ['netocentre', 'activation-terms'],
      ['netocentre', 'activation-email'],
      ['netocentre', 'activation-password'],
      ['netocentre', 'activation-done'],
      ['netocentre', 'login'],
      ['netocentre', 'services'],
    ]);
    expect(seen).toEqual([
      'netocentre-activation:1/11',
      'netocentre-activation:2/11',
      'netocentre-activation:3/11',
      'netocentre-activation:4/11',
      'netocentre-activation:5/11',
      'netocentre-activation:6/11',
      'netocentre-activation:7/11', // the password through the mail's link (seed 000)
      'netocentre-activation:9/11', // no secret questions asked: skipped
      'netocentre-activation:10/11',
      'netocentre-activation:11/11',
    ]);
  });

  it('switches to the everyday-login journey when the family logs in directly', () => {
    const { seen } = walk([
      ['touraine-eschool', 'home'],
      ['touraine-eschool', 'profile-chooser'],
      ['touraine-eschool', 'login'],
      ['touraine-eschool', 'services'],
    ]);
    expect(seen.at(-1)).toBe('touraine-login:4/4');
  });

  it('reloads keep the position; a redirect through an earlier page does not move it back', () => {
    let r = walk([
      ['netocentre', 'home'],
      ['netocentre', 'profile-chooser'],
      ['netocentre', 'login'],
      ['netocentre', 'activation-login'],
    ]);
    const again = advance(r.state, { portal: 'netocentre', step: 'activation-login' }, PORTALS, 'reload', 1000)!;
    expect(again.view.x).toBe(4);
    const back = advance(r.state, { portal: 'netocentre', step: 'profile-chooser' }, PORTALS, 'navigate', 1000)!;
    expect(back.view.x).toBe(4);
    const hist = advance(r.state, { portal: 'netocentre', step: 'profile-chooser' }, PORTALS, 'back_forward', 1000)!;
    expect(hist.view.x).toBe(2);
    const restart = advance(r.state, { portal: 'netocentre', step: 'home' }, PORTALS, 'navigate', 1000)!;
    expect(restart.view.x).toBe(1);
  });

  it('forgets a stale journey', () => {
    const r = walk([
      ['netocentre', 'home'],
      ['netocentre', 'profile-chooser'],
      ['netocentre', 'login'],
      ['netocentre', 'activation-login'],
    ]);
    const later = advance(r.state, { portal: 'netocentre', step: 'login' }, PORTALS, 'navigate', 1000 + JOURNEY_TTL_MS + 1)!;
    expect(later.view.x).toBe(3);
  });

  it('returns null for a step no journey knows', () => {
    expect(advance(null, { portal: 'netocentre', step: 'nope' }, PORTALS)).toBeNull();
  });
});

describe('the journey of the family\'s situation', () => {
  const everyday: [PortalId, string][] = [
    ['netocentre', 'home'],
    ['netocentre', 'profile-chooser'],
    ['netocentre', 'login'],
    ['netocentre', 'services'],
  ];

  it('no situation known: no journey, no counter (null rather than a wrong count)', () => {
    for (const [portal, step] of everyday) expect(advance(null, { portal, step }, PORTALS, 'navigate', 1000, null)).toBeNull();
  });

  it('an everyday login is a short journey from the first page: 3 of 4 on the login, next the services', () => {
    const { seen } = walk(everyday, 'navigate', 'everyday-ent');
    expect(seen).toEqual(['netocentre-login:1/4', 'netocentre-login:2/4', 'netocentre-login:3/4', 'netocentre-login:4/4']);
    const r = advance(null, { portal: 'netocentre', step: 'login' }, PORTALS, 'navigate', 1000, 'everyday-ent')!;
    expect(r.view.next).toEqual({ portal: 'netocentre', step: 'services' });
    expect(r.view.situation).toBe('everyday-ent');
    const edu = advance(null, { portal: 'educonnect', step: 'login' }, PORTALS, 'navigate', 1000, 'everyday-educonnect')!;
    expect([edu.view.journey, edu.view.x, edu.view.n, edu.view.next?.step]).toEqual(['educonnect-login', 1, 2, 'services']);
  });

  it('a first connection with the ENT letter: « Activer mon compte » leads to the activation, same journey', () => {
    const r = advance(null, { portal: 'touraine-eschool', step: 'login' }, PORTALS, 'navigate', 1000, 'first-ent')!;
    expect([r.view.journey, r.view.x, r.view.n, r.view.next?.step]).toEqual(['touraine-activation-no-email', 3, 11, 'activation-login']);
  });

  it('the two orders of a first connection: with an e-mail (password, then questions) and without (questions first)', () => {
    const start: [PortalId, string][] = [
      ['netocentre', 'home'],
      ['netocentre', 'profile-chooser'],
      ['netocentre', 'login'],
      ['netocentre', 'activation-login'],
      ['netocentre', 'activation-terms'],
      ['netocentre', 'activation-email'],
    ];
    const cfa = walk([...start, ['netocentre', 'activation-password'], ['netocentre', 'activation-questions'], ['netocentre', 'activation-done']], 'navigate', 'first-ent');
    expect(cfa.seen.slice(-3)).toEqual(['netocentre-activation:7/11', 'netocentre-activation:8/11', 'netocentre-activation:9/11']);
    const noMail = walk([...start, ['netocentre', 'activation-questions'], ['netocentre', 'activation-password'], ['netocentre', 'activation-done']], 'navigate', 'first-ent');
    expect(noMail.seen.slice(-3)).toEqual([
      'netocentre-activation-no-email:7/11',
      'netocentre-activation-no-email:8/11',
      'netocentre-activation-no-email:9/11',
    ]);
  });

  it('after « Compte activé » the answer is everyday-ent: the first-connection journey goes on to its end', () => {
    let r = walk(
      [
        ['netocentre', 'activation-login'],
        ['netocentre', 'activation-terms'],
        ['netocentre', 'activation-email'],
        ['netocentre', 'activation-password'],
        ['netocentre', 'activation-done'],
      ],
      'navigate',
      'first-ent',
    );
    const login = advance(r.state, { portal: 'netocentre', step: 'login' }, PORTALS, 'navigate', 1000, 'everyday-ent')!;
    expect([login.view.journey, login.view.x, login.view.next?.step]).toEqual(['netocentre-activation', 10, 'services']);
    r = { state: login.state, seen: [] };
    expect(advance(r.state, { portal: 'netocentre', step: 'services' }, PORTALS, 'navigate', 1000, 'everyday-ent')!.view.x).toBe(11);
  });

  it('a changed answer on the way (« Ce n\'est pas ma situation ») takes the new road\'s journey, same origin', () => {
    const r = walk(everyday.slice(0, 2), 'navigate', 'everyday-educonnect');
    expect(r.seen.at(-1)).toBe('netocentre-educonnect-login:2/4');
    const changed = advance(r.state, { portal: 'netocentre', step: 'profile-chooser' }, PORTALS, 'navigate', 1000, 'first-ent')!;
    expect([changed.view.journey, changed.view.x]).toEqual(['netocentre-activation', 2]);
  });

  it('an everyday situation never starts a journey holding an activation step', () => {
    for (const s of ['everyday-ent', 'everyday-educonnect'] as const) {
      for (const at of [
        { portal: 'netocentre' as const, step: 'login' },
        { portal: 'mon-ent-occitanie' as const, step: 'login' },
        { portal: 'educonnect' as const, step: 'login' },
      ]) {
        const r = advance(null, at, PORTALS, 'navigate', 1000, s);
        if (r) expect(r.view.n, `${s} ${at.portal}`).toBeLessThanOrEqual(5);
      }
    }
  });
});
