/**
 * Where the password box goes (components/Anchored.tsx `placeBox`, pure): beside the two fields when there
 * is room, never over them, not over our help card or the page's submit button unless the user is typing,
 * and on phones above the on-screen keyboard, shrunk to the room there is.
 */
import { describe, expect, it } from 'vitest';
import { placeBox, type PlaceInput, type Rect } from '@/components/Anchored';

const rect = (left: number, top: number, width: number, height: number): Rect => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});
const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

// The cerbere2 page at 1280 × 800: the two fields from x 260 to 1020, y 296 to 386; « Continuer » below.
const FIELDS = rect(260, 296, 760, 90);
const SUBMIT = rect(260, 402, 74, 22);
const CARD = rect(885, 410, 380, 375);
/** A box whose height grows as it narrows (text wraps). */
const measure = (w: number) => Math.round(120000 / w);

function input(over: Partial<PlaceInput> = {}): PlaceInput {
  return {
    anchor: FIELDS,
    viewport: { width: 1280, top: 0, bottom: 800 },
    sides: ['right', 'left', 'bottom', 'top'],
    width: 300,
    gap: 6,
    minSideWidth: 200,
    measure,
    own: [CARD],
    soft: [SUBMIT],
    focused: false,
    ...over,
  };
}

function boxOf(p: NonNullable<ReturnType<typeof placeBox>>, m = measure): Rect {
  const h = p.maxHeight === null ? m(p.width) : Math.min(p.maxHeight, m(p.width));
  return rect(p.left, p.top, p.width, h);
}

describe('placeBox', () => {
  it('goes beside the fields, narrowed to the room, and not over the help card', () => {
    const p = placeBox(input())!;
    // right: 250 px of room but the box would reach the card's height → left
    expect(p.side).toBe('left');
    expect(p.width).toBeLessThanOrEqual(250);
    const b = boxOf(p);
    expect(overlaps(b, FIELDS)).toBe(false);
    expect(overlaps(b, CARD)).toBe(false);
    expect(b.top).toBeGreaterThanOrEqual(0);
    expect(b.bottom).toBeLessThanOrEqual(800);
  });

  it('takes the right side when the card is elsewhere', () => {
    const p = placeBox(input({ own: [rect(16, 600, 380, 180)] }))!;
    expect(p.side).toBe('right');
    expect(p.left).toBe(1026);
  });

  it('slides up beside the fields to stay whole when the box is tall', () => {
    const tall = () => 700;
    const p = placeBox(input({ measure: tall, own: [] }))!;
    expect(p.side).toBe('right');
    expect(p.top).toBe(800 - 700 - 4);
  });

  it('hides rather than cover the submit button when nobody types, shows below the fields while typing', () => {
    const narrow = input({ viewport: { width: 800, top: 0, bottom: 800 }, anchor: rect(20, 296, 760, 90), soft: [rect(20, 402, 74, 22)], own: [] });
    expect(placeBox(narrow)).toBeNull();
    const p = placeBox({ ...narrow, focused: true })!;
    expect(p.side).toBe('bottom');
    expect(overlaps(boxOf(p), narrow.anchor)).toBe(false);
  });

  it('on a phone with the keyboard open, stays in the visible band and off the fields, shrunk', () => {
    // 360 px wide, keyboard leaves 0–380 visible, fields at 150–230, sheet hidden under the keyboard
    const fields = rect(16, 150, 328, 80);
    const p = placeBox(
      input({
        anchor: fields,
        viewport: { width: 360, top: 0, bottom: 380 },
        sides: ['bottom', 'top'],
        measure: () => 420,
        own: [],
        soft: [],
        focused: true,
      }),
    )!;
    expect(p.maxHeight).not.toBeNull();
    const b = boxOf(p, () => 420);
    expect(b.top).toBeGreaterThanOrEqual(0);
    expect(b.bottom).toBeLessThanOrEqual(380);
    expect(overlaps(b, fields)).toBe(false);
  });

  it('counts the help sheet as the floor of the room below the fields', () => {
    const fields = rect(16, 100, 328, 80);
    const sheet = rect(0, 600, 360, 140);
    const p = placeBox(
      input({
        anchor: fields,
        viewport: { width: 360, top: 0, bottom: 740 },
        sides: ['bottom', 'top'],
        measure: () => 900,
        own: [sheet],
        soft: [],
        focused: true,
      }),
    )!;
    expect(p.side).toBe('bottom');
    const b = boxOf(p, () => 900);
    expect(overlaps(b, sheet)).toBe(false);
    expect(overlaps(b, fields)).toBe(false);
  });
});
