/**
 * The family's situation outside the page (issue 19): the popup's « Où en suis-je ? » shows and changes it,
 * the options page shows, changes and forgets it per portal, and « Tout oublier » forgets it too.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { SituationChoice } from '@/components/popup/SituationChoice';
import { SituationAnswers } from '@/components/SituationAnswers';
import { App as OptionsApp } from '@/entrypoints/options/App';
import { SituationSection } from '@/entrypoints/popup/SituationSection';
import { t } from '@/utils/i18n';
import { portalById, PORTALS } from '@/utils/portals';
import { portalSituations, situationLabel } from '@/utils/situation-choices';
import { choicesItem } from '@/utils/storage/choices';
import { situationItem } from '@/utils/storage/situation';

let root: HTMLElement | null = null;
function mount(node: preact.ComponentChild) {
  const el = document.createElement('div');
  root = el;
  document.body.append(el);
  act(() => render(node, el));
  return el;
}
afterEach(() => {
  if (!root) return;
  act(() => render(null, root!));
  root.remove();
  root = null;
});
beforeEach(() => fakeBrowser.reset());

/** Let storage reads and the re-render they cause happen. */
async function settle() {
  for (let i = 0; i < 5; i++) await act(() => new Promise<void>((r) => setTimeout(r, 0)));
}
const buttons = (el: Element) => [...el.querySelectorAll<HTMLButtonElement>('button[data-situation], button[data-letter]')];
/** The situation a button chooses: its id, or no letter (`data-letter="none"`, utils/situation.ts `choiceAttr`). */
const chosen = (b: HTMLButtonElement) => b.dataset.situation ?? (b.dataset.letter === 'none' ? 'signup-educonnect' : '?');

describe('situations of a portal', () => {
  it('are the ones its journeys serve, in the fixed order, named after the letter', () => {
    expect(portalSituations(portalById('netocentre')!)).toEqual(['first-ent', 'first-educonnect', 'signup-educonnect', 'everyday-ent', 'everyday-educonnect', 'lost']);
    // EduConnect's own roads: its letter, no letter (« Je n'ai pas de compte »), everyday, and lost (« Mot de passe perdu »).
    expect(portalSituations(portalById('educonnect')!)).toEqual(['first-educonnect', 'signup-educonnect', 'everyday-educonnect', 'lost']);
    expect(situationLabel('signup-educonnect')).toBe("Je n'ai pas de courrier");
    expect(situationLabel('first-ent')).toBe("J'ai un courrier avec un identifiant ENT");
    expect(situationLabel('first-educonnect')).toBe("J'ai un courrier EduConnect");
  });
});

describe('SituationChoice (popup)', () => {
  const options = [
    { id: 'first-ent', label: 'Lettre ENT' },
    { id: 'first-educonnect', label: 'Lettre EduConnect' },
  ];
  const labels = { current: 'Votre situation : Lettre ENT', unknown: 'Pas encore dit', change: 'Changer', ask: 'Quel courrier ?' };

  it('says the situation in words and marks its button; a click chooses another', () => {
    const onChoose = vi.fn();
    const el = mount(<SituationChoice current={options[0]} options={options} labels={labels} onChoose={onChoose} />);
    expect(el.querySelector('[data-testid=pp-situation]')!.getAttribute('data-situation')).toBe('first-ent');
    expect(el.querySelector('[data-testid=pp-situation-now]')!.textContent).toBe('Votre situation\u00a0: Lettre ENT');
    expect(buttons(el).map((b) => [b.dataset.situation, b.getAttribute('aria-pressed')])).toEqual([
      ['first-ent', 'true'],
      ['first-educonnect', 'false'],
    ]);
    expect(el.querySelector('details')!.open).toBe(false);
    act(() => buttons(el)[1].click());
    expect(onChoose).toHaveBeenCalledWith('first-educonnect');
  });

  it('with no answer yet: says so and shows the choices at once', () => {
    const el = mount(<SituationChoice current={null} options={options} labels={labels} onChoose={() => {}} />);
    expect(el.querySelector('[data-testid=pp-situation]')!.hasAttribute('data-situation')).toBe(false);
    expect(el.textContent).toContain('Pas encore dit');
    expect(el.querySelector('details')!.open).toBe(true);
  });
});

describe('SituationSection (popup « Où en suis-je ? »)', () => {
  it('shows the stored answer of the portal, and stores the family\'s new choice for that portal', async () => {
    await situationItem.set({ netocentre: { situation: 'everyday-ent' }, 'mon-ent-occitanie': { situation: 'lost', academie: 'toulouse' } });
    const onChanged = vi.fn();
    const el = mount(<SituationSection portal="netocentre" onChanged={onChanged} />);
    await settle();
    expect(el.querySelector('[data-testid=pp-situation]')!.getAttribute('data-situation')).toBe('everyday-ent');
    expect(el.textContent).toContain(t('situation.current', "Je me connecte d'habitude avec mon compte ENT").replace(' :', '\u00a0:'));
    expect(buttons(el).map(chosen)).toEqual(portalSituations(portalById('netocentre')!));
    expect(el.querySelectorAll('button[data-situation]')).toHaveLength(5);
    act(() => el.querySelector<HTMLButtonElement>('button[data-situation=first-educonnect]')!.click());
    await settle();
    expect(await situationItem.get()).toEqual({
      netocentre: { situation: 'first-educonnect', academie: null },
      'mon-ent-occitanie': { situation: 'lost', academie: 'toulouse' },
    });
    expect(onChanged).toHaveBeenCalledWith('first-educonnect');
    expect(el.querySelector('[data-testid=pp-situation]')!.getAttribute('data-situation')).toBe('first-educonnect');
    expect(el.querySelector('[data-testid=pp-situation-status]')!.textContent).toBe(t('popup.situation.saved'));
  });

  it('prefers what the page follows (the content script\'s answer) to the stored one', async () => {
    await situationItem.set({ netocentre: { situation: 'everyday-ent' } });
    const el = mount(<SituationSection portal="netocentre" shown="first-ent" />);
    await settle();
    expect(el.querySelector('[data-testid=pp-situation]')!.getAttribute('data-situation')).toBe('first-ent');
  });

  it('keeps the académie when the situation changes; EduConnect offers only its own four roads', async () => {
    await situationItem.set({ 'mon-ent-occitanie': { situation: 'first-ent', academie: 'montpellier' } });
    let el = mount(<SituationSection portal="mon-ent-occitanie" />);
    await settle();
    act(() => el.querySelector<HTMLButtonElement>('button[data-situation=everyday-educonnect]')!.click());
    await settle();
    expect((await situationItem.get())['mon-ent-occitanie']).toEqual({ situation: 'everyday-educonnect', academie: 'montpellier' });
    act(() => render(null, root!));
    root!.remove();
    el = mount(<SituationSection portal="educonnect" />);
    await settle();
    expect(buttons(el).map(chosen)).toEqual(['first-educonnect', 'signup-educonnect', 'everyday-educonnect', 'lost']);
    expect(el.textContent).toContain(t('popup.situation.unknown'));
  });
});

describe('SituationAnswers (options)', () => {
  it('one card per portal: the answer, the académie, a button per letter, « Oublier »', () => {
    const onChoose = vi.fn();
    const onForget = vi.fn();
    const rows = [
      {
        key: 'mon-ent-occitanie',
        title: 'mon ENT Occitanie',
        current: 'Votre situation : X',
        currentId: 'first-ent',
        academie: 'Académie de Toulouse',
        options: [
          { id: 'first-ent', label: 'X' },
          { id: 'lost', label: 'Y' },
        ],
        forgetLabel: 'Oublier la réponse pour mon ENT Occitanie',
      },
    ];
    const el = mount(<SituationAnswers rows={rows} labels={{ none: 'Rien', change: 'Changer :', forget: 'Oublier' }} onChoose={onChoose} onForget={onForget} />);
    const card = el.querySelector('[data-testid=situation-answer]')!;
    expect(card.getAttribute('data-portal')).toBe('mon-ent-occitanie');
    expect(card.getAttribute('data-situation')).toBe('first-ent');
    expect(card.textContent).toContain('Académie de Toulouse');
    expect(buttons(card).map((b) => b.getAttribute('aria-pressed'))).toEqual(['true', 'false']);
    act(() => buttons(card)[1].click());
    expect(onChoose).toHaveBeenCalledWith('mon-ent-occitanie', 'lost');
    const forget = card.querySelector<HTMLButtonElement>('[data-testid=situation-forget]')!;
    expect(forget.getAttribute('aria-label')).toBe('Oublier la réponse pour mon ENT Occitanie');
    act(() => forget.click());
    expect(onForget).toHaveBeenCalledWith('mon-ent-occitanie');
  });

  it('says when nothing is remembered', () => {
    const el = mount(<SituationAnswers rows={[]} labels={{ none: 'Rien', change: 'c', forget: 'f' }} onChoose={() => {}} onForget={() => {}} />);
    expect(el.querySelector('[data-testid=situation-none]')!.textContent).toBe('Rien');
  });
});

describe('options page: « Votre situation » and « Tout oublier »', () => {
  const choice = { portal: 'netocentre', establishment: 'lycees.netocentre.fr', value: 'x', label: 'Élève ou parent', lastUsed: 1000, auto: false };

  it('shows each remembered answer, changes and forgets it', async () => {
    await situationItem.set({ netocentre: { situation: 'first-ent' }, 'mon-ent-occitanie': { situation: null, academie: 'montpellier' } });
    const el = mount(<OptionsApp />);
    await settle();
    const cards = () => [...el.querySelectorAll<HTMLElement>('[data-testid=situation-answer]')];
    expect(cards().map((c) => [c.dataset.portal, c.dataset.situation ?? null])).toEqual([
      ['netocentre', 'first-ent'],
      ['mon-ent-occitanie', null],
    ]);
    expect(cards()[0].textContent).toContain("J'ai un courrier avec un identifiant ENT");
    expect(cards()[1].textContent).toContain(t('remember.options.situation_academie.montpellier'));
    act(() => cards()[0].querySelector<HTMLButtonElement>('button[data-situation=everyday-ent]')!.click());
    await settle();
    expect((await situationItem.get()).netocentre?.situation).toBe('everyday-ent');
    expect(cards()[0].dataset.situation).toBe('everyday-ent');
    expect(el.querySelector('[data-testid=remember-status]')!.textContent).toBe(t('remember.options.situation_changed'));
    act(() => cards()[0].querySelector<HTMLButtonElement>('[data-testid=situation-forget]')!.click());
    await settle();
    expect(await situationItem.get()).toEqual({ 'mon-ent-occitanie': { situation: null, academie: 'montpellier' } });
    expect(cards().map((c) => c.dataset.portal)).toEqual(['mon-ent-occitanie']);
  });

  it('« Tout oublier » forgets the remembered choices and every portal\'s answer', async () => {
    await choicesItem.set([choice] as never);
    await situationItem.set(Object.fromEntries(PORTALS.map((p) => [p.id, { situation: 'lost' }])) as never);
    const el = mount(<OptionsApp />);
    await settle();
    expect(el.querySelectorAll('[data-testid=situation-answer]').length).toBe(PORTALS.length);
    const all = () => el.querySelector<HTMLButtonElement>('[data-testid=remember-forget-all]')!;
    act(() => all().click());
    act(() => all().click());
    await settle();
    expect(await situationItem.get()).toEqual({});
    expect(await choicesItem.get()).toEqual([]);
    expect(el.querySelectorAll('[data-testid=situation-answer]').length).toBe(0);
    expect(el.querySelector('[data-testid=situation-none]')).not.toBeNull();
  });
});
