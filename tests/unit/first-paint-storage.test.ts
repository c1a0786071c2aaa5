/**
 * The first paint's early storage read (utils/storage/first-paint.ts): the entry reads the raw values, the UI
 * module's items check them with their own schemas, and fall back to their own read when a migration is due.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { choicesItem } from '@/utils/storage/choices';
import { FIRST_PAINT_KEYS, storageKeys } from '@/utils/storage/first-paint';
import { langItem } from '@/utils/storage/lang';
import { prefsItem } from '@/utils/storage/prefs';

beforeEach(() => fakeBrowser.reset());

describe('first-paint storage snapshot', () => {
  it('names the value and version keys of the preferences, the language and the situation, nothing else', () => {
    expect(FIRST_PAINT_KEYS.sort()).toEqual(['lang', 'lang$', 'prefs', 'prefs$', 'situation', 'situation$']);
    expect(storageKeys('local:choices')).toEqual(['choices', 'choices$']);
  });

  it('gives what get() gives, for values written through the items', async () => {
    await prefsItem.set({ minimized: { 'netocentre/login': true }, activated: ['educonnect'] });
    await langItem.set('ar');
    const snap = await fakeBrowser.storage.local.get(FIRST_PAINT_KEYS);
    expect(prefsItem.fromSnapshot(snap)).toEqual(await prefsItem.get());
    expect(langItem.fromSnapshot(snap)).toBe('ar');
  });

  it('empty storage: the fallbacks', () => {
    expect(prefsItem.fromSnapshot({})).toEqual({ minimized: {}, activated: [] });
    expect(langItem.fromSnapshot({})).toBe('auto');
  });

  it('corrupted or partial values: the schema and salvage decide, as for get()', () => {
    expect(langItem.fromSnapshot({ lang: '<img src=x>' })).toBe('auto');
    expect(prefsItem.fromSnapshot({ prefs: { minimized: { 'a/b': true, 'c/d': 'yes' }, activated: [3, 'educonnect'] } })).toEqual({
      minimized: { 'a/b': true },
      activated: ['educonnect'],
    });
    expect(prefsItem.fromSnapshot({ prefs: 'garbage' })).toEqual({ minimized: {}, activated: [] });
  });

  it('a stored version other than the item’s: null, so the item reads (and migrates) itself', () => {
    expect(langItem.fromSnapshot({ lang: 'fr', lang$: { v: 7 } })).toBeNull();
    expect(prefsItem.fromSnapshot({ prefs: { minimized: {}, activated: [] }, prefs$: { v: 0 } })).toBeNull();
    // No value stored: nothing to migrate, the fallback.
    expect(langItem.fromSnapshot({ lang$: { v: 7 } })).toBe('auto');
    // An item with migrations (remembered choices, v2): an old v1 value is not taken as it is.
    expect(choicesItem.fromSnapshot({ choices: [], choices$: { v: 1 } })).toBeNull();
  });
});
