import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ChoicesSchema, migrateToV2, parseChoices, salvageChoices } from '@/utils/storage/choices';
import * as z from 'zod/mini';

const good = (value: string, lastUsed = 1000) => ({
  portal: 'netocentre',
  establishment: 'lycees.netocentre.fr',
  value,
  label: 'Élève ou parent',
  lastUsed,
  auto: false,
});

describe('choices storage: schema', () => {
  it('accepts a v2 list and rejects wrong shapes', () => {
    expect(z.safeParse(ChoicesSchema, [good('a')]).success).toBe(true);
    expect(z.safeParse(ChoicesSchema, [{ ...good('a'), name: 'Lucas' }]).success).toBe(true);
    for (const bad of [
      { ...good('a'), portal: 3 },
      { ...good('a'), lastUsed: '2024' },
      { ...good('a'), auto: 'yes' },
      { ...good('a'), establishment: 'https://x/y' },
      { ...good('a'), value: '' },
      { portal: 'netocentre' },
    ]) {
      expect(z.safeParse(ChoicesSchema, [bad]).success).toBe(false);
    }
    expect(z.safeParse(ChoicesSchema, Array.from({ length: 11 }, (_, i) => good(`v${i}`))).success).toBe(false);
  });
});

describe('choices storage: migrations', () => {
  it('v0 (one object, last choice only) → v2', () => {
    const v0 = { portal: 'netocentre', host: 'lycees.netocentre.fr', choice: 'parentEleveEN-IdP', label: 'Élève ou parent' };
    expect(parseChoices(migrateToV2(v0))).toEqual([
      {
        portal: 'netocentre',
        establishment: 'lycees.netocentre.fr',
        value: 'parentEleveEN-IdP',
        label: 'Élève ou parent',
        lastUsed: 0,
        auto: false,
      },
    ]);
    // no label in v0: the value stands for it
    expect(parseChoices(migrateToV2({ ...v0, label: undefined }))[0].label).toBe('parentEleveEN-IdP');
  });

  it('v1 ({ entries: [...] }) → v2, invalid records dropped one by one', () => {
    const v1 = {
      entries: [
        { portal: 'netocentre', host: 'LYCEES.netocentre.fr', choice: 'catel-IdP', label: 'Personnel', time: 5000 },
        { portal: 'netocentre', host: 'lycees.netocentre.fr', choice: 'parentEleveEN-IdP', label: 'Élève ou parent', time: 9000 },
        { portal: 42, host: null },
        'garbage',
      ],
    };
    const out = parseChoices(migrateToV2(v1));
    expect(out.map((e) => [e.value, e.lastUsed, e.establishment])).toEqual([
      ['parentEleveEN-IdP', 9000, 'lycees.netocentre.fr'],
      ['catel-IdP', 5000, 'lycees.netocentre.fr'],
    ]);
  });

  it('through WXT storage: a v0 value without metadata is migrated on definition', async () => {
    await fakeBrowser.reset();
    await fakeBrowser.storage.local.set({
      choices: { portal: 'touraine-eschool', host: 'www.touraine-eschool.fr', choice: 'autres-publics' },
    });
    vi.resetModules();
    const { choicesItem } = await import('@/utils/storage/choices');
    const v = await choicesItem.get();
    expect(v).toEqual([
      expect.objectContaining({ portal: 'touraine-eschool', value: 'autres-publics', auto: false }),
    ]);
    const raw = await fakeBrowser.storage.local.get(['choices', 'choices$']);
    expect(raw['choices$']).toEqual({ v: 2 });
    expect(Array.isArray(raw.choices)).toBe(true);
  });

  it('through WXT storage: an unknown future version never throws, valid entries are kept', async () => {
    await fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ choices: [good('a'), { nope: true }], choices$: { v: 99 } });
    vi.resetModules();
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { choicesItem } = await import('@/utils/storage/choices');
    await expect(choicesItem.get()).resolves.toEqual([good('a')]);
    err.mockRestore();
  });
});

describe('choices storage: corrupted values never break, valid entries kept', () => {
  beforeEach(() => fakeBrowser.reset());

  it('wrong types and missing fields: dropped one by one', () => {
    expect(
      parseChoices([good('a', 3000), { ...good('b'), lastUsed: 'yesterday' }, { ...good('c'), auto: undefined }, good('d', 2000), null, 7]),
    ).toEqual([good('a', 3000), good('d', 2000)]);
  });

  it('not a list at all', () => {
    for (const raw of [42, 'x', true, { a: 1 }, [], undefined, null]) expect(parseChoices(raw)).toEqual([]);
  });

  // Speed is the bench's business; here only the outcome (a timed assertion fails on a loaded CI machine).
  it('a huge string (as the whole value, and as a field) is dropped, the rest kept', () => {
    const huge = 'x'.repeat(5_000_000);
    expect(parseChoices(huge)).toEqual([]);
    expect(parseChoices([{ ...good('a'), label: huge }, good('b')])).toEqual([good('b')]);
    expect(parseChoices([{ ...good('a'), value: huge }])).toEqual([]);
  });

  it('10 000 entries: salvaged, at most 10 kept, most recent first, no duplicates', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => good(`v${i % 50}`, i));
    const out = parseChoices(many);
    expect(out).toHaveLength(10);
    expect(new Set(out.map((e) => e.value)).size).toBe(10);
    expect(out.map((e) => e.lastUsed)).toEqual([...out.map((e) => e.lastUsed)].sort((a, b) => b - a));
  });

  it('salvage of duplicates keeps the most recent of each', () => {
    expect(salvageChoices([good('a', 1), good('a', 9), 'x']).map((e) => e.lastUsed)).toEqual([9]);
  });

  it('set() refuses an invalid value (nothing invalid is ever written)', async () => {
    vi.resetModules();
    const { choicesItem } = await import('@/utils/storage/choices');
    await expect(choicesItem.set([{ ...good('a'), portal: '' }] as never)).rejects.toThrow();
    await choicesItem.set([good('a')]);
    expect(await choicesItem.get()).toEqual([good('a')]);
  });
});
