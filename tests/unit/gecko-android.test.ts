/**
 * Firefox for Android (issue 21): the manifest's `gecko_android.strict_min_version` must be a version where every
 * extension API the code calls exists. The manifest keys are checked by `web-ext lint` (it compares them with
 * its browser-compat-data for the declared minimum: 0 warnings); the API calls are not (the bundles are
 * minified), so they are listed here, found in the sources, and looked up in MDN's browser-compat-data (the
 * copy that web-ext's linter ships).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
type Support = { version_added: string | boolean | null } | { version_added: string | boolean | null }[];
const bcd = require('@mdn/browser-compat-data').webextensions.api as Record<string, any>;

/**
 * Every API the extension calls, bcd path → why. `storage.managed` does not exist on Android (no enterprise
 * policies there): readManagedConfig() finds no area and gives the empty configuration.
 */
const USED: Record<string, string> = {
  'runtime.id': 'content script: is the extension still there',
  'runtime.getURL': 'content script loader, popup links',
  'runtime.sendMessage': 'content script → background (journey, locale)',
  'runtime.onMessage': 'background and content script',
  'tabs.query': 'popup: the active tab (activeTab)',
  'tabs.get': 'background',
  'tabs.getCurrent': 'extension pages',
  'tabs.sendMessage': 'popup → content script',
  'tabs.onRemoved': 'background: forget a closed tab\'s journey',
  'storage.local': 'choices, language, preferences',
  'storage.session': 'journey position per tab',
  'storage.StorageArea.get': 'WXT storage',
  'storage.StorageArea.set': 'WXT storage',
  'storage.StorageArea.remove': 'WXT storage',
  'storage.StorageArea.clear': 'WXT storage (removeItem of all)',
  'storage.StorageArea.onChanged': 'WXT storage watch()',
  'i18n.getMessage': 'texts',
  'i18n.getUILanguage': 'the browser\'s language',
};
const ANDROID_MISSING = new Set(['storage.managed']);

// (not `history`: the page's History API has the same name)
const NAMESPACES = 'runtime|storage|i18n|tabs|action|browserAction|scripting|permissions|webNavigation|alarms|notifications|contextMenus|windows|commands|management|sessions|downloads|cookies|bookmarks|identity';
const minVersion = (key: 'gecko' | 'gecko_android') => {
  const config = fs.readFileSync(path.join(root, 'wxt.config.ts'), 'utf8');
  const m = new RegExp(`${key}:\\s*\\{[^}]*?strict_min_version:\\s*'(\\d+)(?:\\.\\d+)*'`).exec(config);
  if (!m) throw new Error(`no ${key}.strict_min_version in wxt.config.ts`);
  return Number(m[1]);
};
const added = (s: Support | undefined): number | null => {
  const first = Array.isArray(s) ? s[0] : s;
  const v = first?.version_added;
  return typeof v === 'string' ? Number.parseFloat(v) : null;
};
const compat = (p: string) => p.split('.').reduce((n, k) => n?.[k], bcd)?.__compat?.support;

describe('gecko_android strict_min_version against the APIs used', () => {
  const sources = ['entrypoints', 'components', 'utils']
    .flatMap((d) => (fs.readdirSync(path.join(root, d), { recursive: true }) as string[]).map((f) => path.join(root, d, f)))
    .filter((f) => /\.(ts|tsx)$/.test(f));
  const found = new Set<string>();
  for (const f of sources) {
    for (const m of fs.readFileSync(f, 'utf8').matchAll(new RegExp(`\\b(${NAMESPACES})\\??\\.([a-zA-Z]+)`, 'g'))) {
      found.add(`${m[1]}.${m[2]}`);
    }
  }
  found.delete('storage.defineItem'); // WXT's storage helper, not an extension API (its calls are listed above)

  it('every API found in the sources is in the list', () => {
    const known = new Set([...Object.keys(USED), ...ANDROID_MISSING]);
    expect([...found].filter((a) => !known.has(a)).sort()).toEqual([]);
    expect(found.size).toBeGreaterThan(8);
  });

  it('each exists in Firefox and Firefox for Android at the manifest\'s minimum versions', () => {
    const desktop = minVersion('gecko');
    const android = minVersion('gecko_android');
    expect(android).toBe(142); // data_collection_permissions needs Firefox for Android 142 (desktop 140)
    const late: string[] = [];
    for (const api of [...Object.keys(USED), ...ANDROID_MISSING]) {
      const s = compat(api);
      expect(s, `${api} in browser-compat-data`).toBeTruthy();
      const fx = added(s.firefox);
      if (fx === null || fx > desktop) late.push(`${api}: Firefox ${fx}`);
      const fa = added(s.firefox_android);
      if (ANDROID_MISSING.has(api)) expect(fa, `${api} is said to be missing on Android`).toBeNull();
      else if (fa === null || fa > android) late.push(`${api}: Firefox for Android ${fa}`);
    }
    expect(late).toEqual([]);
  });

  it('storage.managed missing (Android) gives the empty configuration, no error', async () => {
    const { readManagedConfig } = await import('@/utils/storage/managed');
    const g = globalThis as { browser?: { storage?: Record<string, unknown> } };
    const saved = g.browser?.storage?.managed;
    if (g.browser?.storage) delete g.browser.storage.managed;
    try {
      expect(await readManagedConfig(50)).toEqual({});
    } finally {
      if (g.browser?.storage && saved) g.browser.storage.managed = saved;
    }
  });
});
