/**
 * The overlay's lens on a recognised step (overlay/lens.ts): what can move the answer is read, what cannot is
 * not (a portal home's widgets below its services, the other steps' words where they are ruled out). Why:
 * docs/decisions/steady-state.md « A recognised step: what can move its answer ».
 */
import { afterEach, describe, expect, it } from 'vitest';
import { overlayLens, type FailedSteps } from '@/overlay/lens';
import type { OverlayState } from '@/overlay/state';
import { lensOf, mutationMatters, type MutationLens } from '@/utils/mutation-filter';
import { PORTALS } from '@/utils/portals';
import type { StepDef } from '@/utils/portals/types';
import { recognize, type Failed, type RecognitionResult } from '@/utils/recognize';

const SERVICES = 'https://lycees.netocentre.fr/portail/f/accueil/normal/render.uP';

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

/** Net O'Centre's home once logged in: a hidden shortcut widget above the services, a news widget below. */
function home(logout = '<a id="logout" href="/portail/Logout">DÉCONNEXION</a>'): void {
  document.head.innerHTML = '<style>.closed { display: none }</style>';
  document.body.innerHTML = `
    <header>${logout}</header>
    <section class="widget closed" id="above"><h3>Raccourcis</h3><ul class="feed"><li class="item"><a href="#p0">Pronote</a></li></ul></section>
    <section id="vs"><h2>Espace vie scolaire</h2><a id="pronote" class="app" href="/portail/p/pronote">Pronote</a></section>
    <section class="widget" id="below"><h3>Actualités</h3><ul class="feed">
      <li class="item"><a href="#n1">Nouvelles notes</a> <span class="count">4</span></li>
      <li class="item"><a href="#n2">Sortie au musée</a></li>
    </ul></section>`;
}

/** The page recognised as a pass does (`failed` filled), and the overlay's lens for that answer. */
function lensHere(o: { failed?: boolean } = {}): { rec: RecognitionResult; lens: MutationLens } {
  const failed = new Map<StepDef, Failed>();
  const rec = recognize(SERVICES, document, PORTALS, o.failed === false ? {} : { failed })!;
  const s = { rec, target: rec.target } as OverlayState;
  return { rec, lens: overlayLens(s, rec.portalDef, failed as FailedSteps, SERVICES, document)! };
}

function counts(lens: MutationLens, change: () => void): boolean {
  const mo = new MutationObserver(() => {});
  mo.observe(document, { subtree: true, childList: true, attributes: true, characterData: true, characterDataOldValue: true, attributeFilter: ['class', 'style', 'hidden'] });
  change();
  const records = mo.takeRecords();
  mo.disconnect();
  expect(records.length).toBeGreaterThan(0);
  return records.some((r) => mutationMatters(r, lens));
}

const $ = (sel: string) => document.querySelector(sel)!;
const link = (words: string) => Object.assign(document.createElement('li'), { innerHTML: `<a href="#x">${words}</a>` });

describe('overlayLens: the highlighted service and what comes after it', () => {
  it('the page is the services step, the ring on the visible « Pronote » link', () => {
    home();
    const { rec, lens } = lensHere();
    expect(rec.step).toBe('services');
    expect(rec.target?.id).toBe('pronote');
    // The target's word-reading entries are the only words read, and only before the ring.
    expect(lens.worded.length).toBeGreaterThan(0);
    expect(lens.worded.every((w) => w.tail)).toBe(true);
  });

  it('below the ring: a widget\'s class toggled, a « Pronote » link added, words changed or removed do not count', () => {
    home();
    const { lens } = lensHere();
    expect(counts(lens, () => $('#below').classList.toggle('hot'))).toBe(false);
    expect(counts(lens, () => $('#below .item').classList.toggle('unread'))).toBe(false);
    expect(counts(lens, () => $('#below .feed').append(link('Pronote')))).toBe(false);
    expect(counts(lens, () => ($('#below .item a').textContent = 'Ouvrir Pronote'))).toBe(false);
    expect(counts(lens, () => $('#below .item').remove())).toBe(false);
  });

  it('above the ring: the hidden widget shown, a « Pronote » link added there, both count (the ring can move)', () => {
    home();
    const { lens } = lensHere();
    expect(counts(lens, () => $('#above').classList.remove('closed'))).toBe(true);
    expect(counts(lens, () => $('header').append(Object.assign(document.createElement('a'), { textContent: 'Pronote' })))).toBe(true);
  });

  it('on and around the ring, and the page\'s structure, count wherever they are', () => {
    home();
    const { lens } = lensHere();
    expect(counts(lens, () => $('#vs').classList.add('closed'))).toBe(true);
    expect(counts(lens, () => $('#pronote').remove())).toBe(true);
    expect(counts(lens, () => $('#below').append(document.createElement('form')))).toBe(true);
  });

  it('an entry of the list before the one the ring came from is read everywhere', () => {
    // No « Pronote » link: the ring is on « Vie scolaire » (the list's third entry); « Pronote » comes first.
    home();
    $('#pronote').remove();
    $('#above').remove();
    $('#vs').insertAdjacentHTML('beforeend', '<ul><li id="vsl"><a href="#vs">Vie scolaire</a></li></ul>');
    const { rec, lens } = lensHere();
    expect(rec.step).toBe('services');
    expect(rec.target?.textContent).toBe('Vie scolaire');
    expect(lens.worded.some((w) => w.needles.includes('pronote') && !w.tail)).toBe(true);
    expect(counts(lens, () => $('#below .feed').append(link('Pronote')))).toBe(true);
    expect(counts(lens, () => $('#below .feed').append(link('Vie scolaire')))).toBe(false);
  });

  it('no ring: every target entry is read everywhere', () => {
    home();
    $('#pronote').remove();
    $('#above').remove();
    const { rec, lens } = lensHere();
    expect(rec.step).toBe('services');
    expect(rec.target).toBeNull();
    expect(lens.worded.every((w) => !w.tail)).toBe(true);
    expect(counts(lens, () => $('#below .feed').append(link('Pronote')))).toBe(true);
  });
});

describe('overlayLens: the step\'s evidence and the other steps', () => {
  it('while the logout link holds, a « Se déconnecter » link below does not count; when the step stands on those words, it does', () => {
    const withLink = () => $('#below .feed').append(link('Se déconnecter des autres appareils'));
    home();
    withLink();
    const held = lensHere().lens;
    expect(counts(held, () => $('#below').classList.toggle('hot'))).toBe(false);
    home('<button id="out">Se déconnecter</button>');
    withLink();
    const { rec, lens } = lensHere();
    expect(rec.step).toBe('services');
    expect(lens.worded.some((w) => w.needles.includes('se deconnecter') && !w.tail)).toBe(true);
    expect(counts(lens, () => $('#below').classList.toggle('hot'))).toBe(true);
  });

  it('the home page, ruled out by the logout link, is read for that link only; unknown why: read in full', () => {
    home();
    const { lens } = lensHere();
    expect(lens.plain).toContain('#portalCASLoginLink');
    expect(counts(lens, () => $('#below .feed').append(link('Se connecter')))).toBe(false);
    const unknown = lensHere({ failed: false }).lens;
    expect(counts(unknown, () => $('#below .feed').append(link('Se connecter')))).toBe(true);
  });
});

describe('lensOf: `tail` word-reading entries', () => {
  it('count before the target and in another tree, not after it nor in a node taken out', () => {
    for (const tail of [true, false]) {
      home();
      $('#below .feed').append(link('Pronote : nouvelles notes'));
      const lens = lensOf([{ css: 'a', text: 'pronote', tail }], $('#pronote'));
      const late = $('#below .feed > li:last-child');
      expect(counts(lens, () => late.classList.toggle('unread'))).toBe(!tail);
      expect(counts(lens, () => late.remove())).toBe(!tail);
      expect(counts(lens, () => $('#above .item').classList.toggle('unread'))).toBe(true);
      // A shadow root's order against the document's is not known: read.
      const root = $('#below').appendChild(document.createElement('div')).attachShadow({ mode: 'open' });
      root.innerHTML = '<a>Pronote</a>';
      const mo = new MutationObserver(() => {});
      mo.observe(root, { subtree: true, attributes: true });
      root.querySelector('a')!.classList.add('x');
      const records = mo.takeRecords();
      mo.disconnect();
      expect(records.some((r) => mutationMatters(r, lens))).toBe(true);
    }
  });
});
