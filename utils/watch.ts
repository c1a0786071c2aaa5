/**
 * Watching a page for what can make it (or stop it being) a recognised step: DOM mutations, in the document
 * and in every open shadow root found (RECIA's r-wayf), history changes, the user's clicks, input and changes,
 * and a few late looks after load for content that renders without any observable mutation. Used by the lean
 * content entry (is this page a step yet?) and by the overlay controller (which step, which state?); each
 * brings its own `schedule` (earliest deadline wins).
 *
 * Steady state (docs/decisions/steady-state.md): a mutation asks for a pass only when it can change the answer
 * (`lens`, utils/mutation-filter.ts), and passes that find the same answer back off. Other mutations ask for
 * a rare sweep (text-only evidence), backing off too. The user's input and history changes reset both.
 */
import { shadowRoots } from './dom';
import { mutationMatters, type MutationLens, type WordsCache } from './mutation-filter';

export interface WatchOptions {
  /** Attributes whose changes count (class, hidden…). */
  attributeFilter: string[];
  /** Mutation records to pass over (our own UI's). */
  ignore?: (r: MutationRecord) => boolean;
  /** Window events that mean the page changed under the same document (history, back/forward cache). */
  historyEvents: readonly string[];
  /** What can change the answer now: a lens; null: every mutation may; false: none can (only the address). */
  lens?: () => MutationLens | null | false;
}

export interface PageWatch {
  /** Observe the open shadow roots attached since the last call (call before each recognition pass); how many. */
  observeShadowRoots(): number;
  /** Look again a few times, backing off (after load, after a history change, on request). */
  settle(): void;
  /** After each pass: did the answer change? The same answer again backs the next passes off. */
  passed(changed: boolean): void;
  stop(): void;
}

/** Late rendering that mutates nothing observable (a shadow root attached by a timer): looks after load. The
 * later ones are passes only when a new open shadow root is there (that is what they are for). */
const SETTLE_MS = [400, 1200, 3000, 6000];
const SETTLE_ALWAYS = 2;
/** Delay of a pass after a mutation that counts, by passes in a row that found the same answer. */
export const FAST_MS = [150, 300, 600, 1200, 2400];
/** Delay of a sweep after mutations that do not count (words anywhere on the page), backing off the same way. */
export const SWEEP_MS = [8000, 16000, 32000, 60000];

const at = (list: readonly number[], i: number) => list[Math.min(i, list.length - 1)];

/** Why a pass is asked for: a mutation that counts, a sweep after others, the user, history, a late look. */
export type Why = 'change' | 'sweep' | 'user' | 'history' | 'settle';

export function watchPage(doc: Document, schedule: (delayMs: number, why: Why) => void, o: WatchOptions): PageWatch {
  const ignore = o.ignore;
  /** Passes in a row with the same answer, and sweeps among them. */
  let calm = 0;
  let sweeps = 0;
  let idleMutations = false;
  /** A pass is already asked for after a mutation that counts: the next batches need no judging until it ran. */
  let changeDue = false;
  const observer = new MutationObserver((records) => {
    if (changeDue) return;
    // The lens is made at the first record that is not ignored: a batch of our own changes (the card going in,
    // in the task of its first render) costs no lens.
    let lens: MutationLens | false | null | undefined;
    let some = false;
    const cache: WordsCache = new Map();
    for (const r of records) {
      if (ignore?.(r)) continue;
      if (lens === undefined) lens = o.lens ? o.lens() : null;
      if (lens === false) return;
      some = true;
      if (!lens || mutationMatters(r, lens, cache)) {
        changeDue = true;
        schedule(at(FAST_MS, calm), 'change');
        return;
      }
    }
    if (some && !idleMutations) {
      idleMutations = true;
      schedule(at(SWEEP_MS, sweeps), 'sweep');
    }
  });
  const opts: MutationObserverInit = {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: o.attributeFilter,
    characterData: true,
    // Words that went count as much as words that came (an error message replaced).
    characterDataOldValue: true,
  };
  observer.observe(doc, opts);
  const seen = new WeakSet<ShadowRoot>();
  const observeShadowRoots = () => {
    let found = 0;
    for (const r of shadowRoots(doc)) {
      if (seen.has(r)) continue;
      seen.add(r);
      observer.observe(r, opts);
      found++;
    }
    return found;
  };
  const timers: ReturnType<typeof setTimeout>[] = [];
  const soon = (why: Why) => schedule(FAST_MS[0], why);
  const look = () => soon('settle');
  const settle = () => {
    timers.splice(0).forEach(clearTimeout);
    SETTLE_MS.forEach((ms, i) => timers.push(setTimeout(i < SETTLE_ALWAYS ? look : () => observeShadowRoots() && look(), ms)));
  };
  const onHistory = () => {
    calm = sweeps = 0;
    soon('history');
    settle();
  };
  // The family acts on the page (a box ticked, a field filled, a panel opened): look again at once.
  const onUser = () => {
    calm = 0;
    soon('user');
  };
  const win = doc.defaultView;
  observeShadowRoots();
  settle();
  for (const e of o.historyEvents) win?.addEventListener(e, onHistory);
  for (const e of USER_EVENTS) doc.addEventListener(e, onUser, true);
  return {
    observeShadowRoots,
    settle,
    passed(changed) {
      // Only passes that mutations asked for back off (not the late looks after load, nor the user's).
      if (changed) calm = sweeps = 0;
      else {
        if (changeDue) calm++;
        if (idleMutations) sweeps++;
      }
      idleMutations = false;
      changeDue = false;
    },
    stop() {
      observer.disconnect();
      timers.splice(0).forEach(clearTimeout);
      for (const e of o.historyEvents) win?.removeEventListener(e, onHistory);
      for (const e of USER_EVENTS) doc.removeEventListener(e, onUser, true);
    },
  };
}

const USER_EVENTS = ['click', 'change', 'input'] as const;

/** A timer that keeps the earliest deadline asked for: `schedule(ms)` never delays a pass already due sooner. */
export function earliest(run: () => void) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let due = Infinity;
  return {
    schedule(ms: number) {
      const when = Date.now() + ms;
      if (timer && due <= when) return;
      if (timer) clearTimeout(timer);
      due = when;
      timer = setTimeout(() => {
        timer = null;
        due = Infinity;
        run();
      }, ms);
    },
    get pending() {
      return timer !== null;
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
      due = Infinity;
    },
  };
}
