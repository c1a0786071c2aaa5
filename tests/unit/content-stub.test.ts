// The manifest's content script (entrypoints/content/stub.ts): before the page is parsed it only imports its
// group's entry module (modules/content-entries.ts), never lets an error reach the page, and carries nothing.
import fs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';

const MODULE = '/content-scripts/entry-test.js';

async function stubMain() {
  vi.resetModules();
  return (await import('@/entrypoints/content/stub')).default.main as () => void;
}

afterEach(() => vi.unstubAllGlobals());

describe('content script stub', () => {
  it('imports the module its group is built with, by the extension URL of that path', async () => {
    vi.stubGlobal('__CE_ENTRY_MODULE__', MODULE);
    // The import itself is the e2e suites' (the built extension in both browsers); here, which URL it asks for.
    const getURL = vi.fn((p: string) => `chrome-extension://ext${p}`);
    vi.stubGlobal('chrome', { runtime: { id: 'ext', getURL } });
    (await stubMain())();
    expect(getURL).toHaveBeenCalledExactlyOnceWith(MODULE);
  });

  it('does nothing once the extension is gone from under the page (no runtime id, no API)', async () => {
    vi.stubGlobal('__CE_ENTRY_MODULE__', MODULE);
    const getURL = vi.fn(() => 'data:text/javascript,');
    vi.stubGlobal('chrome', { runtime: { getURL } });
    const main = await stubMain();
    expect(() => main()).not.toThrow();
    vi.stubGlobal('chrome', undefined);
    expect(() => main()).not.toThrow();
    expect(getURL).not.toHaveBeenCalled();
  });

  it('keeps a refused or failing module to itself', async () => {
    vi.stubGlobal('__CE_ENTRY_MODULE__', MODULE);
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      vi.stubGlobal('chrome', { runtime: { id: 'ext', getURL: () => 'chrome-extension://ext/content-scripts/entry-test.js' } });
      const main = await stubMain();
      expect(() => main()).not.toThrow();
      vi.stubGlobal('chrome', { runtime: { id: 'ext', getURL: () => { throw new Error('invalidated'); } } });
      expect(() => main()).not.toThrow();
      await new Promise((r) => setTimeout(r, 50));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('carries no code but its own: no import, so no portal data before the page is parsed', () => {
    const src = fs.readFileSync('entrypoints/content/stub.ts', 'utf8');
    expect(src).not.toMatch(/^\s*import\s/m);
    expect(src).toContain('import(/* @vite-ignore */ chrome.runtime.getURL(__CE_ENTRY_MODULE__))');
  });
});
