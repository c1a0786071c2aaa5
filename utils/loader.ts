/**
 * The content script entry's loader as one state record and a pure step function: the entry
 * (entrypoints/content/index.tsx) feeds it what it saw and applies the actions it returns.
 */
export interface LoaderState {
  /** The UI module was asked for (loading or running): from then on it answers the popup, not the entry. */
  loading: boolean;
  /** Not a step (yet): the page is watched for late rendering and address changes. */
  watching: boolean;
  /** A throttled re-check is queued. */
  checkDue: boolean;
}

export type LoaderEvent =
  /** The first recognition pass, right after DOMContentLoaded. */
  | { type: 'begin'; step: boolean }
  /** The page changed (mutation, address, `load`): look again soon. */
  | { type: 'changed' }
  /** The queued re-check ran. */
  | { type: 'check'; step: boolean }
  /** The UI module did not load or start: a later change of page may try again. */
  | { type: 'failed' };

export type LoaderAction = 'load' | 'watch' | 'unwatch' | 'queueCheck';

export const LOADER_START: LoaderState = { loading: false, watching: false, checkDue: false };

type Step = { next: LoaderState; actions: LoaderAction[] };

export function loaderStep(s: LoaderState, e: LoaderEvent): Step {
  switch (e.type) {
    case 'begin':
      return e.step ? load(s) : { next: { ...s, watching: true }, actions: ['watch'] };
    case 'check': {
      const next = { ...s, checkDue: false };
      return e.step ? load(next) : { next, actions: [] };
    }
    case 'changed':
      return s.checkDue || s.loading ? { next: s, actions: [] } : { next: { ...s, checkDue: true }, actions: ['queueCheck'] };
    case 'failed':
      return { next: { ...s, loading: false }, actions: [] };
  }
}

/** A step: the watch ends and the UI module is loaded, once. */
function load(s: LoaderState): Step {
  if (s.loading) return { next: s, actions: [] };
  return { next: { loading: true, watching: false, checkDue: false }, actions: ['unwatch', 'load'] };
}
