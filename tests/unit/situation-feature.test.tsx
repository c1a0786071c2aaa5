/**
 * The card's question (overlay/features/situation.tsx) through the controller, on the real fixture pages: it
 * shows where the roads part and nothing is known, one button per road of the step; a click keeps the answer
 * (ids only, per portal) and the ring, the text and the journey request follow at once; a kept answer is shown
 * with « Ce n'est pas ma situation »; page evidence needs no question.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startController, type Controller } from '@/overlay/controller';
import type { FeatureContext } from '@/overlay/feature';
import { FEATURES } from '@/overlay/features';
import { situationFeature } from '@/overlay/features/situation';
import { HOST_TAG, TARGET_ATTR } from '@/overlay/host';
import { memorySituationStore } from '@/overlay/situation-store';
import { UNKNOWN } from '@/overlay/state';
import { PORTALS } from '@/utils/portals';
import type { Situation } from '@/utils/portals/types';
import { recognize } from '@/utils/recognize';
import type { SituationMemory } from '@/utils/situation';
import type { Prefs } from '@/utils/storage/prefs';
import { fixtureByName } from '../support/fixtures.mjs';

let controller: Controller | null = null;
afterEach(() => {
  controller?.stop();
  controller = null;
  document.body.innerHTML = '';
});

const settle = async () => {
  for (let i = 0; i < 4; i++) await new Promise((done) => setTimeout(done, 0));
};

function setUp(name: string, memory: SituationMemory = {}) {
  const f = fixtureByName(name);
  document.body.innerHTML = new DOMParser().parseFromString(f.html, 'text/html').body.innerHTML;
  let prefs: Prefs = { minimized: {}, activated: [] };
  let host: HTMLElement | null = null;
  const store = memorySituationStore(memory);
  const asked: (Situation | null)[] = [];
  controller = startController({
    doc: document,
    url: () => f.url,
    recognize: (url, doc, opts) => recognize(url, doc, PORTALS, opts),
    mount() {
      host ??= document.createElement(HOST_TAG);
      if (!host.isConnected) document.body.append(host);
      return { host, container: host };
    },
    remove: () => host?.remove(),
    journey: async (at, _nav, situation) => {
      asked.push(situation);
      return situation ? ({ journey: `j-${situation}`, name: 'n', x: 2, n: situation.startsWith('every') ? 4 : 11, origin: at.portal, next: null, situation } as never) : null;
    },
    prefs: { get: async () => prefs, update: async (fn) => (prefs = fn(prefs)) },
    situations: store,
    features: FEATURES,
  });
  const h = () => document.querySelector(HOST_TAG) as HTMLElement;
  return { f, store, asked, host: h, buttons: () => [...h().querySelectorAll<HTMLButtonElement>('button[data-situation]')] };
}

const ringed = () => document.querySelector(`[${TARGET_ATTR}]`);

describe('situation feature: applies', () => {
  const ctxOf = (name: string, deduction = UNKNOWN): FeatureContext => {
    const f = fixtureByName(name);
    document.body.innerHTML = new DOMParser().parseFromString(f.html, 'text/html').body.innerHTML;
    const rec = recognize(f.url, document, PORTALS)!;
    return { rec, doc: document, situation: { deduction, current: null, answer: async () => {} } };
  };
  it('where the roads part and nothing is known; not on a page whose evidence tells; not without situations', () => {
    expect(situationFeature.applies(ctxOf('netocentre/profile-chooser-legacy'))).toBe(true);
    expect(situationFeature.applies(ctxOf('educonnect/login'))).toBe(true);
    expect(situationFeature.applies(ctxOf('netocentre/activation-login', { situation: 'first-ent', academie: null, from: 'page' }))).toBe(false);
    expect(situationFeature.applies({ ...ctxOf('netocentre/profile-chooser-legacy'), situation: undefined })).toBe(false);
    // A kept answer where the roads part: shown, to be changed.
    expect(situationFeature.applies(ctxOf('netocentre/login-new', { situation: 'everyday-ent', academie: null, from: 'remembered' }))).toBe(true);
  });
});

describe('situation feature through the controller', () => {
  it('RECIA chooser, nothing known: the question with one button per road, no situation, no journey', async () => {
    const { host, buttons, asked } = setUp('netocentre/profile-chooser-legacy');
    await settle();
    expect(host().hasAttribute('data-situation')).toBe(false);
    expect(buttons().map((b) => b.dataset.situation)).toEqual(['first-ent', 'first-educonnect', 'everyday-ent', 'everyday-educonnect', 'lost']);
    // « Je n'ai pas de courrier », after the EduConnect letter: a button of its own (the contract's ids stay five).
    const all = [...host().querySelectorAll<HTMLButtonElement>('[data-testid=situation-question] button')];
    expect(all.map((b) => b.dataset.situation ?? `letter:${b.dataset.letter}`)).toEqual(['first-ent', 'first-educonnect', 'letter:none', 'everyday-ent', 'everyday-educonnect', 'lost']);
    expect(all[2].textContent).toBe("Je n'ai pas de courrier");
    expect(buttons()[0].textContent).toBe("J'ai un courrier avec un identifiant ENT");
    expect(asked).toEqual([null]);
    expect(host().querySelector('[data-testid=ce-counter]')).toBeNull();
    // The ring picks no road: not on « Autre public » nor on « Élève ou parent ».
    expect(ringed()?.id ?? '').not.toMatch(/autres-publics|parentEleveEN/);
  });

  it('a click keeps the answer and the ring, the text and the journey follow at once', async () => {
    const { host, buttons, store, asked } = setUp('netocentre/profile-chooser-legacy');
    await settle();
    buttons().find((b) => b.dataset.situation === 'first-ent')!.click();
    await settle();
    expect(store.memory()).toEqual({ netocentre: { situation: 'first-ent', academie: null } });
    expect(host().getAttribute('data-situation')).toBe('first-ent');
    expect(asked.at(-1)).toBe('first-ent');
    expect(ringed()?.outerHTML).toContain('autres-publics');
    expect(host().querySelector('[data-testid=ce-counter]')?.textContent).toContain('11');
    expect(buttons()).toEqual([]);
    expect(host().querySelector('[data-testid=situation-current]')?.textContent).toContain("J'ai un courrier avec un identifiant ENT");
    // The card quotes the label the ring is on.
    expect(host().querySelector('.ce-scroll')?.textContent).toContain('Autre public');
    // The answer line took the focus (the button pressed is gone).
    expect(host().querySelector('.ce-ask-now-text')).toBe(document.activeElement);

    // « Ce n'est pas ma situation »: forgotten, asked again, no counter.
    (host().querySelector('[data-testid=situation-current-change]') as HTMLButtonElement).click();
    await settle();
    expect(store.memory()).toEqual({});
    expect(host().hasAttribute('data-situation')).toBe(false);
    expect(buttons().length).toBe(5);
    expect(host().querySelector('[data-testid=ce-counter]')).toBeNull();

    buttons().find((b) => b.dataset.situation === 'everyday-educonnect')!.click();
    await settle();
    expect(host().getAttribute('data-situation')).toBe('everyday-educonnect');
    expect(ringed()?.outerHTML).toContain('parentEleveEN-IdP');
    expect(host().querySelector('[data-testid=ce-counter]')?.textContent).toContain('4');
  });

  it('a kept answer: no question, the road at once', async () => {
    const { host, buttons } = setUp('netocentre/profile-chooser-rwayf', { netocentre: { situation: 'everyday-ent' } });
    await settle();
    expect(buttons()).toEqual([]);
    expect(host().getAttribute('data-situation')).toBe('everyday-ent');
  });

  it('page evidence beats the kept answer, and is kept (an activation page is a first connection)', async () => {
    const { host, buttons, store } = setUp('netocentre/activation-login', { netocentre: { situation: 'everyday-ent' } });
    await settle();
    expect(host().getAttribute('data-situation')).toBe('first-ent');
    expect(buttons()).toEqual([]);
    expect(host().querySelector('[data-testid=situation-current]')).toBeNull();
    expect(store.memory().netocentre?.situation).toBe('first-ent');
  });

  it('Occitanie chooser: the situation, then the académie by département, then the line of that académie', async () => {
    const { host, buttons, store } = setUp('mon-ent-occitanie/profile-chooser-open');
    await settle();
    buttons().find((b) => b.dataset.situation === 'first-educonnect')!.click();
    await settle();
    const acad = [...host().querySelectorAll<HTMLButtonElement>('button[data-academie]')];
    expect(acad.map((b) => b.dataset.academie)).toEqual(['montpellier', 'toulouse']);
    expect(acad[0].textContent).toContain('Hérault');
    acad[1].click();
    await settle();
    expect(store.memory()['mon-ent-occitanie']).toEqual({ situation: 'first-educonnect', academie: 'toulouse' });
    expect(host().querySelectorAll('button[data-academie]').length).toBe(0);
    expect(host().querySelector('[data-testid=academie-current]')).not.toBeNull();
    const ring = ringed();
    expect(ring?.textContent ?? ring?.closest('label, li')?.textContent ?? '').toMatch(/Toulouse/i);
  });

  it('EduConnect login: the question offers the EduConnect roads only', async () => {
    const { buttons } = setUp('educonnect/login');
    await settle();
    expect(buttons().map((b) => b.dataset.situation)).toEqual(['first-educonnect', 'everyday-educonnect', 'lost']);
    expect(document.querySelector(HOST_TAG)!.querySelectorAll('button[data-letter="none"]')).toHaveLength(1);
  });

  // The ring itself: tests/e2e/situation.spec.ts (jsdom lays nothing out, so hidden error messages count here).
  it('EduConnect login, no letter: kept as such, the page says first-educonnect', async () => {
    const { host, store, asked } = setUp('educonnect/login');
    await settle();
    host().querySelector<HTMLButtonElement>('button[data-letter="none"]')!.click();
    await settle();
    expect(store.memory()).toEqual({ educonnect: { situation: 'signup-educonnect', academie: null } });
    expect(host().getAttribute('data-situation')).toBe('first-educonnect');
    expect(host().shadowRoot?.textContent ?? host().textContent).toContain("Je n'ai pas de courrier");
    // The journey is asked for the family's own road (its counter is not the letter's activation).
    expect(asked.at(-1)).toBe('signup-educonnect');
  });
});
