import { beforeEach, describe, expect, it } from 'vitest';
import { DomView } from '@/utils/dom';
import { PORTALS } from '@/utils/portals';
import { recognize } from '@/utils/recognize';
import type { ChoiceDef } from '@/utils/portals/types';
import type { ChoiceEntry } from '@/utils/remember/entries';
import {
  applyChoice,
  autoCandidate,
  candidatesFor,
  choiceFromEvent,
  establishmentOf,
  onRoad,
  pageOptions,
  readOption,
} from '@/utils/remember/page';
import { fixtureByName } from '../support/fixtures.mjs';

const RECIA_DEF = PORTALS.find((p) => p.id === 'netocentre')!.steps.find((s) => s.id === 'profile-chooser')!.choices!;

/** An Occitanie-like chooser: categories behind a "+", radios labelled by <label for>, a « Valider » button. */
const RADIO_DEF: ChoiceDef = {
  css: 'input[name=selection]',
  value: { attr: 'value' },
  label: { labelFor: true },
  open: 'button.plus',
  submit: 'button[type=submit]',
};
const RADIO_HTML = `
<form id="f" action="/login" method="get">
  <fieldset><legend><button type="button" class="plus" aria-expanded="false" aria-controls="g1"><span aria-hidden="true">+</span>Élève ou parent</button></legend>
    <div id="g1" hidden>
      <input type="radio" name="selection" id="r1" value="EDU_TOULOUSE"><label for="r1">de l'académie de Toulouse</label>
      <input type="radio" name="selection" id="r2" value="EDU_MONTPELLIER"><label for="r2">de l'académie de Montpellier</label>
    </div>
  </fieldset>
  <fieldset><legend><button type="button" class="plus" aria-expanded="false" aria-controls="g2"><span aria-hidden="true">+</span>Enseignant</button></legend>
    <div id="g2" hidden>
      <input type="radio" name="selection" id="r3" value="AGRI"><label for="r3">de l'enseignement agricole</label>
    </div>
  </fieldset>
  <input type="text" name="selection" value="typed-secret">
  <button type="submit">Valider</button>
</form>`;

function wireAccordion(doc: Document) {
  for (const b of Array.from(doc.querySelectorAll('button.plus'))) {
    b.addEventListener('click', () => {
      doc.getElementById(b.getAttribute('aria-controls')!)!.hidden = false;
      b.setAttribute('aria-expanded', 'true');
    });
  }
}

const cleanups: (() => void)[] = [];
beforeEach(() => {
  cleanups.splice(0).forEach((f) => f());
  document.body.innerHTML = '';
});

describe('establishmentOf', () => {
  it('is the host the CAS service parameter points to, else the page host', () => {
    expect(establishmentOf(fixtureByName('netocentre/profile-chooser-legacy').url)).toBe('lycees.netocentre.fr');
    expect(establishmentOf('https://ent.netocentre.fr/cas/login')).toBe('ent.netocentre.fr');
    expect(
      establishmentOf(`https://cas.example.fr/login?service=${encodeURIComponent(encodeURIComponent('https://Clg-Tours.example.fr/x'))}`),
    ).toBe('clg-tours.example.fr');
    expect(establishmentOf('about:srcdoc')).toBeNull();
    expect(establishmentOf('not a url')).toBeNull();
  });
});

describe('reading a chooser', () => {
  it('legacy RECIA tiles: idpId values and the portal labels', () => {
    document.body.innerHTML = fixtureByName('netocentre/profile-chooser-legacy').html;
    expect(pageOptions(document, RECIA_DEF).map((o) => [o.value, o.label])).toEqual([
      ['parentEleveEN-IdP', 'Élève ou parent'],
      ['catel-IdP', "Personnel de l'éducation nationale"],
      ['autres-publics', 'Autre public (personnel de collectivité, entreprise, utilisateur local, ...)'],
    ]);
  });

  it('r-wayf tiles inside an open shadow root', () => {
    const host = document.createElement('r-wayf');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<ul><li><a id="catel-IdP" href="https://ent.netocentre.fr/cas/login?service=x&idpId=catel-IdP"><svg></svg><span>Personnel (éducation nationale)</span></a></li></ul>`;
    expect(pageOptions(document, RECIA_DEF).map((o) => [o.value, o.label])).toEqual([
      ['catel-IdP', 'Personnel (éducation nationale)'],
    ]);
  });

  it('radios labelled by <label for>, named with their group\'s legend; a typed field is never read', () => {
    document.body.innerHTML = RADIO_HTML;
    expect(pageOptions(document, RADIO_DEF).map((o) => [o.value, o.label])).toEqual([
      ['EDU_TOULOUSE', "Élève ou parent de l'académie de Toulouse"],
      ['EDU_MONTPELLIER', "Élève ou parent de l'académie de Montpellier"],
      ['AGRI', "Enseignant de l'enseignement agricole"],
    ]);
    expect(readOption(document.querySelector('input[type=text]')!, RADIO_DEF)).toBeNull();
    const pw = document.createElement('input');
    pw.type = 'password';
    pw.setAttribute('data-v', 'secret');
    expect(readOption(pw, { css: 'input', value: { attr: 'data-v' } })).toBeNull();
  });

  it('profile buttons with an attribute value', () => {
    document.body.innerHTML = `<button id="bouton_responsable" data-type="responsable">Responsable d'élève</button><button id="bouton_eleve">Élève</button>`;
    const def: ChoiceDef = { css: '#bouton_responsable, #bouton_eleve', value: { attr: 'id' } };
    expect(pageOptions(document, def).map((o) => [o.value, o.label])).toEqual([
      ['bouton_responsable', "Responsable d'élève"],
      ['bouton_eleve', 'Élève'],
    ]);
  });
});

describe('which option a user action picked', () => {
  const catch_ = (def: ChoiceDef) => {
    const got: (string | null)[] = [];
    const on = (e: Event) => {
      got.push(choiceFromEvent(e, def, new DomView(document))?.value ?? null);
      // no navigation in the test page (a radio's click must keep its default: checking it)
      if (e.type === 'submit' || (e.target as Element).closest?.('a, button[type=submit]')) e.preventDefault();
    };
    document.addEventListener('click', on, true);
    document.addEventListener('submit', on, true);
    cleanups.push(() => {
      document.removeEventListener('click', on, true);
      document.removeEventListener('submit', on, true);
    });
    return got;
  };

  it('a click on a tile (or on its inner text) picks it; elsewhere picks nothing', () => {
    document.body.innerHTML = fixtureByName('netocentre/profile-chooser-legacy').html;
    const got = catch_(RECIA_DEF);
    (document.querySelector('a.catel-IdP .idpDescription') as HTMLElement).click();
    (document.querySelector('h1') as HTMLElement).click();
    expect(got).toEqual(['catel-IdP', null]);
  });

  it('a click inside a shadow root is seen through composedPath', () => {
    const host = document.createElement('r-wayf');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<a id="autres-publics" href="https://ent.netocentre.fr/cas/login?idpId=autres-publics"><span>Autre public</span></a>`;
    const got = catch_(RECIA_DEF);
    (root.querySelector('span') as HTMLElement).click();
    expect(got).toEqual(['autres-publics']);
  });

  it('radios with a validate button: checking is not choosing; « Valider » records the checked one', () => {
    document.body.innerHTML = RADIO_HTML;
    wireAccordion(document);
    const got = catch_(RADIO_DEF);
    (document.querySelector('button.plus') as HTMLElement).click();
    (document.getElementById('r2') as HTMLInputElement).click();
    (document.querySelector('button[type=submit]') as HTMLElement).click();
    expect(got.filter(Boolean)).toEqual(['EDU_MONTPELLIER']);
  });
});

describe('candidates offered on a chooser', () => {
  const at = { portal: 'netocentre', establishment: 'lycees.netocentre.fr' };
  const e = (value: string, establishment = at.establishment, extra: Partial<ChoiceEntry> = {}): ChoiceEntry => ({
    portal: 'netocentre',
    establishment,
    value,
    label: `stored ${value}`,
    lastUsed: 1,
    auto: false,
    ...extra,
  });
  const options = () => {
    document.body.innerHTML = fixtureByName('netocentre/profile-chooser-legacy').html;
    return pageOptions(document, RECIA_DEF);
  };

  it('this establishment first, then the same portal elsewhere; values not on the page ignored', () => {
    const c = candidatesFor(
      [e('catel-IdP', 'clg.netocentre.fr'), e('autres-publics'), e('gone-IdP'), { ...e('catel-IdP'), portal: 'educonnect' }],
      {},
      at,
      options(),
    );
    expect(c.map((x) => [x.value, x.exact, x.establishment])).toEqual([
      ['autres-publics', true, 'lycees.netocentre.fr'],
      ['catel-IdP', false, 'clg.netocentre.fr'],
    ]);
    // the page's current label wins over the stored one
    expect(c[1].choiceLabel).toBe("Personnel de l'éducation nationale");
  });

  it('the family name is shown; auto only for this establishment', () => {
    const c = candidatesFor(
      [e('catel-IdP', at.establishment, { name: 'Moi — au travail', auto: true }), e('autres-publics', 'other.fr', { auto: true })],
      {},
      at,
      options(),
    );
    expect(c[0].label).toBe('Moi — au travail');
    expect(autoCandidate(c)?.value).toBe('catel-IdP');
    expect(autoCandidate(candidatesFor([e('autres-publics', 'other.fr', { auto: true })], {}, at, options()))).toBeNull();
  });

  it("managed suggestion: offered when the user has no choice here; the user's own choice wins", () => {
    const managed = { portal: 'netocentre', establishment: 'lycees.netocentre.fr', suggested: { value: 'parentEleveEN-IdP' } };
    const none = candidatesFor([], managed, at, options());
    expect(none.map((x) => [x.source, x.value, x.choiceLabel])).toEqual([['managed', 'parentEleveEN-IdP', 'Élève ou parent']]);
    expect(autoCandidate(none)).toBeNull();
    const mine = candidatesFor([e('catel-IdP')], managed, at, options());
    expect(mine.map((x) => x.source)).toEqual(['user']);
    // other portal or other establishment: not suggested
    expect(candidatesFor([], { ...managed, portal: 'educonnect' }, at, options())).toEqual([]);
    expect(candidatesFor([], { ...managed, establishment: 'autre.fr' }, at, options())).toEqual([]);
    // a suggested value the page does not offer: nothing
    expect(candidatesFor([], { suggested: { value: 'nope' } }, at, options())).toEqual([]);
  });
});

describe('making the choice for the user', () => {
  it('clicks the tile', async () => {
    document.body.innerHTML = fixtureByName('netocentre/profile-chooser-legacy').html;
    const clicked: string[] = [];
    const on = (ev: Event) => {
      clicked.push((ev.target as Element).className);
      ev.preventDefault();
    };
    document.addEventListener('click', on);
    cleanups.push(() => document.removeEventListener('click', on));
    const o = pageOptions(document, RECIA_DEF).find((x) => x.value === 'catel-IdP')!;
    expect(await applyChoice(o, RECIA_DEF, document)).toBe(true);
    expect(clicked).toEqual(['idpItem catel-IdP']);
  });

  it('opens the right closed group, checks the radio and presses « Valider »', async () => {
    document.body.innerHTML = RADIO_HTML;
    wireAccordion(document);
    let submitted: string | null = null;
    const onSubmit = (ev: Event) => {
      ev.preventDefault();
      submitted = (document.querySelector('input[name=selection]:checked') as HTMLInputElement | null)?.value ?? null;
    };
    document.addEventListener('submit', onSubmit);
    cleanups.push(() => document.removeEventListener('submit', onSubmit));
    document.querySelector('button[type=submit]')!.addEventListener('click', (ev) => {
      ev.preventDefault();
      submitted = (document.querySelector('input[name=selection]:checked') as HTMLInputElement | null)?.value ?? null;
    });
    const o = pageOptions(document, RADIO_DEF).find((x) => x.value === 'AGRI')!;
    expect(await applyChoice(o, RADIO_DEF, document)).toBe(true);
    expect(document.getElementById('g2')!.hidden).toBe(false);
    expect(document.getElementById('g1')!.hidden).toBe(true);
    expect((document.getElementById('r3') as HTMLInputElement).checked).toBe(true);
    expect(submitted).toBe('AGRI');
  });

  it('an option gone from the page is looked up again by value, or reported as not made', async () => {
    document.body.innerHTML = fixtureByName('netocentre/profile-chooser-legacy').html;
    const o = pageOptions(document, RECIA_DEF)[0];
    document.body.innerHTML = '<p>vide</p>';
    expect(await applyChoice(o, RECIA_DEF, document)).toBe(false);
  });
});

describe('the offer and the road', () => {
  const at = { portal: 'netocentre', establishment: 'lycees.netocentre.fr' };
  const e = (value: string): ChoiceEntry => ({ portal: 'netocentre', establishment: at.establishment, value, label: value, lastUsed: 1, auto: false });
  const options = () => {
    document.body.innerHTML = fixtureByName('netocentre/profile-chooser-legacy').html;
    return pageOptions(document, RECIA_DEF);
  };
  // The offer never contradicts the road: « Continuer avec Personnel » beside a ring on « Autre public » is two
  // things at once. The ring comes from the recogniser with the family's situation.
  it('the offer follows the ring the situation placed', () => {
    const fx = fixtureByName('netocentre/profile-chooser-legacy');
    const opts = options();
    const cands = candidatesFor([e('catel-IdP'), e('autres-publics'), e('parentEleveEN-IdP')], {}, at, opts);
    const anchor = (o: (typeof opts)[number]) => o.el;
    const ringFor = (situation?: 'everyday-ent' | 'everyday-educonnect') =>
      recognize(fx.url, document, PORTALS, situation ? { situation } : {})!.target;
    expect(onRoad(cands, opts, ringFor('everyday-ent'), anchor).map((c) => c.value)).toEqual(['autres-publics']);
    expect(onRoad(cands, opts, ringFor('everyday-educonnect'), anchor).map((c) => c.value)).toEqual(['parentEleveEN-IdP']);
    // no road known: the ring is around every tile, nothing is filtered out
    expect(onRoad(cands, opts, ringFor(), anchor)).toHaveLength(3);
    expect(onRoad(cands, opts, null, anchor)).toHaveLength(3);
  });
});
