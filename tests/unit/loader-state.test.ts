// @vitest-environment node
/**
 * The content script entry's loader as a pure step function (utils/loader.ts), without a DOM: when the UI
 * module is loaded, when the page is watched, and how re-checks are throttled.
 */
import { describe, expect, it } from 'vitest';
import { LOADER_START, loaderStep, type LoaderEvent, type LoaderState } from '@/utils/loader';

function walk(events: LoaderEvent[], from: LoaderState = LOADER_START) {
  let s = from;
  const actions: string[] = [];
  for (const e of events) {
    const r = loaderStep(s, e);
    s = r.next;
    actions.push(...r.actions);
  }
  return { s, actions };
}

describe('loaderStep (content script entry, no DOM)', () => {
  it('a step at the first pass: the UI module is loaded, nothing is watched', () => {
    expect(walk([{ type: 'begin', step: true }])).toEqual({
      s: { loading: true, watching: false, checkDue: false },
      actions: ['unwatch', 'load'],
    });
  });

  it('not a step: the page is watched; changes queue one re-check at a time', () => {
    const { s, actions } = walk([{ type: 'begin', step: false }, { type: 'changed' }, { type: 'changed' }]);
    expect(actions).toEqual(['watch', 'queueCheck']);
    expect(s).toEqual({ loading: false, watching: true, checkDue: true });
  });

  it('a re-check that finds nothing lets the next change queue another', () => {
    const { s, actions } = walk([{ type: 'begin', step: false }, { type: 'changed' }, { type: 'check', step: false }, { type: 'changed' }]);
    expect(actions).toEqual(['watch', 'queueCheck', 'queueCheck']);
    expect(s.watching).toBe(true);
  });

  it('a re-check that finds a step: the watch ends and the module is loaded, once', () => {
    const { s, actions } = walk([
      { type: 'begin', step: false },
      { type: 'changed' },
      { type: 'check', step: true },
      { type: 'changed' },
      { type: 'check', step: true },
    ]);
    expect(actions).toEqual(['watch', 'queueCheck', 'unwatch', 'load']);
    expect(s).toEqual({ loading: true, watching: false, checkDue: false });
  });

  it('while the module loads or runs, changes are not looked at (it watches the page itself)', () => {
    const { actions } = walk([{ type: 'changed' }, { type: 'changed' }], { loading: true, watching: false, checkDue: false });
    expect(actions).toEqual([]);
  });

  it('a failed load lets a later change of page try again', () => {
    const { s, actions } = walk([{ type: 'begin', step: true }, { type: 'failed' }, { type: 'changed' }, { type: 'check', step: true }]);
    expect(actions).toEqual(['unwatch', 'load', 'queueCheck', 'unwatch', 'load']);
    expect(s.loading).toBe(true);
  });
});
