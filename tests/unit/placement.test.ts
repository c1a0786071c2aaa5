import { describe, expect, it } from 'vitest';
import { chooseCorner } from '@/components/HelpPanel';
import type { Rect } from '@/components/Anchored';
import { around, coveredFraction, overlapArea, placeTag, type Obstacle } from '@/components/placement';

const rect = (left: number, top: number, width: number, height: number): Rect => ({ left, top, right: left + width, bottom: top + height });
const box = (left: number, top: number, width: number, height: number) => ({ ...rect(left, top, width, height), width, height });
const VP = { width: 1280, height: 800 };
const TAG = { width: 64, height: 21 };
const tagBox = (p: { left: number; top: number }) => rect(p.left, p.top, TAG.width, TAG.height);
const ob = (r: Rect, weight = 1): Obstacle => ({ rect: r, weight });

describe('overlap measures', () => {
  it('measures the area and the part covered', () => {
    expect(overlapArea(rect(0, 0, 10, 10), rect(5, 5, 10, 10))).toBe(25);
    expect(overlapArea(rect(0, 0, 10, 10), rect(10, 0, 10, 10))).toBe(0);
    expect(coveredFraction(rect(0, 0, 10, 10), rect(5, 0, 10, 10))).toBe(0.5);
  });
});

describe('placeTag', () => {
  it('goes before the element (left in French) when nothing is around', () => {
    const p = placeTag({ target: rect(400, 300, 200, 40), size: TAG, viewport: VP, obstacles: [], gap: 6 })!;
    expect(p.side).toBe('left');
    expect(p.left + TAG.width).toBeLessThanOrEqual(400);
  });
  it('goes to the right of the element first in right-to-left languages', () => {
    const p = placeTag({ target: rect(400, 300, 200, 40), size: TAG, viewport: VP, obstacles: [], gap: 6, rtl: true })!;
    expect(p.side).toBe('right');
  });
  it('never covers the element, even when every side is crowded', () => {
    const t = rect(400, 300, 200, 40);
    const crowd = [rect(300, 300, 95, 40), rect(606, 300, 100, 40), rect(400, 250, 200, 45), rect(400, 345, 200, 45)].map((r) => ob(r));
    const p = placeTag({ target: t, size: TAG, viewport: VP, obstacles: crowd, gap: 6 })!;
    expect(overlapArea(tagBox(p), t)).toBe(0);
  });
  it('avoids the next profile tile: a row of tiles puts the tag above or below', () => {
    // three tiles side by side, the middle one highlighted
    const tiles = [rect(100, 300, 200, 60), rect(310, 300, 200, 60), rect(520, 300, 200, 60)];
    const p = placeTag({ target: tiles[1]!, size: TAG, viewport: VP, obstacles: [ob(tiles[0]!), ob(tiles[2]!)], gap: 6 })!;
    expect(['top-start', 'bottom-start', 'edge', 'top-end', 'bottom-end']).toContain(p.side);
    for (const x of tiles) expect(overlapArea(tagBox(p), x)).toBe(0);
  });
  it('avoids the field below and the label above a field in a stacked form', () => {
    const label = rect(400, 270, 80, 20);
    const field = rect(400, 292, 480, 36);
    const next = rect(400, 360, 480, 36);
    const left = rect(0, 0, 390, 800); // the help card on the left
    const p = placeTag({ target: field, size: TAG, viewport: VP, obstacles: [ob(label, 2), ob(next), ob(left, 4)], gap: 6 })!;
    for (const x of [label, next, left, field]) expect(overlapArea(tagBox(p), x)).toBe(0);
    expect(p.side).toBe('right');
  });
  it('stays out of our help card', () => {
    const t = rect(410, 420, 165, 32);
    const card = rect(16, 408, 380, 376);
    const sibling = rect(580, 420, 225, 32);
    const linkAbove = rect(410, 396, 156, 17);
    const p = placeTag({ target: t, size: TAG, viewport: VP, obstacles: [ob(card, 4), ob(sibling), ob(linkAbove)], gap: 6 })!;
    for (const x of [card, sibling, linkAbove, t]) expect(overlapArea(tagBox(p), x)).toBe(0);
    expect(p.side).toBe('bottom-start');
  });
  it('stays inside the window: an element at the left edge gets the tag on its right', () => {
    const p = placeTag({ target: rect(4, 100, 200, 30), size: TAG, viewport: VP, obstacles: [], gap: 6 })!;
    expect(p.side).toBe('right');
  });
  it('gives no tag when the element fills the window', () => {
    expect(placeTag({ target: rect(0, 0, 1280, 800), size: TAG, viewport: VP, obstacles: [], gap: 6 })).toBeNull();
  });
});

describe('chooseCorner with the form around the target', () => {
  const CARD = { width: 380, height: 380 };
  it('keeps the reading-order corner when it covers nothing', () => {
    const form = rect(386, 40, 508, 436);
    const fields = [rect(410, 232, 480, 35), rect(410, 295, 480, 35)];
    const soft = [...fields.map((f) => ob(f)), ob(form, 0.5)];
    expect(chooseCorner(CARD, VP, [], { soft }).corner).toBe('br');
    expect(chooseCorner(CARD, VP, [], { soft, rtl: true }).corner).toBe('bl');
  });
  it('in Arabic, leaves the left corners when a wide left-to-right form runs under them', () => {
    // a wide form from x = 100 to 900: its fields' ends are under the left corners, the right ones are free
    const fields = [rect(100, 200, 800, 36), rect(100, 280, 800, 36), rect(100, 460, 800, 36), rect(100, 560, 200, 36)];
    const soft = fields.map((f) => ob(f));
    const target = box(100, 200, 800, 36);
    const p = chooseCorner(CARD, VP, [target], { soft, rtl: true });
    expect(p.corner).toMatch(/r$/);
  });
  it('in French, a wide form keeps the card on the free side', () => {
    const fields = [rect(380, 200, 880, 36), rect(380, 460, 880, 36)];
    const p = chooseCorner(CARD, VP, [box(380, 200, 880, 36)], { soft: fields.map((f) => ob(f)) });
    expect(p.corner).toMatch(/l$/);
  });
  it('still never covers the target to spare a neighbour', () => {
    const target = box(0, 380, 1280, 40);
    const soft = [ob(rect(0, 0, 1280, 370)), ob(rect(0, 430, 1280, 370))];
    const p = chooseCorner({ width: 380, height: 300 }, VP, [target], { soft });
    const top = p.corner.startsWith('b') ? 800 - 16 - 300 : 16;
    expect(top >= 420 || top + 300 <= 380).toBe(true);
  });
  it('ignores the surroundings on phones: the sheet stays at the bottom', () => {
    const soft = [ob(rect(0, 600, 360, 100))];
    expect(chooseCorner({ width: 360, height: 80 }, { width: 360, height: 740 }, [], { compact: true, soft }).corner).toBe('b');
  });
});

describe('around', () => {
  it('finds the neighbouring fields and buttons, the label and the form, not far elements nor the target', () => {
    document.body.innerHTML = `
      <form id="f"><label for="a" id="la">Identifiant</label><input id="a"><input id="b" type="password">
      <input type="hidden" id="h"><button id="ok">Valider</button></form><a href="#" id="far">Loin</a>`;
    const pos: Record<string, Rect> = {
      f: rect(100, 100, 400, 300), la: rect(110, 110, 80, 20), a: rect(110, 132, 300, 30), b: rect(110, 180, 300, 30),
      h: rect(0, 0, 0, 0), ok: rect(110, 230, 90, 30), far: rect(1100, 700, 60, 20),
    };
    for (const [id, r] of Object.entries(pos)) {
      const el = document.getElementById(id)!;
      el.getBoundingClientRect = () => ({ ...r, x: r.left, y: r.top, width: r.right - r.left, height: r.bottom - r.top, toJSON() {} }) as DOMRect;
    }
    const a = around(document.getElementById('a')!, 200, () => false);
    expect(a.neighbours.map((e) => e.id).sort()).toEqual(['b', 'ok']);
    expect(a.labels.map((e) => e.id)).toEqual(['la']);
    expect(a.form?.id).toBe('f');
  });

  it('finds the picture above a field (a captcha image), not one far away', () => {
    document.body.innerHTML = `<img id="cap" alt=""><input id="c"><img id="logo" alt="">`;
    const pos: Record<string, Rect> = { cap: rect(40, 100, 240, 60), c: rect(40, 170, 680, 50), logo: rect(1000, 700, 80, 40) };
    for (const [id, r] of Object.entries(pos)) {
      const el = document.getElementById(id)!;
      el.getBoundingClientRect = () => ({ ...r, x: r.left, y: r.top, width: r.right - r.left, height: r.bottom - r.top, toJSON() {} }) as DOMRect;
    }
    expect(around(document.getElementById('c')!, 200, () => false).images.map((e) => e.id)).toEqual(['cap']);
  });
});

describe('placeTag between four neighbours', () => {
  it('slides along the top or bottom edge to a free gap rather than graze a link', () => {
    const t = rect(534, 398, 174, 40); // « Activer mon compte » with its ring
    const obstacles = [
      rect(480, 402, 50, 32), // « Aide » on the left
      rect(712, 402, 223, 32), // « Mon compte a été réinitialisé » on the right
      rect(480, 378, 156, 17), // « Mot de passe oublié ? » above, ending over the target's start
      rect(480, 436, 160, 17), // « Données personnelles » below
      rect(644, 436, 58, 17), // « Cookies » below
    ].map((r) => ob(r));
    const p = placeTag({ target: t, size: TAG, viewport: VP, obstacles, gap: 6 })!;
    for (const o of obstacles) expect(overlapArea(tagBox(p), o.rect)).toBe(0);
    expect(overlapArea(tagBox(p), t)).toBe(0);
  });
});

describe('chooseCorner when the card must shrink', () => {
  it('takes the corner of the free band that covers the least of the form', () => {
    // a list of choices across the middle of the page; the other groups and « Valider » under it, on the left
    const list = box(384, 208, 542, 160);
    const soft = [rect(354, 390, 572, 30), rect(354, 450, 572, 30), rect(354, 570, 100, 38)].map((r) => ob(r));
    const p = chooseCorner({ width: 380, height: 440 }, VP, [list], { rtl: true, soft });
    expect(p.corner).toBe('br');
    expect(p.maxHeight).toBe(800 - 368 - 32);
  });
});
