/**
 * EduConnect as it is now (issue 22 §2): the browser check is no step, today's DSFR login page is `login`, the
 * « Je n'ai pas de compte » tab is `signup`, « Identifiant perdu » / « Mot de passe perdu » pages are `lost-id` /
 * `lost-password` whatever their markup, the captcha and the maintenance banner are states of the page, and help
 * pages or the account's profile page are no step. Journeys: the lost road goes through the recovery pages.
 */
import { describe, expect, it } from 'vitest';
import { t, tList } from '@/utils/i18n';
import { advance, type JourneyState } from '@/utils/journey';
import { PORTALS, portalById } from '@/utils/portals';
import type { PortalId, Situation } from '@/utils/portals/types';
import { recognize } from '@/utils/recognize';
import { deduceSituation } from '@/utils/situation';
import { fixtureByName, loadFixtures } from '../support/fixtures.mjs';

const docOf = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const fx = (name: string) => fixtureByName(name) as { url: string; html: string };
function rec(name: string, opts: { situation?: Situation | null; url?: string; mutate?: (d: Document) => void } = {}) {
  const f = fx(name);
  const d = docOf(f.html);
  opts.mutate?.(d);
  return recognize(opts.url ?? f.url, d, PORTALS, { situation: opts.situation ?? null });
}
/** Switch the DSFR tabs the way the page's script does (happy-dom runs no script). */
function tab(d: Document, id: 'connexion' | 'inscription') {
  for (const x of ['connexion', 'inscription']) {
    d.getElementById(`onglet-${x}`)!.setAttribute('aria-selected', String(x === id));
    d.getElementById(x)!.classList.toggle('fr-tabs__panel--selected', x === id);
  }
}
const edu = portalById('educonnect')!;
const stepOf = (id: string) => edu.steps.find((s) => s.id === id)!;

describe('EduConnect login page (e1s1, e1s2)', () => {
  it('the browser check (hidden csrf_token, shib_idp_ls_*, _eventId_proceed) is no step', () => {
    const f = fx('educonnect/e1s1');
    expect(f.html).toContain('shib_idp_ls_supported');
    expect(rec('educonnect/e1s1')).toBeNull();
  });

  it("today's DSFR page (tabs, profile cards, typeUser, form#validerAuth) is login, ring on « Responsable d'élève »", () => {
    const r = rec('variants/educonnect/login-2026-tabs');
    expect([r?.step, r?.state]).toEqual(['login', null]);
    expect(r?.target?.id).toBe('bouton_responsable');
    // #chatmd and the hidden maintenance blocks change nothing
    expect(fx('variants/educonnect/login-2026-tabs').html).toContain('id="chatmd"');
  });

  it('once a profile is chosen the ring is on the identifiant and the text no longer asks for the profile', () => {
    for (const situation of [null, 'first-educonnect', 'everyday-educonnect'] as const) {
      const r = rec('variants/educonnect/login-2026-parent-chosen', { situation });
      expect(r?.target?.id, String(situation)).toBe('username');
      expect(tList(`${r!.help}.body`).join(' '), String(situation)).not.toContain('Responsable');
    }
    expect(rec('variants/educonnect/login-2026-parent-chosen', { situation: 'everyday-educonnect' })?.help).toBe('educonnect.login_chosen');
    expect(rec('variants/educonnect/login-2026-parent-chosen', { situation: 'first-educonnect' })?.help).toBe('educonnect.login_first_chosen');
  });
});

describe('signup: the « Je n\'ai pas de compte » tab', () => {
  it('the tab open is signup, ring on the SMS card; back on the other tab it is login again', () => {
    const r = rec('educonnect/signup');
    expect([r?.step, r?.state, r?.help]).toEqual(['signup', null, 'educonnect.signup']);
    expect(r?.target?.textContent).toContain('Par SMS');
    expect(rec('educonnect/signup', { mutate: (d) => tab(d, 'connexion') })?.step).toBe('login');
    expect(rec('variants/educonnect/login-2026-tabs', { mutate: (d) => tab(d, 'inscription') })?.step).toBe('signup');
  });

  it('sign-up screens of their own: the mobile number, then the code received by SMS', () => {
    expect(rec('variants/educonnect/signup-sms-number')?.target?.getAttribute('type')).toBe('tel');
    const code = rec('variants/educonnect/signup-sms-code');
    expect(code?.step).toBe('signup');
    expect(code?.target?.getAttribute('autocomplete')).toBe('one-time-code');
  });

  it('the help: a mobile number, the code received by SMS, the children\'s dates of birth, FranceConnect', () => {
    const body = tList('educonnect.signup.body').join(' ');
    for (const w of ['portable', 'SMS', 'code', 'date de naissance', 'FranceConnect']) expect(body).toContain(w);
    // No road is picked on this page: it is no evidence, and it asks nothing.
    expect(stepOf('signup').evidence).toBeUndefined();
    expect(stepOf('signup').asks).toBeUndefined();
  });
});

describe('lost-password and lost-id, markup unknown', () => {
  const lost = (name: string, step: string, targetMatch: string) => {
    const r = rec(name);
    expect([r?.step, r?.state], name).toEqual([step, null]);
    expect(r?.target?.matches(targetMatch), `${name}: ${r?.target?.outerHTML}`).toBe(true);
  };

  it('on either host, by heading and a field to fill', () => {
    lost('educonnect/lost-password', 'lost-password', '#identifiant');
    lost('variants/educonnect/lost-password-moncompte', 'lost-password', '#login');
    lost('variants/educonnect/lost-password-stepper', 'lost-password', 'input');
    lost('educonnect/lost-id', 'lost-id', '#contact');
    lost('variants/educonnect/lost-id-moncompte', 'lost-id', '#mail');
  });

  it('the page is the evidence of the lost road', () => {
    for (const name of ['educonnect/lost-password', 'educonnect/lost-id']) {
      const r = rec(name)!;
      expect(deduceSituation({ portal: 'educonnect', stepDef: r.stepDef, state: r.state }, { educonnect: { situation: 'everyday-educonnect', academie: null } }).situation).toBe('lost');
    }
  });

  it('the login page itself (its links say « Mot de passe perdu ») is never a recovery page', () => {
    for (const name of ['educonnect/login', 'variants/educonnect/login-2026-parent-chosen', 'educonnect/login-error']) {
      expect(rec(name)?.step, name).toBe('login');
    }
  });

  it('the same words with no field, or in a paragraph, are no recovery page', () => {
    const r = rec('educonnect/lost-password', { mutate: (d) => d.querySelector('form')!.remove() });
    expect(r).toBeNull();
    const quoted = rec('educonnect/lost-id', {
      mutate: (d) => {
        const h = d.querySelector('h1')!;
        const p = d.createElement('p');
        p.textContent = 'Pour retrouver un identifiant perdu, cliquez sur « Identifiant perdu » sur la page de connexion.';
        h.replaceWith(p);
      },
    });
    expect(quoted).toBeNull();
  });
});

describe('states of the page: captcha, maintenance', () => {
  it('the captcha wins over the error it comes with; the ring is on the captcha field', () => {
    for (const name of ['educonnect/login-captcha', 'variants/educonnect/login-captcha-wrong', 'variants/educonnect/login-captcha-2023']) {
      for (const situation of [null, 'first-educonnect', 'everyday-educonnect', 'lost'] as const) {
        const r = rec(name, { situation });
        expect([r?.step, r?.state, r?.help], `${name} ${situation}`).toEqual(['login', 'captcha', 'educonnect.login_captcha']);
        expect(r?.target?.id).toBe('captchaFormulaireExtInput');
      }
    }
    // The same page without the captcha field is the plain error.
    const noCaptcha = rec('educonnect/login-captcha', { mutate: (d) => d.getElementById('div_captcha')!.remove() });
    expect(noCaptcha?.state).toBe('error');
  });

  it('the captcha help: type the characters, wait and retry, « Mot de passe perdu »', () => {
    const all = [...tList('educonnect.login_captcha.body'), t('educonnect.login_captcha.stuck.s1.a'), t('educonnect.login_captcha.stuck.s2.a')].join(' ');
    expect(all).toMatch(/caractères/);
    expect(all).toMatch(/Attendez/);
    expect(all).toContain('« Mot de passe perdu »');
  });

  it('maintenance (window or banner) wins over everything, on the login, sign-up and recovery pages', () => {
    const cases: [string, string][] = [
      ['educonnect/login-maintenance', 'login'],
      ['variants/educonnect/signup-maintenance', 'signup'],
      ['variants/educonnect/lost-password-maintenance', 'lost-password'],
      ['variants/educonnect/lost-id-maintenance', 'lost-id'],
    ];
    for (const [name, step] of cases) {
      const r = rec(name);
      expect([r?.step, r?.state, r?.help], name).toEqual([step, 'maintenance', 'educonnect.maintenance']);
      expect(r?.target?.closest('.modalMaintenance, #sidebar_maintenance'), name).not.toBeNull();
    }
    // Captcha and maintenance together: maintenance (nothing typed works until it ends).
    const both = rec('educonnect/login-captcha', {
      mutate: (d) => d.getElementById('sidebar_maintenance')!.classList.remove('fr-hidden'),
    });
    expect(both?.state).toBe('maintenance');
    // Closed (hidden) again: the page's own help.
    const closed = rec('educonnect/login-maintenance', { mutate: (d) => d.querySelector('.modalMaintenance')!.classList.add('fr-hidden') });
    expect([closed?.step, closed?.state]).toEqual(['login', null]);
    expect(tList('educonnect.maintenance.body').join(' ')).toMatch(/maintenance.*revenez plus tard/s);
  });
});

describe('no step: help pages and the profile page', () => {
  it('an /educt-aide/ page quoting the steps\' words (with a feedback form) and /educt-self-service/profil/ are no step', () => {
    expect(rec('variants/negative/educonnect-help-lost-signup')).toBeNull();
    expect(rec('variants/negative/educonnect-profile')).toBeNull();
    // …whatever the drift of their address
    expect(rec('variants/negative/educonnect-profile', { url: 'https://MONCOMPTE.educonnect.education.gouv.fr/educt-self-service/profil;jsessionid=AB12/consultationProfil' })).toBeNull();
    expect(rec('variants/negative/educonnect-help-lost-signup', { url: 'https://educonnect.education.gouv.fr/EDUCT-AIDE/aide/x' })).toBeNull();
  });

  it('every EduConnect fixture with expect="none" is no step', () => {
    const none = loadFixtures().filter((f) => !f.expect && /educonnect/.test(f.name));
    expect(none.length).toBeGreaterThanOrEqual(5);
    for (const f of none) expect(recognize(f.url, docOf(f.html), PORTALS), f.name).toBeNull();
  });
});

describe('journeys through the new steps', () => {
  /** Each page with the situation the family is in there (`situation`, unless the page names its own). */
  function walk(steps: readonly (readonly [PortalId, string] | readonly [PortalId, string, Situation])[], situation: Situation) {
    let state: JourneyState | null = null;
    return steps.map(([portal, step, now]) => {
      const r = advance(state, { portal, step }, PORTALS, 'navigate', 1000, now ?? situation);
      if (!r) return null;
      state = r.state;
      return `${r.view.journey}:${r.view.x}/${r.view.n}>${r.view.next?.step ?? ''}`;
    });
  }

  // After the recovery page the family's answer is an everyday EduConnect login (overlay/state.ts `toKeep`):
  // the journey goes on counting, to the login with the new password and the ENT.
  it('lost on an ENT: home, chooser, EduConnect login, « Mot de passe perdu », login, the ENT', () => {
    for (const p of ['netocentre', 'touraine-eschool', 'mon-ent-occitanie'] as const) {
      const prefix = p === 'mon-ent-occitanie' ? 'occitanie' : p === 'touraine-eschool' ? 'touraine' : 'netocentre';
      const seen = walk(
        [
          [p, 'home'],
          [p, 'profile-chooser'],
          ['educonnect', 'login'],
          ['educonnect', 'lost-password'],
          ['educonnect', 'login', 'everyday-educonnect'],
          [p, 'services', 'everyday-educonnect'],
        ],
        'lost',
      );
      expect(seen.slice(2), p).toEqual([
        `${prefix}-lost-educonnect:3/6>lost-password`,
        `${prefix}-lost-educonnect:4/6>login`,
        `${prefix}-lost-educonnect:5/6>services`,
        `${prefix}-lost-educonnect:6/6>`,
      ]);
    }
  });

  it('lost straight on EduConnect: the page the family opens picks the branch (password or identifiant)', () => {
    const back = [['educonnect', 'login', 'everyday-educonnect'], ['educonnect', 'services', 'everyday-educonnect']] as const;
    expect(walk([['educonnect', 'login'], ['educonnect', 'lost-password'], ...back], 'lost')).toEqual([
      'educonnect-lost-password:1/4>lost-password',
      'educonnect-lost-password:2/4>login',
      'educonnect-lost-password:3/4>services',
      'educonnect-lost-password:4/4>',
    ]);
    expect(walk([['educonnect', 'login'], ['educonnect', 'lost-id'], ...back], 'lost')).toEqual([
      'educonnect-lost-password:1/4>lost-password',
      'educonnect-lost-id:2/4>login',
      'educonnect-lost-id:3/4>services',
      'educonnect-lost-id:4/4>',
    ]);
  });

  it('the lost login card announces both recovery pages and rings « Mot de passe perdu »', () => {
    const r = rec('variants/educonnect/login-2026-parent-chosen', { situation: 'lost' });
    expect(r?.help).toBe('educonnect.login_lost');
    expect(r?.target?.textContent).toBe('Mot de passe perdu');
    expect(stepOf('login').bySituation?.lost?.leadsTo).toEqual(['lost-password', 'lost-id']);
  });

  it('no letter: from the login to the sign-up tab, counted apart from the letter\'s activation', () => {
    expect(walk([['educonnect', 'login'], ['educonnect', 'signup']], 'signup-educonnect')).toEqual([
      'educonnect-signup:1/2>signup',
      'educonnect-signup:2/2>',
    ]);
    // With the letter, the tab is no step of the family's journey: no counter rather than another road's.
    expect(walk([['educonnect', 'login'], ['educonnect', 'signup']], 'first-educonnect')).toEqual([
      'educonnect-activation:1/5>identity-check',
      null,
    ]);
    expect(t('journey.signup_educonnect')).not.toBe('');
  });

  it('the no-letter login card rings « Je n\'ai pas de compte » in every markup, never the letter\'s fields', () => {
    for (const f of ['educonnect/login', 'variants/educonnect/login-2026-tabs', 'variants/educonnect/login-2026-parent-chosen']) {
      const r = rec(f, { situation: 'signup-educonnect' });
      expect(r?.help, f).toBe('educonnect.login_no_letter');
      expect(r?.target?.textContent?.trim(), f).toMatch(/^Je n'ai pas de compte/);
    }
    expect(stepOf('login').bySituation?.['signup-educonnect']?.leadsTo).toEqual(['signup']);
    // The letter's card says the letter's road only.
    expect(stepOf('login').bySituation?.['first-educonnect']?.leadsTo).not.toContain('signup');
    for (const k of ['educonnect.login_first', 'educonnect.login_first_chosen']) {
      expect([...tList(`${k}.body`), t(`${k}.next`)].join(' '), k).not.toMatch(/pas de compte|sans courrier/i);
    }
  });
});
