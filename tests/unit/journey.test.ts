import { describe, expect, it } from 'vitest';
import { advance, JOURNEY_TTL_MS, type JourneyState } from '@/utils/journey';
import { PORTALS } from '@/utils/portals';
import type { PortalId } from '@/utils/portals/types';

function walk(steps: [PortalId, string][], nav: 'navigate' | 'back_forward' = 'navigate') {
  let state: JourneyState | null = null;
  const seen: string[] = [];
  for (const [portal, step] of steps) {
    const r = advance(state, { portal, step }, PORTALS, nav, 1000);
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
      'netocentre-activation:7/11', // the password, through the e-mailed link (seeds 000, 001)
      'netocentre-activation:9/11', // secret questions skipped: an e-mail was given
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
