/**
 * Which tab the popup is about (entrypoints/popup/target.ts): the active tab (activeTab), the last used other
 * tab when the popup is a page of its own (Firefox for Android), and the documented test-only `?tab=` path.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { askWhere, findTarget } from '@/entrypoints/popup/target';

type Tab = { id: number; url?: string; active: boolean; lastAccessed?: number };

function setTabs(tabs: Tab[], own?: number) {
  const b = fakeBrowser as unknown as { tabs: Record<string, unknown> };
  b.tabs.query = vi.fn(async (q: { active?: boolean }) => tabs.filter((t) => q.active === undefined || t.active === q.active));
  b.tabs.get = vi.fn(async (id: number) => {
    const t = tabs.find((x) => x.id === id);
    if (!t) throw new Error('no tab');
    return t;
  });
  b.tabs.getCurrent = vi.fn(async () => tabs.find((t) => t.id === own));
}

beforeEach(() => fakeBrowser.reset());

describe('popup target', () => {
  it('is the active tab of the window (real popup)', async () => {
    setTabs([
      { id: 1, url: 'https://www.example.org/', active: false },
      { id: 2, url: 'https://lycees.netocentre.fr/cerbere2/', active: true },
    ]);
    expect(await findTarget('')).toEqual({ id: 2, url: 'https://lycees.netocentre.fr/cerbere2/' });
  });

  it('is the last used other tab when the popup is a page of its own', async () => {
    setTabs(
      [
        { id: 1, url: 'https://www.example.org/', active: false, lastAccessed: 10 },
        { id: 2, url: 'https://lycees.netocentre.fr/cerbere2/', active: false, lastAccessed: 20 },
        { id: 3, url: 'moz-extension://x/popup.html', active: true, lastAccessed: 30 },
      ],
      3,
    );
    expect(await findTarget('')).toEqual({ id: 2, url: 'https://lycees.netocentre.fr/cerbere2/' });
  });

  it('test-only path: ?tab=<id> reads the tab, `url` only when the browser does not tell', async () => {
    setTabs([
      { id: 7, url: 'https://lycees.netocentre.fr/', active: false },
      { id: 8, active: false },
    ]);
    expect(await findTarget('?tab=7&url=https://evil.example/')).toEqual({ id: 7, url: 'https://lycees.netocentre.fr/' });
    expect(await findTarget('?tab=8&url=https://lycees-netocentre.fr/')).toEqual({ id: 8, url: 'https://lycees-netocentre.fr/' });
    // a malformed id is ignored: back to the active tab
    expect(await findTarget('?tab=abc')).toEqual({ id: undefined, url: undefined });
  });

  it('accepts only a well-formed answer from the content script', async () => {
    const b = fakeBrowser as unknown as { tabs: Record<string, unknown> };
    b.tabs.sendMessage = vi.fn(async () => ({ rec: null }));
    expect(await askWhere(3)).toEqual({ rec: null });
    b.tabs.sendMessage = vi.fn(async () => ({ rec: { portal: 'evil' } }));
    expect(await askWhere(3)).toBeNull();
    b.tabs.sendMessage = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(await askWhere(3)).toBeNull();
    expect(await askWhere(undefined)).toBeNull();
  });
});
