/**
 * The card's fonts made ready before its first layout (overlay/warm-fonts.ts): the strikes read from the
 * overlay's CSS are the ones its rules give their text, and warming them only measures text on a canvas
 * that never enters the page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontStrikes, warmFonts } from '@/overlay/warm-fonts';

const css = fs.readFileSync(path.resolve(__dirname, '../../overlay/style.css'), 'utf8');
const ROOT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', sans-serif";

describe('fontStrikes', () => {
  it('reads the rules: shorthands, sizes alone, weights alone, italics', () => {
    const got = fontStrikes(`
      .root { font: 16px/1.45 ${ROOT}; }
      .a { font-size: 14px; color: red; }
      .b { font-weight: 700; }
      .c { font: 700 13px/1.2 system-ui, sans-serif; }
      /* .d { font-size: 99px; } */
      .e { font-size: 14px; font-style: italic; }
      .f { font-size: 2em; }
      .g { color: blue; }`);
    expect(got).toEqual([
      `16px ${ROOT}`,
      `14px ${ROOT}`,
      `700 16px ${ROOT}`,
      '700 13px system-ui, sans-serif',
      `italic 14px ${ROOT}`,
    ]);
  });

  it('covers every size and weight the overlay CSS declares, in its families', () => {
    const strikes = fontStrikes(css);
    const sizes = new Set([...css.matchAll(/font(?:-size)?:[^;]*?\b(\d+)px/g)].map((m) => `${m[1]}px`));
    const weights = new Set([...css.matchAll(/font(?:-weight)?:\s*(\d{3})\b/g)].map((m) => m[1]));
    expect(sizes.size).toBeGreaterThan(3);
    for (const s of sizes) expect(strikes.some((x) => x.split(' ').includes(s)), s).toBe(true);
    for (const w of weights) expect(strikes.some((x) => x.startsWith(`${w} `)), w).toBe(true);
    expect(strikes).toContain(`16px ${ROOT}`);
    // The title (an h2) is bold by the browser's own style too: the CSS says it, so it is warmed bold.
    expect(strikes).toContain(`700 19px ${ROOT}`);
    expect(new Set(strikes).size).toBe(strikes.length);
  });
});

describe('warmFonts', () => {
  it('measures text once per strike on a canvas it never attaches', () => {
    const seen: string[] = [];
    const ctx = { font: '', measureText: (t: string) => void seen.push(`${ctx.font}|${t}`) };
    const canvas = { getContext: (kind: string) => (kind === '2d' ? ctx : null) };
    const doc = { createElement: (tag: string) => (tag === 'canvas' ? canvas : null) } as unknown as Document;
    warmFonts(doc, css);
    expect(seen.map((s) => s.split('|')[0])).toEqual(fontStrikes(css));
    expect(seen.every((s) => s.split('|')[1].length > 0)).toBe(true);
  });

  it('does nothing without a 2D canvas (a test DOM, a locked-down page)', () => {
    expect(() => warmFonts(document, css)).not.toThrow();
    const doc = { createElement: () => ({ getContext: () => { throw new Error('blocked'); } }) } as unknown as Document;
    expect(() => warmFonts(doc, css)).not.toThrow();
  });
});
