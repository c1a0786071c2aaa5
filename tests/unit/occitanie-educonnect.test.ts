/**
 * mon ENT Occitanie and EduConnect (issue 4): recognition on our pages and on drifted markup (renamed classes,
 * URLs lagging behind content, text only), the chooser's three sub-states, error states, the journey across
 * portal → CAS → EduConnect → portal, and the "came from" line.
 */
import { describe, expect, it } from 'vitest';
import { buildContent } from '@/utils/help-content';
import { advance, type JourneyState } from '@/utils/journey';
import { PORTALS, portalById } from '@/utils/portals';
import type { PortalId } from '@/utils/portals/types';
import { recognize } from '@/utils/recognize';
import { fixtureByName } from '../support/fixtures.mjs';

const docOf = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const fx = (name: string) => fixtureByName(name) as { url: string; html: string };
const rec = (name: string, url?: string, mutate?: (d: Document) => void) => {
  const f = fx(name);
  const d = docOf(f.html);
  mutate?.(d);
  return recognize(url ?? f.url, d, PORTALS);
};

const CAS = 'https://cas.mon-ent-occitanie.fr/login?service=https%3A%2F%2Ffermat.mon-ent-occitanie.fr%2Fsg.do%3FPROC%3DIDENTIFICATION_FRONT';
const SSO = 'https://educonnect.education.gouv.fr/idp/profile/SAML2/POST/SSO?execution=';

describe('mon ENT Occitanie: the WAYF chooser and its three sub-states', () => {
  it('closed: highlights the "+" of « Élève ou parent »', () => {
    const r = rec('mon-ent-occitanie/profile-chooser-closed');
    expect(r?.step).toBe('profile-chooser');
    expect(r?.state).toBeNull();
    expect(r?.target?.matches('button.js-wayftoggle')).toBe(true);
    expect(r?.target?.textContent).toContain('Élève ou parent');
  });

  it('open: highlights the list of académie radios', () => {
    const r = rec('mon-ent-occitanie/profile-chooser-open');
    expect(r?.target?.matches('ul.list-radio')).toBe(true);
    expect(r?.target?.querySelector('#idp-MONT-EDU_parent_eleve')).not.toBeNull();
  });

  it('a radio checked: highlights « Valider »', () => {
    const r = rec('mon-ent-occitanie/profile-chooser-checked');
    expect(r?.target?.id).toBe('button-submit');
    expect(r?.target?.getAttribute('value')).toBe('Valider');
  });

  it('follows the user on one live page: open the "+", then tick a radio', () => {
    const f = fx('mon-ent-occitanie/profile-chooser-closed');
    // a document with a window, so that the stylesheet's `.hide` counts
    document.documentElement.innerHTML = f.html.replace(/^<!--[^>]*-->\s*<!doctype html>/i, '').replace(/<\/?html[^>]*>/g, '');
    const now = () => recognize(f.url, document, PORTALS)!;
    expect(now().target?.matches('button.js-wayftoggle')).toBe(true);
    const toggle = document.querySelector('button.js-wayftoggle')!;
    toggle.closest('fieldset')!.querySelector('.js-wayfchoices')!.classList.remove('hide');
    toggle.setAttribute('aria-expanded', 'true');
    expect(now().target?.matches('ul.list-radio')).toBe(true);
    (document.getElementById('idp-MONT-ENT_parent_eleve') as HTMLInputElement).checked = true;
    expect(now().target?.id).toBe('button-submit');
    document.documentElement.innerHTML = '<head></head><body></body>';
  });

  it('help: no line named while the road is unknown; then the line of the letter and the académie (seeds 002, 004)', () => {
    const body = (help: string) =>
      buildContent({ portal: 'mon-ent-occitanie', step: 'profile-chooser', state: null, help, targetFound: true, journey: null }).body.join(' ');
    expect(body('occitanie.profile_chooser')).not.toContain('« de l\'académie');
    expect(body('occitanie.profile_chooser_educonnect_montpellier')).toContain('« de l\'académie de Montpellier avec EduConnect »');
    expect(body('occitanie.profile_chooser_ent_montpellier')).toContain('« de l\'académie de Montpellier »');
    expect(body('occitanie.profile_chooser_ent_montpellier')).toContain('ATEN');
    expect(body('occitanie.profile_chooser_educonnect_toulouse')).toContain('« de l\'académie de Toulouse »');
    const f = fx('mon-ent-occitanie/profile-chooser-open');
    expect(recognize(f.url, docOf(f.html), PORTALS, { situation: 'first-educonnect', academie: 'toulouse' })?.help).toBe(
      'occitanie.profile_chooser_educonnect_toulouse',
    );
  });

  it('chooser choices: radios by value, label through <label for>, "+" to open, « Valider » to submit', () => {
    const r = rec('mon-ent-occitanie/profile-chooser-open')!;
    const ch = r.stepDef.choices!;
    const d = docOf(fx('mon-ent-occitanie/profile-chooser-open').html);
    const radios = [...d.querySelectorAll(ch.css)];
    expect(radios.map((e) => e.getAttribute('value'))).toContain('MONT-EDU_parent_eleve');
    expect(ch.value).toEqual({ attr: 'value' });
    expect(ch.label).toEqual({ labelFor: true });
    const edu = radios.find((e) => e.getAttribute('value') === 'MONT-EDU_parent_eleve')!;
    expect(d.querySelector(`label[for="${edu.id}"]`)?.textContent).toBe("de l'académie de Montpellier avec EduConnect");
    expect(d.querySelector(ch.submit!)?.getAttribute('value')).toBe('Valider');
    expect(docOf(fx('mon-ent-occitanie/profile-chooser-closed').html).querySelectorAll(ch.open!).length).toBeGreaterThan(0);
  });

  it('drift: renamed classes (no cas__/js- classes), a Skolengo-like page, text only', () => {
    const renamed = rec('mon-ent-occitanie/profile-chooser-closed', CAS, (d) => {
      d.querySelectorAll('[class]').forEach((e) => e.setAttribute('class', `v2-${e.getAttribute('class')!.replace(/\s+/g, '-')}`));
      d.querySelectorAll('style').forEach((s) => (s.textContent = s.textContent!.replace('.hide', '.v2-js-wayfchoices-hide')));
    });
    expect(renamed?.step).toBe('profile-chooser');
    expect(renamed?.target?.textContent).toContain('Élève ou parent');

    // a theme that hides the native radios and styles their labels
    const styled = rec('mon-ent-occitanie/profile-chooser-open', undefined, (d) => {
      d.head.insertAdjacentHTML('beforeend', '<style>input[type=radio]{display:none}</style>');
    });
    expect(styled?.target?.matches('ul.list-radio')).toBe(true);

    const sk = rec('mon-ent-occitanie/profile-chooser-skolengo');
    expect(sk?.step).toBe('profile-chooser');
    expect(sk?.target?.getAttribute('aria-expanded')).toBe('false');

    const textOnly = recognize(
      CAS,
      docOf('<body><h2>VOUS SOUHAITEZ VOUS CONNECTER A VOTRE ENT EN TANT QUE :</h2><div>Eleve ou parent</div><div>Enseignant</div></body>'),
      PORTALS,
    );
    expect(textOnly?.step).toBe('profile-chooser');
  });

  it('the same WAYF on another region\'s Kosmos CAS gets nothing', () => {
    const f = fx('negative/kosmos-other-region');
    expect(recognize(f.url, docOf(f.html), PORTALS)).toBeNull();
    expect(recognize('https://cas.monbureaunumerique.fr/login', docOf(fx('mon-ent-occitanie/profile-chooser-open').html), PORTALS)).toBeNull();
  });
});

describe('mon ENT Occitanie: login, charter, preferences, services', () => {
  it('login: identifiant first, then the password on error (panel, or aria-invalid alone)', () => {
    const login = fx('mon-ent-occitanie/login');
    // The road not known: the form; an everyday or first login: the identifiant.
    expect(rec('mon-ent-occitanie/login')?.target?.localName).toBe('form');
    expect(recognize(login.url, docOf(login.html), PORTALS, { situation: 'everyday-ent' })?.target?.id).toBe('username');
    const err = rec('mon-ent-occitanie/login-error')!;
    expect([err.step, err.state, err.help]).toEqual(['login', 'error', 'occitanie.login_error']);
    expect(err.target?.id).toBe('password');
    const ariaOnly = rec('mon-ent-occitanie/login-error', undefined, (d) => d.querySelector('[role=alert]')!.remove());
    expect(ariaOnly?.state).toBe('error');
    // the login form reached without the `selection` parameter (posted back): still the login
    expect(rec('mon-ent-occitanie/login', CAS)?.step).toBe('login');
  });

  it('the CAS host is not an establishment portal: home markup on it is not "home"', () => {
    expect(rec('mon-ent-occitanie/home', 'https://cas.mon-ent-occitanie.fr/')).toBeNull();
    expect(rec('mon-ent-occitanie/home', 'https://fermat.mon-ent-occitanie.fr/')?.step).toBe('home');
  });

  it('charter: URL lagging (served at the identification URL), the checkbox label, then « Valider » once ticked', () => {
    const lag = rec('mon-ent-occitanie/charter', 'https://andre-chamson-le-vigan.mon-ent-occitanie.fr/sg.do?PROC=IDENTIFICATION_FRONT');
    expect(lag?.step).toBe('charter');
    expect(lag?.target?.textContent).toContain("J'accepte la charte");
    const ticked = rec('mon-ent-occitanie/charter', undefined, (d) => ((d.getElementById('accepteCharte') as HTMLInputElement).checked = true));
    expect(ticked?.target?.id).toBe('validerCharte');
    // seed 002 wording: « J'ai lu et j'accepte les conditions ci-dessus » + « Valider »
    const seed002 = recognize(
      'https://henri-iv-beziers.mon-ent-occitanie.fr/sg.do?PROC=PAGE_ACCUEIL',
      docOf(`<body><div><button>Mes portails</button></div><h1>Charte d'utilisation de l'ENT</h1><p>…</p>
        <label><input type="checkbox"> J'ai lu et j'accepte les conditions ci-dessus</label><button>Valider</button></body>`),
      PORTALS,
    );
    expect(seed002?.step).toBe('charter');
  });

  it('a link to the charter on the home page does not make it the charter step', () => {
    expect(rec('mon-ent-occitanie/home')?.step).toBe('home');
  });

  it('charter help says Pronote stays closed until it is accepted', () => {
    const c = buildContent({ portal: 'mon-ent-occitanie', step: 'charter', state: null, help: 'occitanie.charter', targetFound: true, journey: null });
    expect(c.body.join(' ')).toMatch(/Pronote ne s'ouvre pas/);
  });

  it('preferences: first-connection step 2 only; the everyday « Préférences » page is the logged-in portal', () => {
    const p = rec('mon-ent-occitanie/preferences')!;
    expect(p.step).toBe('preferences');
    expect(p.target?.textContent).toBe('Enregistrer mes informations');
    const everyday = rec('mon-ent-occitanie/preferences', undefined, (d) => {
      d.querySelector('.steps-bar')!.remove();
      d.querySelector('h2')!.textContent = 'Préférences';
    });
    expect(everyday?.step).toBe('services');
  });

  it('services: establishment frame with « Mes portails », « Profil affiché », PRONOTE highlighted', () => {
    const s = rec('mon-ent-occitanie/services')!;
    expect(s.step).toBe('services');
    expect(s.target?.textContent).toBe('PRONOTE');
    // Scolarité menu closed: the « SCOLARITÉ » entry instead
    const closed = rec('mon-ent-occitanie/services', undefined, (d) => d.querySelector('.sub')!.setAttribute('hidden', ''));
    expect(closed?.target?.textContent).toContain('SCOLARITÉ');
    // the other pages of the logged-in ENT (messaging, homework…) get no overlay
    expect(rec('mon-ent-occitanie/services', 'https://andre-chamson-le-vigan.mon-ent-occitanie.fr/sg.do?PROC=MESSAGERIE')).toBeNull();
    expect(rec('mon-ent-occitanie/services', 'https://andre-chamson-le-vigan.mon-ent-occitanie.fr/')?.step).toBe('services');
  });
});

describe('EduConnect', () => {
  it('the browser check (e1s1, hidden inputs only) is not a step', () => {
    expect(rec('educonnect/e1s1')).toBeNull();
  });

  it('login: « Responsable d\'élève » until a profile is chosen, then the identifiant', () => {
    const r = rec('educonnect/login')!;
    expect(r.step).toBe('login');
    expect(r.state).toBeNull();
    expect(r.target?.id).toBe('bouton_responsable');
    const chosen = rec('educonnect/login', undefined, (d) => d.getElementById('bouton_eleve')!.setAttribute('aria-pressed', 'true'));
    expect(chosen?.target?.id).toBe('username');
    // markup variant: the form only shows once a profile is chosen
    const hiddenForm = rec('educonnect/login', undefined, (d) => d.getElementById('div_connexion')!.setAttribute('hidden', ''));
    expect(hiddenForm?.target?.id).toBe('bouton_responsable');
    // the profile tiles gone (2021 flow: a screen of their own before the form): the identifiant
    const noTiles = rec('educonnect/login', undefined, (d) => d.querySelector('.choixProfil')!.remove());
    expect(noTiles?.step).toBe('login');
    expect(noTiles?.target?.id).toBe('username');
  });

  it('login: the execution step in the URL does not matter (e1s2, e2s1, none)', () => {
    for (const u of [`${SSO}e2s1`, 'https://educonnect.education.gouv.fr/idp/profile/SAML2/Redirect/SSO', 'https://educonnect.education.gouv.fr/']) {
      expect(rec('educonnect/login', u)?.step, u).toBe('login');
    }
  });

  it('login choices: the two profile buttons, their id as the stable value', () => {
    const r = rec('educonnect/login')!;
    const d = docOf(fx('educonnect/login').html);
    expect([...d.querySelectorAll(r.stepDef.choices!.css)].map((e) => e.id)).toEqual(['bouton_responsable', 'bouton_eleve']);
    expect(r.stepDef.choices!.value).toEqual({ attr: 'id' });
  });

  it('login error: panel, aria-invalid alone, or « Identifiants incorrects » alone', () => {
    const e = rec('educonnect/login-error')!;
    expect([e.state, e.help, e.target?.id]).toEqual(['error', 'educonnect.login_error', 'password']);
    const aria = rec('educonnect/login-error', undefined, (d) => d.querySelector('[role=alert]')!.remove());
    expect(aria?.state).toBe('error');
    const textOnly = rec('educonnect/login', undefined, (d) => {
      const p = d.createElement('p');
      p.textContent = 'Identifiants incorrects.';
      d.getElementById('validerAuth')!.prepend(p);
    });
    expect(textOnly?.state).toBe('error');
    // the hidden "empty field" messages of a fresh page are not an error
    expect(rec('educonnect/login')?.state).toBeNull();
  });

  it('error help: Caps Lock, case, O and 0, « Mot de passe perdu »; the temporary password only on a first connection', () => {
    const all = (help: string) => {
      const c = buildContent({ portal: 'educonnect', step: 'login', state: 'error', help, targetFound: true, journey: null });
      return [...c.body, ...c.stuck.flatMap((s) => [s.q, s.a])].join(' ');
    };
    for (const w of ['Verr. Maj', 'majuscules', '0', '« Mot de passe perdu »']) expect(all('educonnect.login_error')).toContain(w);
    expect(all('educonnect.login_error')).not.toContain('provisoire');
    expect(all('educonnect.login_error_first')).toContain('provisoire');
    const f = fx('educonnect/login-error');
    expect(recognize(f.url, docOf(f.html), PORTALS, { situation: 'first-educonnect' })?.help).toBe('educonnect.login_error_first');
    expect(recognize(f.url, docOf(f.html), PORTALS, { situation: 'everyday-educonnect' })?.help).toBe('educonnect.login_error');
  });

  it('identity check: #jour #mois #annee', () => {
    const r = rec('educonnect/identity-check')!;
    expect(r.step).toBe('identity-check');
    expect(r.target?.id).toBe('jour');
  });

  it('activation: two password fields + a date of birth, whatever they are called, on either host', () => {
    const r = rec('educonnect/activation')!;
    expect(r.step).toBe('activation');
    // any password field but the current one of a forced change
    expect(r.stepDef.newPassword?.fields).toMatch(/^input\[type=password\]/);
    expect(r.target?.id).toBe('nouveauMotDePasse');
    const other = recognize(
      'https://moncompte.educonnect.education.gouv.fr/educt-self-service/activation/compte',
      docOf(`<body><h1>Créer mon compte</h1><input type="password" name="pwd1"><input type="password" name="pwd2">
        <label>Né(e) le <input type="date" name="dn"></label><button>Activer votre compte</button></body>`),
      PORTALS,
    );
    expect(other?.step).toBe('activation');
    const threeSelects = recognize(
      `${SSO}e3s1`,
      docOf(`<body><input type="password" id="a"><input type="password" id="b">
        <select id="jour"></select><select id="mois"></select><select id="annee"></select></body>`),
      PORTALS,
    );
    expect(threeSelects?.step).toBe('activation');
    // two password fields but no date of birth and no activation wording: not claimed
    expect(recognize(`${SSO}e3s2`, docOf('<body><input type="password"><input type="password"></body>'), PORTALS)).toBeNull();
  });

  it('activation done: reminds to note the identifiant and the new password', () => {
    const r = rec('educonnect/activation-done')!;
    expect(r.step).toBe('activation-done');
    const c = buildContent({ portal: 'educonnect', step: 'activation-done', state: null, help: r.help, targetFound: true, journey: null });
    expect(c.body.join(' ')).toMatch(/identifiant/);
    expect(c.body.join(' ')).toMatch(/nouveau mot de passe/);
  });

  it('Scolarité services: points at « ENVIRONNEMENT NUMERIQUE DE TRAVAIL »', () => {
    const r = rec('educonnect/services')!;
    expect(r.step).toBe('services');
    expect(r.target?.textContent).toBe('ENVIRONNEMENT NUMERIQUE DE TRAVAIL');
  });

  it('the misspelt host printed in seed 002 gets nothing', () => {
    const f = fx('negative/educonnect-misspelt');
    expect(recognize(f.url, docOf(f.html), PORTALS)).toBeNull();
  });
});

describe('journey across portal → CAS → EduConnect → portal', () => {
  function walk(steps: [PortalId, string][], start: JourneyState | null = null) {
    let state = start;
    const seen: string[] = [];
    for (const [portal, step] of steps) {
      const r = advance(state, { portal, step }, PORTALS, 'navigate', 1000)!;
      expect(r, `${portal}/${step}`).not.toBeNull();
      state = r.state;
      seen.push(`${r.view.journey}:${r.view.x}/${r.view.n}:${r.view.origin}`);
    }
    return { state, seen };
  }

  it('first connection with EduConnect: one count from the Occitanie home to the services', () => {
    const { seen } = walk([
      ['mon-ent-occitanie', 'home'],
      ['mon-ent-occitanie', 'profile-chooser'],
      ['educonnect', 'login'],
      ['educonnect', 'activation'],
      ['educonnect', 'activation-done'],
      ['mon-ent-occitanie', 'charter'],
      ['mon-ent-occitanie', 'preferences'],
      ['mon-ent-occitanie', 'services'],
    ]);
    const j = 'occitanie-educonnect';
    const o = 'mon-ent-occitanie';
    expect(seen).toEqual([`${j}:1/9:${o}`, `${j}:2/9:${o}`, `${j}:3/9:${o}`, `${j}:5/9:${o}`, `${j}:6/9:${o}`, `${j}:7/9:${o}`, `${j}:8/9:${o}`, `${j}:9/9:${o}`]);
  });

  it('an activated EduConnect account goes straight to the charter: still the EduConnect journey', () => {
    const { seen } = walk([
      ['mon-ent-occitanie', 'home'],
      ['mon-ent-occitanie', 'profile-chooser'],
      ['educonnect', 'login'],
      ['mon-ent-occitanie', 'charter'],
    ]);
    expect(seen.at(-1)).toBe('occitanie-educonnect:7/9:mon-ent-occitanie');
  });

  it('the académie line first, then back to the chooser and the EduConnect line: the EduConnect journey', () => {
    const { seen } = walk([
      ['mon-ent-occitanie', 'home'],
      ['mon-ent-occitanie', 'profile-chooser'],
      ['mon-ent-occitanie', 'login'],
      ['educonnect', 'login'],
    ]);
    expect(seen.slice(2)).toEqual(['occitanie-aten:3/6:mon-ent-occitanie', 'occitanie-educonnect:3/9:mon-ent-occitanie']);
  });

  it('a redirect back through the CAS chooser does not move the count back', () => {
    const { state } = walk([
      ['mon-ent-occitanie', 'home'],
      ['mon-ent-occitanie', 'profile-chooser'],
      ['educonnect', 'login'],
      ['educonnect', 'activation'],
    ]);
    const r = advance(state, { portal: 'mon-ent-occitanie', step: 'profile-chooser' }, PORTALS, 'navigate', 1000)!;
    expect(r.view.x).toBe(5);
  });

  it('with the académie (ATEN) account, and the everyday logins', () => {
    expect(
      walk([
        ['mon-ent-occitanie', 'home'],
        ['mon-ent-occitanie', 'profile-chooser'],
        ['mon-ent-occitanie', 'login'],
        ['mon-ent-occitanie', 'charter'],
        ['mon-ent-occitanie', 'preferences'],
        ['mon-ent-occitanie', 'services'],
      ]).seen.map((s) => s.split(':').slice(0, 2).join(':')),
    ).toEqual(['occitanie-educonnect:1/9', 'occitanie-educonnect:2/9', 'occitanie-aten:3/6', 'occitanie-aten:4/6', 'occitanie-aten:5/6', 'occitanie-aten:6/6']);
    expect(
      walk([
        ['mon-ent-occitanie', 'home'],
        ['mon-ent-occitanie', 'profile-chooser'],
        ['mon-ent-occitanie', 'login'],
        ['mon-ent-occitanie', 'services'],
      ]).seen.at(-1),
    ).toBe('occitanie-login:4/4:mon-ent-occitanie');
    expect(
      walk([
        ['mon-ent-occitanie', 'home'],
        ['mon-ent-occitanie', 'profile-chooser'],
        ['educonnect', 'login'],
        ['mon-ent-occitanie', 'services'],
      ]).seen.at(-1),
    ).toBe('occitanie-educonnect-login:4/4:mon-ent-occitanie');
  });

  it('EduConnect with no known origin: its own journey, no "came from"', () => {
    const { seen } = walk([
      ['educonnect', 'login'],
      ['educonnect', 'identity-check'],
      ['educonnect', 'activation'],
      ['educonnect', 'activation-done'],
      ['educonnect', 'services'],
    ]);
    expect(seen).toEqual([1, 2, 3, 4, 5].map((x) => `educonnect-activation:${x}/5:educonnect`));
    const r = advance(null, { portal: 'educonnect', step: 'login' }, PORTALS, 'navigate', 1000)!;
    const c = buildContent({ portal: 'educonnect', step: 'login', state: null, help: 'educonnect.login', targetFound: true, journey: r.view });
    expect(c.origin).toBeUndefined();
    expect(c.counter).toBe('Étape 1 sur 5');
  });

  it('on EduConnect, the card says « Vous venez de mon ENT Occitanie. »; a RECIA start still names its portal', () => {
    const occ = walk([
      ['mon-ent-occitanie', 'home'],
      ['mon-ent-occitanie', 'profile-chooser'],
      ['educonnect', 'login'],
    ]);
    const v = advance(occ.state, { portal: 'educonnect', step: 'login' }, PORTALS, 'reload', 1000)!.view;
    const c = buildContent({ portal: 'educonnect', step: 'login', state: null, help: 'educonnect.login', targetFound: true, journey: v });
    expect(c.origin).toBe('Vous venez de mon ENT Occitanie.');
    expect(c.counter).toBe('Étape 3 sur 9');
    expect(c.then).toBe("Étape suivante : Date de naissance");

    const recia = walk([
      ['touraine-eschool', 'home'],
      ['touraine-eschool', 'profile-chooser'],
      ['educonnect', 'login'],
      ['educonnect', 'activation'],
    ]);
    expect(recia.seen.at(-1)).toBe('touraine-educonnect:5/8:touraine-eschool');
    expect(portalById('touraine-eschool')?.name).toBe('Touraine e-school');
  });

  it('every Occitanie and EduConnect step belongs to a journey and has a short title', () => {
    for (const id of ['mon-ent-occitanie', 'educonnect'] as const) {
      const p = portalById(id)!;
      for (const s of p.steps) {
        const inJourney = PORTALS.some((q) => q.journeys.some((j) => j.steps.some((x) => x.portal === id && x.step === s.id)));
        expect(inJourney, `${id}/${s.id}`).toBe(true);
        const c = buildContent({ portal: id, step: s.id, state: null, help: s.help, targetFound: true, journey: null });
        expect(c.title, `${s.help}.title`).not.toBe('');
        expect(c.body.length, `${s.help}.body`).toBeGreaterThan(0);
        expect(c.stuck.length, `${s.help}.stuck`).toBeGreaterThan(0);
      }
    }
  });
});
