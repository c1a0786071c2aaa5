import { describe, expect, it } from 'vitest';
import {
  type ChoiceEntry,
  cleanText,
  forgetEntry,
  MAX_ENTRIES,
  normalizeEntries,
  recordChoice,
  renameEntry,
  setAuto,
} from '@/utils/remember/entries';

const c = (value: string, establishment = 'lycees.netocentre.fr', portal = 'netocentre') => ({
  portal,
  establishment,
  value,
  label: `Label ${value}`,
});

describe('recordChoice: order, one entry per (portal, establishment, choice), cap', () => {
  it('puts the newest first', () => {
    let l: ChoiceEntry[] = [];
    l = recordChoice(l, c('a'), 1000);
    l = recordChoice(l, c('b'), 2000);
    expect(l.map((e) => e.value)).toEqual(['b', 'a']);
    expect(l[0]).toEqual({ ...c('b'), lastUsed: 2000, auto: false });
  });

  it('keeps one entry per portal + establishment + value and moves it to the top', () => {
    let l: ChoiceEntry[] = [];
    l = recordChoice(l, c('a'), 1000);
    l = recordChoice(l, c('b'), 2000);
    l = recordChoice(l, { ...c('a'), label: 'New label' }, 3000);
    expect(l.map((e) => [e.value, e.lastUsed, e.label])).toEqual([
      ['a', 3000, 'New label'],
      ['b', 2000, 'Label b'],
    ]);
    // same value, other establishment or other portal: separate entries
    l = recordChoice(l, c('a', 'clg-tours.netocentre.fr'), 4000);
    l = recordChoice(l, c('a', 'lycees.netocentre.fr', 'touraine-eschool'), 5000);
    expect(l).toHaveLength(4);
  });

  it('keeps the family name and auto setting when the choice is made again', () => {
    let l = recordChoice([], c('a'), 1000);
    l = renameEntry(l, c('a'), 'Lucas — collège Jean Moulin');
    l = setAuto(l, c('a'), true);
    l = recordChoice(l, c('a'), 2000);
    expect(l[0]).toMatchObject({ name: 'Lucas — collège Jean Moulin', auto: true, lastUsed: 2000 });
  });

  it('keeps at most 10 entries, dropping the oldest', () => {
    let l: ChoiceEntry[] = [];
    for (let i = 0; i < 15; i++) l = recordChoice(l, c(`v${i}`), 1000 + i);
    expect(l).toHaveLength(MAX_ENTRIES);
    expect(l[0].value).toBe('v14');
    expect(l[9].value).toBe('v5');
  });

  it('same timestamp: the choice just made is still first', () => {
    let l = recordChoice([], c('a'), 1000);
    l = recordChoice(l, c('b'), 1000);
    expect(l[0].value).toBe('b');
  });

  it('ignores a choice without portal, establishment or value; falls back to the value as label', () => {
    expect(recordChoice([], { ...c(''), value: '' }, 1)).toEqual([]);
    expect(recordChoice([], { ...c('x'), establishment: ' ' }, 1)).toEqual([]);
    expect(recordChoice([], { ...c('x'), label: '   ' }, 1)[0].label).toBe('x');
  });

  it('cleans and caps page text (white space, control characters, huge labels)', () => {
    expect(cleanText('  Élève \n\t ou   parent ', 80)).toBe('Élève ou parent');
    expect(cleanText('a\u0000b', 80)).toBe('a b');
    const l = recordChoice([], { ...c('x'), label: 'L'.repeat(100_000) }, 1);
    expect(l[0].label.length).toBeLessThanOrEqual(120);
    expect(recordChoice([], { ...c('x'), establishment: 'LYCEES.Netocentre.FR' }, 1)[0].establishment).toBe(
      'lycees.netocentre.fr',
    );
  });
});

describe('forget, rename, auto', () => {
  const base = [recordChoice([], c('a'), 1), recordChoice([], c('b'), 2)].flat();
  it('forgets one entry', () => {
    expect(forgetEntry(base, c('a')).map((e) => e.value)).toEqual(['b']);
  });
  it('renames, and an empty name removes it', () => {
    const r = renameEntry(base, c('a'), '  Lucas  ');
    expect(r.find((e) => e.value === 'a')?.name).toBe('Lucas');
    expect('name' in renameEntry(r, c('a'), ' ').find((e) => e.value === 'a')!).toBe(false);
  });
  it('auto is off by default; only one automatic entry per portal + establishment', () => {
    expect(base.every((e) => e.auto === false)).toBe(true);
    let l = setAuto(base, c('a'), true);
    l = setAuto(l, c('b'), true);
    expect(l.filter((e) => e.auto).map((e) => e.value)).toEqual(['b']);
  });
  it('normalizeEntries dedupes (most recent kept) and sorts', () => {
    const e = (value: string, lastUsed: number): ChoiceEntry => ({ ...c(value), lastUsed, auto: false });
    expect(normalizeEntries([e('a', 1), e('b', 3), e('a', 5)]).map((x) => [x.value, x.lastUsed])).toEqual([
      ['a', 5],
      ['b', 3],
    ]);
  });
});
