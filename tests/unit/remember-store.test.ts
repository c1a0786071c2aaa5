/**
 * The overlay's copy of the remembered choices (overlay/features/remember-store.ts): one storage read however
 * many components ask, our own writes and other pages' writes (options page) reach every subscriber, a pick
 * is written without a read round trip once the list is known, unreadable storage counts as empty, and
 * `reset` gives a fresh content script. Then the same with the real storage item (fakeBrowser).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ChoicesStore, choicesStore, ManagedStore } from '@/overlay/features/remember-store';
import type { ChoiceEntry } from '@/utils/remember/entries';
import { choicesItem } from '@/utils/storage/choices';
import { EMPTY_MANAGED } from '@/utils/storage/managed';

const NOW = 1_700_000_000_000;

const entry = (value: string, lastUsed: number): ChoiceEntry => ({
  portal: 'netocentre',
  establishment: 'lycees.netocentre.fr',
  value,
  label: `Profil ${value}`,
  lastUsed,
  auto: false,
});

/** An in-memory storage item with the store's view of it: reads counted, watchers called on demand. */
function fakeItem(initial: ChoiceEntry[] = [], fail = false) {
  let stored = initial;
  const watchers = new Set<(v: ChoiceEntry[]) => void>();
  const item = {
    get: vi.fn(async () => {
      if (fail) throw new Error('storage unavailable');
      return stored;
    }),
    set: vi.fn(async (v: ChoiceEntry[]) => {
      stored = v;
    }),
    watch: vi.fn((cb: (v: ChoiceEntry[]) => void) => {
      watchers.add(cb);
      return () => void watchers.delete(cb);
    }),
    parse: (raw: unknown) => choicesItem.parse(raw),
  };
  /** Another page (the options page) changes the stored list. */
  const external = (v: ChoiceEntry[]) => {
    stored = v;
    watchers.forEach((w) => w(v));
  };
  return { item, external, watchers, stored: () => stored };
}

describe('ChoicesStore', () => {
  it('knows nothing before the first read, then the stored list; one read for any number of loads', async () => {
    const f = fakeItem([entry('a', 1)]);
    const store = new ChoicesStore(f.item);
    expect(store.get()).toBeNull();
    const [x, y] = await Promise.all([store.load(), store.load()]);
    await store.load();
    expect(x).toEqual([entry('a', 1)]);
    expect(y).toBe(x);
    expect(store.get()).toBe(x);
    expect(f.item.get).toHaveBeenCalledTimes(1);
    expect(f.item.watch).toHaveBeenCalledTimes(1);
  });

  it('an unreadable storage area counts as an empty list', async () => {
    const store = new ChoicesStore(fakeItem([], true).item);
    await expect(store.load()).resolves.toEqual([]);
    expect(store.get()).toEqual([]);
  });

  it('set: subscribers hear the new list at once, storage is written, unsubscribed ones hear nothing', async () => {
    const f = fakeItem();
    const store = new ChoicesStore(f.item);
    const heard: ChoiceEntry[][] = [];
    const gone = vi.fn();
    store.subscribe((v) => heard.push(v));
    const off = store.subscribe(gone);
    off();
    store.set([entry('b', 2)]);
    expect(heard).toEqual([[entry('b', 2)]]);
    expect(store.get()).toEqual([entry('b', 2)]);
    expect(f.item.set).toHaveBeenCalledWith([entry('b', 2)]);
    expect(gone).not.toHaveBeenCalled();
  });

  it('a change made by another page reaches the subscribers once the list is loaded', async () => {
    const f = fakeItem([entry('a', 1)]);
    const store = new ChoicesStore(f.item);
    const heard = vi.fn();
    store.subscribe(heard);
    await store.load();
    f.external([entry('c', 3)]);
    expect(heard).toHaveBeenCalledWith([entry('c', 3)]);
    expect(store.get()).toEqual([entry('c', 3)]);
  });

  it('record: the pick goes first, written from the known list without reading storage again', async () => {
    const f = fakeItem([entry('a', 1)]);
    const store = new ChoicesStore(f.item, () => NOW);
    await store.load();
    store.record({ portal: 'netocentre', establishment: 'LYCEES.netocentre.fr', value: 'b', label: 'Profil b' });
    expect(f.item.get).toHaveBeenCalledTimes(1);
    expect(store.get()).toEqual([entry('b', NOW), entry('a', 1)]);
    expect(f.stored()).toEqual([entry('b', NOW), entry('a', 1)]);
  });

  it('record before any read: reads once, then writes the pick on top of what was stored', async () => {
    const f = fakeItem([entry('a', 1)]);
    const store = new ChoicesStore(f.item, () => NOW);
    store.record({ portal: 'netocentre', establishment: 'lycees.netocentre.fr', value: 'a', label: 'Profil a' });
    await vi.waitFor(() => expect(f.item.set).toHaveBeenCalled());
    expect(f.stored()).toEqual([entry('a', NOW)]);
  });

  it('record drops what the schema would refuse (an odd establishment) instead of storing it', async () => {
    const f = fakeItem([]);
    const store = new ChoicesStore(f.item, () => NOW);
    await store.load();
    store.record({ portal: 'netocentre', establishment: 'not a host!', value: 'x', label: 'X' });
    expect(store.get()).toEqual([]);
    expect(f.stored()).toEqual([]);
  });

  it('the automatic choice has one chance per page', () => {
    const store = new ChoicesStore(fakeItem().item);
    const other = document.implementation.createHTMLDocument('');
    expect(store.autoHandled(document)).toBe(false);
    store.markAutoHandled(document);
    expect(store.autoHandled(document)).toBe(true);
    expect(store.autoHandled(other)).toBe(false);
  });

  it('reset: a fresh content script (no list, no listeners, no watch, every page with its chance again)', async () => {
    const f = fakeItem([entry('a', 1)]);
    const store = new ChoicesStore(f.item);
    const heard = vi.fn();
    store.subscribe(heard);
    await store.load();
    store.markAutoHandled(document);
    store.reset();
    expect(store.get()).toBeNull();
    expect(f.watchers.size).toBe(0);
    expect(store.autoHandled(document)).toBe(false);
    f.external([entry('c', 3)]);
    store.set([entry('d', 4)]);
    expect(heard).not.toHaveBeenCalled();
    await store.load();
    expect(f.item.get).toHaveBeenCalledTimes(2);
  });
});

describe('ManagedStore', () => {
  it('reads the policy once; a failed read is an empty policy; reset reads again', async () => {
    const read = vi.fn().mockResolvedValueOnce({ portal: 'netocentre' }).mockRejectedValueOnce(new Error('no'));
    const store = new ManagedStore(read);
    await expect(Promise.all([store.load(), store.load()])).resolves.toEqual([
      { portal: 'netocentre' },
      { portal: 'netocentre' },
    ]);
    expect(read).toHaveBeenCalledTimes(1);
    store.reset();
    await expect(store.load()).resolves.toBe(EMPTY_MANAGED);
    expect(read).toHaveBeenCalledTimes(2);
  });
});

describe('choicesStore over the extension storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    choicesStore.reset();
  });
  afterEach(() => choicesStore.reset());

  it('a recorded pick is what local:choices holds, and the options page forgetting it reaches the overlay', async () => {
    await choicesStore.load();
    const heard = vi.fn();
    choicesStore.subscribe(heard);
    choicesStore.record({ portal: 'educonnect', establishment: 'educonnect.education.gouv.fr', value: 'bouton_responsable', label: 'Responsable d’élève' });
    await vi.waitFor(async () => expect(await choicesItem.get()).toHaveLength(1));
    expect((await choicesItem.get())[0]).toMatchObject({ portal: 'educonnect', value: 'bouton_responsable', auto: false });
    await choicesItem.set([]);
    await vi.waitFor(() => expect(choicesStore.get()).toEqual([]));
    expect(heard).toHaveBeenLastCalledWith([]);
  });
});
