/**
 * Recognition passes, one at a time: a pass asked for while one runs is run once after it, and `schedule`
 * throttles: one timer, the earliest deadline asked for wins (the page watch chooses the delay: short after a
 * change that counts, longer as the answer stays the same). `stop` is the teardown.
 */
import { earliest } from '@/utils/watch';

export interface Passes {
  /** Run a pass now (or right after the running one). */
  now(): Promise<void>;
  /** A pass in `delay` ms (default: the throttle given), unless one is due sooner. */
  schedule(delay?: number): void;
  readonly stopped: boolean;
  stop(): void;
}

export function serialPasses(pass: () => Promise<void>, delay: number): Passes {
  const s = { running: false, again: false, stopped: false };
  const timer = earliest(() => void now());
  const now = async () => {
    if (s.stopped) return;
    if (s.running) {
      s.again = true;
      return;
    }
    s.running = true;
    // This pass sees every change so far: a timer asked for them is spent.
    timer.cancel();
    try {
      await pass();
    } finally {
      s.running = false;
      if (s.again && !s.stopped) {
        s.again = false;
        schedule();
      }
    }
  };
  const schedule = (ms = delay) => {
    if (!s.stopped) timer.schedule(ms);
  };
  return {
    now,
    schedule,
    get stopped() {
      return s.stopped;
    },
    stop() {
      s.stopped = true;
      timer.cancel();
    },
  };
}
