/**
 * The content script's lifetime: what WXT's `ContentScriptContext` gives, without what a page can see or forge
 * (why: docs/decisions/script-life.md). It only listens:
 * - it is invalid once the extension is gone (`runtime.id` disappears) or `stop()` was called; listeners,
 *   timers and tasks added through it are then dropped;
 * - `urgentTask` runs a function in a task of its own posted ahead of the page's ordinary tasks, from this
 *   script's own scope: the page's `scheduler` and timers are never called;
 * - `onLocationChange` reports address changes made without a page load (Navigation API, else a look a second).
 */
export interface ScriptLife {
  readonly isInvalid: boolean;
  readonly signal: AbortSignal;
  onInvalidated(cb: () => void): () => void;
  addEventListener<T extends EventTarget>(target: T, type: string, handler: (e: Event) => void, opts?: AddEventListenerOptions): void;
  setTimeout(handler: () => void, ms: number): ReturnType<typeof setTimeout>;
  /** Runs `handler` in a task of its own, ahead of the page's ordinary tasks where the browser can
   * (`scheduler.postTask`, priority `user-blocking`), else as `setTimeout(handler, 0)`; dropped once invalid. */
  urgentTask(handler: () => void): void;
  onLocationChange(cb: () => void): void;
  stop(): void;
}

interface RuntimeLike {
  runtime?: { id?: string };
}

interface SchedulerLike {
  postTask(cb: () => void, opts: { priority: 'user-blocking'; signal: AbortSignal }): Promise<unknown>;
}

interface NavigationLike extends EventTarget {
  addEventListener(type: 'navigate', cb: (e: Event & { destination?: { url?: string } }) => void, opts?: AddEventListenerOptions): void;
}

/** `extensionApi`: the extension API object whose `runtime.id` vanishes when this copy of the script is orphaned. */
export function scriptLife(extensionApi: () => RuntimeLike | undefined, win: Window = window): ScriptLife {
  const abort = new AbortController();
  const signal = abort.signal;
  const alive = () => {
    let id: string | undefined;
    try {
      id = extensionApi()?.runtime?.id;
    } catch {
      id = undefined;
    }
    if (!id && !signal.aborted) abort.abort();
    return !signal.aborted;
  };
  let watchingUrl = false;
  const urlListeners: Array<() => void> = [];
  const watchUrl = () => {
    if (watchingUrl) return;
    watchingUrl = true;
    let last = win.location.href;
    const changed = (next: string) => {
      if (next === last || !alive()) return;
      last = next;
      for (const cb of urlListeners) cb();
    };
    const nav = (win as unknown as { navigation?: NavigationLike }).navigation;
    if (nav && typeof nav.addEventListener === 'function') {
      nav.addEventListener('navigate', (e) => changed(e.destination?.url ?? win.location.href), { signal });
    } else {
      const id = setInterval(() => changed(win.location.href), 1000);
      signal.addEventListener('abort', () => clearInterval(id));
    }
  };
  const later = (handler: () => void, ms: number) => {
    const cancel = () => clearTimeout(id);
    const id = setTimeout(() => {
      signal.removeEventListener('abort', cancel);
      if (alive()) handler();
    }, ms);
    signal.addEventListener('abort', cancel, { once: true });
    return id;
  };
  return {
    get isInvalid() {
      return !alive();
    },
    signal,
    onInvalidated(cb) {
      signal.addEventListener('abort', cb);
      return () => signal.removeEventListener('abort', cb);
    },
    addEventListener(target, type, handler, opts) {
      target.addEventListener(type, handler, { ...opts, signal });
    },
    setTimeout: later,
    urgentTask(handler) {
      const scheduler = (win as unknown as { scheduler?: Partial<SchedulerLike> }).scheduler;
      if (typeof scheduler?.postTask !== 'function') {
        later(handler, 0);
        return;
      }
      // The abort signal cancels a task not yet run (its promise then rejects: nothing to report).
      scheduler.postTask(() => (alive() ? handler() : undefined), { priority: 'user-blocking', signal }).catch(() => {});
    },
    onLocationChange(cb) {
      urlListeners.push(cb);
      watchUrl();
    },
    stop() {
      abort.abort();
    },
  };
}
