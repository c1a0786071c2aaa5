/**
 * Plain French (FALC): sentences of the French locale are short — 15 words on average, none over 25.
 * The figures are printed so a reviewer sees them in the test output.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

function leaves(o: unknown, prefix = ''): [string, string][] {
  if (typeof o === 'string') return [[prefix, o]];
  if (o && typeof o === 'object') return Object.entries(o).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  return [];
}

export function sentences(text: string): string[] {
  return text
    .replace(/\$\d/g, 'X')
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
}

export function words(sentence: string): number {
  return sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

describe('plain French in locales/fr.yml', () => {
  const fr = parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../locales/fr.yml'), 'utf8'));
  // Texts read by families; proper names and the store description are not help text.
  const texts = leaves(fr).filter(([k]) => !k.startsWith('meta.') && k !== 'ext.name' && k !== 'ext.description');
  const all = texts.flatMap(([k, v]) => sentences(v).map((s) => ({ k, s, n: words(s) })));

  it('has help text to check', () => {
    expect(all.length).toBeGreaterThan(100);
  });

  it('sentences average at most 15 words and none is over 25', () => {
    const avg = all.reduce((a, x) => a + x.n, 0) / all.length;
    const longest = [...all].sort((a, b) => b.n - a.n).slice(0, 3);
    console.log(
      `plain language: ${all.length} sentences, ${avg.toFixed(1)} words on average, longest ${longest[0].n} (${longest[0].k})`,
    );
    expect(avg).toBeLessThanOrEqual(15);
    expect(all.filter((x) => x.n > 25).map((x) => `${x.k}: ${x.s}`)).toEqual([]);
  });
});
