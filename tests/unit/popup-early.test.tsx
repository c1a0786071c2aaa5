/**
 * The popup's early asks (entrypoints/popup/early.ts): popup.html's classic script asks for the tab and the stored
 * language while the modules load; main.tsx takes those answers, or asks itself when the script has not run, and
 * a script that comes late asks nothing twice. The status card shows an answer that is already there in the
 * popup's first paint, not one frame later.
 */
import fs from 'node:fs';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { App } from '@/entrypoints/popup/App';
import { stashEarly, takeEarly } from '@/entrypoints/popup/early';
import type { Where } from '@/entrypoints/popup/WhereView';
import { readLangSnapshot } from '@/utils/page-language-first';

const HOLDER = '__cePopupEarly';
const g = globalThis as Record<string, unknown>;

function fakeTabs() {
  const tabs = fakeBrowser.tabs as unknown as Record<string, unknown>;
  const query = vi.fn(async () => [{ id: 4, url: 'https://lycees.netocentre.fr/cerbere2/' }]);
  tabs.query = query;
  tabs.getCurrent = vi.fn(async () => undefined);
  return query;
}

beforeEach(() => {
  fakeBrowser.reset();
  delete g[HOLDER];
});
afterEach(() => {
  delete g[HOLDER];
  vi.restoreAllMocks();
});

describe('popup early asks', () => {
  it('the early script asks once; main.tsx takes its answers without asking again', async () => {
    const query = fakeTabs();
    await fakeBrowser.storage.local.set({ lang: 'ar', lang$: { v: 1 } });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    stashEarly();
    expect(query).toHaveBeenCalledTimes(1);
    const asks = takeEarly();
    expect(await asks.target).toEqual({ id: 4, url: 'https://lycees.netocentre.fr/cerbere2/' });
    expect(await readLangSnapshot(asks.lang)).toBe('ar');
    expect(query).toHaveBeenCalledTimes(1);
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('without the early script main.tsx asks itself, and a late script then asks nothing', async () => {
    const query = fakeTabs();
    const asks = takeEarly();
    expect(query).toHaveBeenCalledTimes(1);
    expect(await asks.target).toEqual({ id: 4, url: 'https://lycees.netocentre.fr/cerbere2/' });
    expect(await readLangSnapshot(asks.lang)).toBe('auto'); // nothing stored: automatic
    stashEarly();
    expect(query).toHaveBeenCalledTimes(1);
    expect(g[HOLDER]).toBeNull();
  });

  it('a failed read gives no language (the zod-checked item decides), a failed tab query no tab', async () => {
    (fakeBrowser.tabs as unknown as Record<string, unknown>).query = vi.fn(async () => {
      throw new Error('no tabs');
    });
    (fakeBrowser.tabs as unknown as Record<string, unknown>).getCurrent = vi.fn(async () => undefined);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage gone'));
    const asks = takeEarly();
    expect(await asks.lang).toBeNull();
    expect(await readLangSnapshot(asks.lang)).toBeNull();
    expect(await asks.target).toEqual({ id: undefined, url: undefined });
  });

  it('popup.html asks from a classic script in its head, before any module', () => {
    const html = fs.readFileSync('entrypoints/popup/index.html', 'utf8');
    // vite-ignore: Vite leaves the classic script as it is (built by WXT as an unlisted script).
    const early = html.indexOf('<script async src="/popup-early.js" vite-ignore></script>');
    expect(early).toBeGreaterThan(0);
    expect(early).toBeLessThan(html.indexOf('</head>'));
    expect(early).toBeLessThan(html.indexOf('type="module"'));
    expect(fs.readFileSync('entrypoints/popup-early.ts', 'utf8')).toMatch(/defineUnlistedScript\(stashEarly\)/);
  });

  it('an answer already there is in the first paint: not one frame later', async () => {
    const where: Where = { target: { id: 7, url: 'https://www.example.org/' }, check: { kind: 'unrelated', host: 'www.example.org' }, reply: null };
    const el = document.createElement('div');
    document.body.append(el);
    render(<App where={Promise.resolve(where)} />, el);
    // Microtasks only: what the browser paints at the end of this task.
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(el.querySelector('[data-testid=pp-check] .pp-status-title')?.textContent).toBeTruthy();
    render(null, el);
    el.remove();
  });
});
