/**
 * Recognition passes, one at a time: a pass asked for while one runs is run once after it, and `schedule`
 * throttles to at most one pass per `delay` however fast the page mutates. `stop` is the teardown.
 */
export interface Passes {
  /** Run a pass now (or right after the running one). */
  now(): Promise<void>;
  schedule(): void;
  readonly stopped: boolean;
  stop(): void;
}

export function serialPasses(pass: () => Promise<void>, delay: number): Passes {
  const s = { running: false, again: false, stopped: false, timer: null as ReturnType<typeof setTimeout> | null };
  const now = async () => {
    if (s.stopped) return;
    if (s.running) {
      s.again = true;
      return;
    }
    s.running = true;
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
  const schedule = () => {
    if (s.timer || s.stopped) return;
    s.timer = setTimeout(() => {
      s.timer = null;
      void now();
    }, delay);
  };
  return {
    now,
    schedule,
    get stopped() {
      return s.stopped;
    },
    stop() {
      s.stopped = true;
      if (s.timer) clearTimeout(s.timer);
    },
  };
}
