/**
 * The demonstration's position (entrypoints/demo/navigation.ts): which journey opens first, and how the
 * presenter moves through it (back is a back_forward navigation for the journey counter).
 */
import { describe, expect, it } from 'vitest';
import { initialNav, navigate } from '@/entrypoints/demo/navigation';
import type { DemoJourney } from '@/utils/demo/plan';

const journey = (id: string, steps: number, available = true): DemoJourney =>
  ({
    id,
    owner: 'netocentre',
    name: `demo.${id}`,
    available,
    activated: [],
    steps: Array.from({ length: steps }, (_, i) => ({ portal: 'netocentre', step: `s${i}`, page: i })),
  }) as unknown as DemoJourney;

const plan = { journeys: [journey('soon', 2, false), journey('a', 3), journey('b', 5)] };

describe('initialNav', () => {
  it('opens the journey asked for in the address when it can be shown', () => {
    expect(initialNav(plan, '?journey=b')).toEqual({ journey: 'b', index: 0, nav: 'navigate' });
  });
  it('else the first journey that has all its pages', () => {
    expect(initialNav(plan, '')).toEqual({ journey: 'a', index: 0, nav: 'navigate' });
    expect(initialNav(plan, '?journey=soon').journey).toBe('a');
    expect(initialNav(plan, '?journey=nope').journey).toBe('a');
  });
  it('has no journey when none can be shown', () => {
    expect(initialNav({ journeys: [journey('soon', 2, false)] }, '').journey).toBe('');
  });
});

describe('navigate', () => {
  const at = (index: number) => ({ journey: 'a', index, nav: 'navigate' as const });

  it('moves forward as a navigation and back as back_forward', () => {
    expect(navigate(plan, at(0), { type: 'go', to: 1 })).toEqual({ journey: 'a', index: 1, nav: 'navigate' });
    expect(navigate(plan, at(2), { type: 'go', to: 1 })).toEqual({ journey: 'a', index: 1, nav: 'back_forward' });
  });
  it('stays put (same object) outside the journey or on the same page', () => {
    const s = at(2);
    expect(navigate(plan, s, { type: 'go', to: 3 })).toBe(s);
    expect(navigate(plan, s, { type: 'go', to: -1 })).toBe(s);
    expect(navigate(plan, s, { type: 'go', to: 2 })).toBe(s);
    const lost = { journey: 'nope', index: 0, nav: 'navigate' as const };
    expect(navigate(plan, lost, { type: 'go', to: 1 })).toBe(lost);
  });
  it('a new journey starts at its first page, as a navigation', () => {
    const back = { journey: 'a', index: 2, nav: 'back_forward' as const };
    expect(navigate(plan, back, { type: 'pick', journey: 'b' })).toEqual({ journey: 'b', index: 0, nav: 'navigate' });
  });
});
