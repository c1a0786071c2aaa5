/**
 * The content script's own lifetime (utils/script-life.ts): invalid once the extension is gone, listeners and
 * timers dropped then, address changes reported without a page load, and nothing sent to the page.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scriptLife } from '@/utils/script-life';

afterEach(() => vi.useRealTimers());

function runtime(id: string | undefined = 'abc') {
  const api: { runtime: { id?: string } } = { runtime: { id } };
  return { api, get: () => api, gone: () => (api.runtime.id = undefined) };
}

describe('scriptLife', () => {
  it('is valid while the extension is there, invalid (and aborted) once its id is gone', () => {
    const r = runtime();
    const life = scriptLife(r.get);
    const dropped = vi.fn();
    life.onInvalidated(dropped);
    expect(life.isInvalid).toBe(false);
    r.gone();
    expect(life.isInvalid).toBe(true);
    expect(life.signal.aborted).toBe(true);
    expect(dropped).toHaveBeenCalledTimes(1);
  });

  it('an API that throws counts as gone', () => {
    const life = scriptLife(() => {
      throw new Error('Extension context invalidated');
    });
    expect(life.isInvalid).toBe(true);
  });

  it('listeners added through it stop with it', () => {
    const life = scriptLife(runtime().get);
    const target = new EventTarget();
    const seen = vi.fn();
    life.addEventListener(target, 'ping', seen);
    target.dispatchEvent(new Event('ping'));
    life.stop();
    target.dispatchEvent(new Event('ping'));
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('timers do not fire once the extension is gone', () => {
    vi.useFakeTimers();
    const r = runtime();
    const life = scriptLife(r.get);
    const early = vi.fn();
    const late = vi.fn();
    life.setTimeout(early, 10);
    life.setTimeout(late, 100);
    vi.advanceTimersByTime(20);
    r.gone();
    vi.advanceTimersByTime(200);
    expect(early).toHaveBeenCalledTimes(1);
    expect(late).not.toHaveBeenCalled();
  });

  it('urgent tasks: posted with scheduler.postTask at user-blocking priority, cancelled by invalidation', async () => {
    const posted: Array<{ cb: () => void; opts: { priority: string; signal: AbortSignal } }> = [];
    const scheduler = {
      postTask: (cb: () => void, opts: { priority: string; signal: AbortSignal }) => {
        posted.push({ cb, opts });
        return new Promise<void>((resolve, reject) => {
          opts.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
          queueMicrotask(() => {
            if (!opts.signal.aborted) resolve(cb());
          });
        });
      },
    };
    const win = { location: { href: 'https://ent.example/a' }, scheduler } as unknown as Window;
    const r = runtime();
    const life = scriptLife(r.get, win);
    const ran = vi.fn();
    life.urgentTask(ran);
    expect(posted).toHaveLength(1);
    expect(posted[0].opts.priority).toBe('user-blocking');
    expect(ran).not.toHaveBeenCalled(); // a task of its own, not a call
    await Promise.resolve();
    expect(ran).toHaveBeenCalledTimes(1);
    const late = vi.fn();
    life.urgentTask(late);
    r.gone();
    expect(life.isInvalid).toBe(true);
    expect(posted[1].opts.signal.aborted).toBe(true);
    // The rejected task's promise is handled by the lifetime: nothing unhandled reaches the page.
    await new Promise((done) => setTimeout(done, 0));
    expect(late).not.toHaveBeenCalled();
  });

  it('urgent tasks: a timer of its own where the browser has no scheduler, dropped once invalid', () => {
    vi.useFakeTimers();
    const win = { location: { href: 'https://ent.example/a' } } as unknown as Window;
    const r = runtime();
    const life = scriptLife(r.get, win);
    const ran = vi.fn();
    life.urgentTask(ran);
    expect(ran).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(ran).toHaveBeenCalledTimes(1);
    const late = vi.fn();
    life.urgentTask(late);
    r.gone();
    vi.advanceTimersByTime(10);
    expect(late).not.toHaveBeenCalled();
  });

  it('reports address changes without a load: Navigation API when there is one', () => {
    const nav = new EventTarget();
    const win = { location: { href: 'https://ent.example/a' }, navigation: nav } as unknown as Window;
    const life = scriptLife(runtime().get, win);
    const changed = vi.fn();
    life.onLocationChange(changed);
    const navigate = (url: string) => nav.dispatchEvent(Object.assign(new Event('navigate'), { destination: { url } }));
    navigate('https://ent.example/a'); // same address: nothing
    navigate('https://ent.example/b');
    expect(changed).toHaveBeenCalledTimes(1);
    life.stop();
    navigate('https://ent.example/c');
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('reports address changes without a load: a look every second otherwise', () => {
    vi.useFakeTimers();
    const win = { location: { href: 'https://ent.example/a' } } as unknown as Window;
    const r = runtime();
    const life = scriptLife(r.get, win);
    const changed = vi.fn();
    life.onLocationChange(changed);
    vi.advanceTimersByTime(1100);
    expect(changed).not.toHaveBeenCalled();
    (win.location as { href: string }).href = 'https://ent.example/b';
    vi.advanceTimersByTime(1000);
    expect(changed).toHaveBeenCalledTimes(1);
    r.gone();
    (win.location as { href: string }).href = 'https://ent.example/c';
    vi.advanceTimersByTime(3000);
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('says nothing to the page: no message posted, no event dispatched', () => {
    const post = vi.spyOn(window, 'postMessage');
    const dispatchDoc = vi.spyOn(document, 'dispatchEvent');
    const dispatchWin = vi.spyOn(window, 'dispatchEvent');
    const life = scriptLife(runtime().get);
    life.onLocationChange(() => {});
    life.addEventListener(window, 'load', () => {});
    expect(post).not.toHaveBeenCalled();
    expect(dispatchDoc).not.toHaveBeenCalled();
    expect(dispatchWin).not.toHaveBeenCalled();
    life.stop();
  });
});
