/**
 * Page obstructions (issue 22): the pure overlap logic, and the feature's adjustment of a recognition on the
 * fixture pages (a cookie banner over « Se connecter », EduConnect's maintenance banner and chatbot): while one
 * hides the target, its close control is rung and the help says to close it first; once hidden, the step's
 * own ring and help come back. Boxes are given (happy-dom lays nothing out).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { NO_CLOSE_HELP, obstructionBoxes, unobstructed } from '@/overlay/features/obstruction';
import { LANGS, setMessages, t, tList } from '@/utils/i18n';
import { firstHiding, hiddenPart, hides } from '@/utils/obstruction';
import { PORTALS, portalById } from '@/utils/portals';
import { recognize, type RecognitionResult } from '@/utils/recognize';
import { loadFixtures } from '../support/fixtures.mjs';
import { loadLocale } from '../support/i18n-setup';

const box = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });

describe('overlap logic (pure)', () => {
  it('measures the part of the target covered', () => {
    expect(hiddenPart(box(0, 0, 100, 100), box(50, 50, 150, 150))).toBeCloseTo(0.25);
    expect(hiddenPart(box(0, 0, 100, 100), box(100, 0, 200, 100))).toBe(0); // touching edges
    expect(hiddenPart(box(0, 0, 100, 100), box(10, 10, 10, 10))).toBe(0); // empty target
  });

  it('a target is hidden when its middle is covered or a quarter of it', () => {
    expect(hides(box(0, 0, 1000, 110), box(900, 20, 1000, 50))).toBe(true);
    expect(hides(box(0, 0, 1000, 30), box(0, 22, 100, 62))).toBe(false); // a fifth, middle free
    expect(hides(box(0, 0, 1000, 30), box(0, 10, 100, 50))).toBe(true); // half of it
    expect(hides(box(0, 600, 1000, 700), box(0, 10, 100, 50))).toBe(false);
  });

  it('takes the first hiding obstruction in data order; none without a target box', () => {
    const a = { id: 'a', rect: box(0, 0, 50, 50) };
    const b = { id: 'b', rect: box(0, 0, 500, 500) };
    const c = { id: 'c', rect: box(0, 0, 500, 500) };
    expect(firstHiding(box(100, 100, 200, 200), [a, b, c])?.id).toBe('b');
    expect(firstHiding(null, [b])).toBeNull();
    expect(firstHiding(box(5, 5, 5, 5), [b])).toBeNull();
  });
});

const fixtures = loadFixtures();
const page = (name: string) => fixtures.find((f) => f.name === name)!;
const realRect = Element.prototype.getBoundingClientRect;
afterEach(() => {
  Element.prototype.getBoundingClientRect = realRect;
});

/** Lay the page out by hand: elements matching a selector get that box; the others none. */
function layout(doc: Document, boxes: Record<string, ReturnType<typeof box>>) {
  Element.prototype.getBoundingClientRect = function (this: Element) {
    for (const [css, b] of Object.entries(boxes)) {
      if (this.matches(css)) return DOMRect.fromRect({ x: b.left, y: b.top, width: b.right - b.left, height: b.bottom - b.top });
    }
    return DOMRect.fromRect({ x: 0, y: 0, width: 0, height: 0 });
  };
  void doc;
}

function load(name: string, opts = {}): { doc: Document; rec: RecognitionResult } {
  const f = page(name);
  document.documentElement.innerHTML = new DOMParser().parseFromString(f.html, 'text/html').documentElement.innerHTML;
  const rec = recognize(f.url, document, PORTALS, opts)!;
  expect(rec, name).not.toBeNull();
  return { doc: document, rec };
}

describe('the obstruction feature on fixture pages', () => {
  it('mon ENT Occitanie home: the cookie banner over « Se connecter » → « Tout accepter » first, then back', () => {
    const { doc, rec } = load('variants/mon-ent-occitanie/home-cookie-banner.html');
    expect(rec.target?.matches('a.fo-connect__link')).toBe(true);
    layout(doc, {
      '#tarteaucitronAlertBig': box(0, 0, 1280, 110),
      '#tarteaucitronPersonalize2': box(600, 60, 720, 92),
      'a.fo-connect__link': box(1100, 20, 1220, 52),
    });
    const now = unobstructed(rec, doc);
    expect(now.target?.id).toBe('tarteaucitronPersonalize2');
    expect(now.help).toBe('obstruction.cookies');
    expect(now.step).toBe('home');
    // The card keeps clear of the banner; the zero-size root counts for nothing.
    expect(obstructionBoxes(rec.portalDef.obstructions, doc)).toEqual([expect.objectContaining({ top: 0, bottom: 110 })]);
    // « Tout accepter » clicked: the fixture's script hides the bar.
    (doc.getElementById('tarteaucitronAlertBig') as HTMLElement).style.display = 'none';
    const after = unobstructed(rec, doc);
    expect(after).toBe(rec);
    expect(obstructionBoxes(rec.portalDef.obstructions, doc)).toEqual([]);
  });

  it('a banner elsewhere on the page changes nothing', () => {
    const { doc, rec } = load('variants/mon-ent-occitanie/home-cookie-banner.html');
    layout(doc, { '#tarteaucitronAlertBig': box(0, 600, 1280, 700), 'a.fo-connect__link': box(1100, 20, 1220, 52) });
    expect(unobstructed(rec, doc)).toBe(rec);
  });

  it('no close control found: the ring on the banner itself, with the help that says so', () => {
    const { doc, rec } = load('variants/mon-ent-occitanie/home-cookie-banner.html');
    doc.getElementById('tarteaucitronPersonalize2')!.remove();
    layout(doc, { '#tarteaucitronAlertBig': box(0, 0, 1280, 110), 'a.fo-connect__link': box(1100, 20, 1220, 52) });
    const now = unobstructed(rec, doc);
    expect(now.target?.id).toBe('tarteaucitronAlertBig');
    expect(now.help).toBe(NO_CLOSE_HELP);
  });

  // The maintenance banner is what the family must read (issue 22: « the card says so and to come back later »):
  // the maintenance state rings the message itself, so the feature never says « close it first » over it.
  it('EduConnect: the maintenance state rings the banner itself; the chatbot over the target → its close', () => {
    const { doc, rec } = load('variants/educonnect/login-chatbot-maintenance.html');
    expect([rec.step, rec.state]).toEqual(['login', 'maintenance']);
    layout(doc, {
      '#sidebar_maintenance': box(360, 160, 920, 420),
      '#titreMaintenance': box(380, 170, 900, 200),
      '#fermerMaintenance': box(380, 380, 460, 410),
      '#chatmd': box(960, 340, 1260, 700),
      '#chatmd header button': box(1220, 345, 1250, 370),
    });
    expect(rec.target?.closest('#sidebar_maintenance')).not.toBeNull();
    expect(unobstructed(rec, doc)).toBe(rec);
    // Closed: the login's own ring; the chatbot, small, in the corner: the card keeps clear of it.
    (doc.getElementById('sidebar_maintenance') as HTMLElement).style.display = 'none';
    const login = recognize(page('variants/educonnect/login-chatbot-maintenance.html').url, doc, PORTALS)!;
    expect([login.step, login.state]).toEqual(['login', null]);
    const target = login.target!;
    layout(doc, { '#chatmd': box(960, 340, 1260, 700), '#chatmd header button': box(1220, 345, 1250, 370), [`#${target.id}`]: box(400, 300, 800, 340) });
    expect(unobstructed(login, doc)).toBe(login);
    expect(obstructionBoxes(login.portalDef.obstructions, doc)).toEqual([expect.objectContaining({ left: 960, top: 340 })]);
    // On a narrow screen it may lie over the target: close it first.
    layout(doc, { '#chatmd': box(60, 280, 380, 640), '#chatmd header button': box(340, 285, 370, 310), [`#${target.id}`]: box(20, 300, 370, 340) });
    const chat = unobstructed(login, doc);
    expect(chat.target?.getAttribute('aria-label')).toBe('Fermer la discussion');
    expect(chat.help).toBe('obstruction.chatbot');
  });
});

describe('obstruction data', () => {
  it('each portal obstruction names a source, and its helps exist in every language', async () => {
    const helps = new Set([NO_CLOSE_HELP]);
    for (const p of PORTALS) {
      for (const o of p.obstructions ?? []) {
        expect(o.sources.length, `${p.id} ${o.id}`).toBeGreaterThan(0);
        helps.add(o.help);
        for (const c of o.close) if (typeof c !== 'string' && c.help) helps.add(c.help);
      }
    }
    expect(portalById('mon-ent-occitanie')?.obstructions?.map((o) => o.id)).toEqual(['cookies']);
    expect(portalById('educonnect')?.obstructions?.map((o) => o.id)).toEqual(['chatbot', 'maintenance']);
    try {
      for (const lang of LANGS) {
        setMessages(await loadLocale(lang), lang);
        for (const h of helps) {
          expect(t(`${h}.title`), `${lang} ${h}`).not.toBe('');
          expect(tList(`${h}.body`).length, `${lang} ${h}`).toBeGreaterThan(1);
        }
      }
      // The cookie help quotes the button the ring is on.
      setMessages(await loadLocale('fr'), 'fr');
      expect(tList('obstruction.cookies.body').join(' ')).toContain('« Tout accepter »');
    } finally {
      setMessages(null);
    }
  });
});
