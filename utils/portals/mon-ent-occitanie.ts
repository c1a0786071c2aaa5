/**
 * mon ENT Occitanie (Kosmos / Skolengo): <slug>.mon-ent-occitanie.fr, www.mon-ent-occitanie.fr and the CAS
 * cas.mon-ent-occitanie.fr. Sources: seeds 002 and 004, ../shared/research/ent-pages.md §3.
 *
 * The CAS "WAYF" is one page with three sub-states, told apart by what the page shows (the URL never
 * changes): the "Élève ou parent" category closed, open (académie radios shown), a radio checked. The
 * highlight follows them through state-dependent targets (`TargetDef.when`).
 *
 * The first-connection pages (charter, contact and preferences) live on the establishment host inside the
 * logged-in frame, so they win over `services` by priority and are recognised by their own controls.
 */
import { RECIA_PASSWORD } from './recia';
import type { JourneyDef, PortalDef, Probe, StepDef, TargetDef } from './types';
import { CAS_LOGIN_FAILED_TEXT } from './apereo-cas';
import { PORTAL_NAMES } from './names';
import { OCCITANIE_CAS_HOST, PORTAL_HOSTS } from './hosts';

const CAS_HOST = OCCITANIE_CAS_HOST;
/** CAS paths: `/login` (Kosmos), also tolerated under `/cas/` and at the root (Skolengo rebrand). */
const CAS_PATH = /^\/($|login\/?$|cas(\/|$)|saml\/)/;
/** Establishment pages: the root, `sg.do?PROC=…` (Kosmos), `kdecole/…`, `index.html`. */
const PORTAL_PATH = /^\/($|sg\.do$|index\.html?$|kdecole(\/|$)|accueil)/;

const PASSWORD = 'input[type=password]';
const RADIO = 'input[type=radio][name=selection], input[type=radio].js-wayf-composant, input[type=radio][id^="idp-"]';
const RADIO_SHOWN: Probe = { css: RADIO, visible: true };
const LABEL_SHOWN: Probe = { css: 'label[for^="idp-"]', visible: true };
const RADIO_CHECKED: Probe = { css: 'input[type=radio][name=selection]:checked, input[type=radio][id^="idp-"]:checked' };
const SUBMIT = '#button-submit, .cas__wayf-submit input[type=submit], .cas__wayf-submit button';
/** The category toggles ("+"): Kosmos' `js-wayftoggle` buttons, or any accordion button in a legend. */
const TOGGLE = 'button.js-wayftoggle, legend button, button[aria-expanded], summary';
const PARENT = ['eleve ou parent', 'eleves ou parent', 'ou parent'];
/** The portal's home page only, when the URL names the page shown (`sg.do?PROC=…`); articles, mail… are not. */
const HOME_PROC = { PROC: /^(PAGE_ACCUEIL|IDENTIFICATION_FRONT|ACCUEIL)$/i };

/** Logged-in signals (establishment frame): the portal switcher, a logout link, the displayed-profile switcher. */
const LOGGED_IN: readonly Probe[] = [
  { css: 'a, button', text: ['mes portails'] },
  { css: 'a[href*="DECONNEXION" i], a[href*="logout" i], a[href*="deconnexion" i]' },
  { css: 'select, button, label, h2, span', text: ['profil affiche'] },
];

/** The acceptance control of the first-connection charter (checkbox label or button). */
const CHARTER_ACCEPT: Probe = {
  css: 'label, button, input[type=submit], input[type=button]',
  text: ["j'accepte la charte", "j'ai lu et j'accepte", 'accepter la charte', "j'accepte les conditions", "j'ai lu … charte … je l'accepte", "j'accepte … charte"],
};
const SAVE_INFO: Probe = {
  css: 'button, input[type=submit], input[type=button], a',
  text: ['enregistrer mes informations'],
};

const CHOOSER_TARGETS: TargetDef[] = [
  // A radio is checked: « Valider ».
  { css: SUBMIT, when: RADIO_CHECKED },
  { css: 'button, input[type=submit]', text: ['valider'], when: RADIO_CHECKED },
  // The category is open: the list of académie radios of « Élève ou parent » (radios shown, or only their
  // labels when a theme hides the native radio).
  ...[RADIO_SHOWN, LABEL_SHOWN].flatMap((when) =>
    ['ul.list-radio', '.js-wayfchoices', '[role=radiogroup]', 'fieldset ul', 'fieldset'].map((css) => ({
      css,
      text: ['avec educonnect', 'academie de montpellier', 'academie de toulouse'],
      when,
    })),
  ),
  // Closed: the "+" of « Élève ou parent ».
  { css: TOGGLE, text: PARENT },
  { css: 'legend, a, button, li', text: PARENT },
];

const steps: StepDef[] = [
  {
    id: 'home',
    sources: ['seed-004:se connecter', 'research-3.2'],
    url: { hosts: ['portal'], path: PORTAL_PATH, queryGate: HOME_PROC },
    confirm: [
      { css: 'a.fo-connect__link' },
      { css: `a[href*="${CAS_HOST}"]`, text: ['se connecter', 'connexion'] },
      { css: 'a[href*="PROC=IDENTIFICATION" i], a[href*="/login"]', text: ['se connecter'] },
    ],
    text: ['se connecter'],
    textAlso: ['espace numerique de travail', 'ent', 'actualites'],
    reject: [...LOGGED_IN, CHARTER_ACCEPT, SAVE_INFO],
    target: ['a.fo-connect__link', { css: `a[href*="${CAS_HOST}"]` }, { css: 'a, button', text: 'se connecter' }],
    help: 'occitanie.home',
  },
  {
    id: 'profile-chooser',
    sources: ['research-3.3', 'seed-002:Étape 1', 'seed-004:élève ou parent', 'research-5b:Occitanie'],
    url: { hosts: ['cas'], path: CAS_PATH },
    confirm: [
      { css: 'form.cas__wayf-form' },
      { css: RADIO, count: 2 },
      { css: 'button.js-wayftoggle' },
      // Classes renamed (Skolengo cards), radios only rendered once a category opens: the category toggle
      // « Élève ou parent » inside the form.
      { css: 'form button[aria-expanded], form summary, form legend button', text: PARENT },
    ],
    text: ['vous souhaitez vous connecter a votre ent en tant que', 'connecter … en tant que'],
    textAlso: PARENT,
    reject: [{ css: PASSWORD, visible: true }],
    priority: 1,
    target: CHOOSER_TARGETS,
    choices: {
      css: 'input[type=radio][name=selection]',
      value: { attr: 'value' },
      label: { labelFor: true },
      open: 'button.js-wayftoggle[aria-expanded="false"], legend button[aria-expanded="false"]',
      submit: SUBMIT,
    },
    help: 'occitanie.profile_chooser',
  },
  {
    id: 'login',
    sources: ['research-3.4', 'seed-004:ATEN'],
    url: { hosts: ['cas'], path: CAS_PATH, queryHints: { selection: /-(ENT|ATS)_/i } },
    require: [{ css: PASSWORD }],
    reject: [{ css: PASSWORD, count: 2 }],
    confirm: [
      { css: 'form.cas__login-form' },
      { css: 'form input[name=username]' },
      { css: '#username' },
    ],
    text: ['identifiant'],
    textAlso: ['mot de passe'],
    target: ['#username', 'input[name=username]', 'form input[type=text]', PASSWORD],
    states: [
      {
        id: 'error',
        sources: ['research-3.4'],
        when: {
          css: '.cas__login-form .alert, .cas__error, .alert--error, .alert-danger, .msg--error, .errors, [role=alert]',
          visible: true,
        },
        help: 'occitanie.login_error',
        target: ['#password', PASSWORD],
      },
      { id: 'error', sources: ['research-3.4'], when: { css: 'input[aria-invalid=true]' }, help: 'occitanie.login_error', target: ['#password', PASSWORD] },
      {
        id: 'error',
        sources: ['research-3.4'],
        when: { css: 'p, span, li, strong, small, label', text: CAS_LOGIN_FAILED_TEXT, visible: true, maxLength: 200 },
        help: 'occitanie.login_error',
        target: ['#password', PASSWORD],
      },
    ],
    help: 'occitanie.login',
  },
  {
    id: 'charter',
    sources: ['seed-004:charte', 'seed-002:charte', 'research-3.5'],
    url: { hosts: ['portal'], path: PORTAL_PATH },
    confirm: [CHARTER_ACCEPT],
    text: ["charte d'utilisation"],
    textAlso: ["j'accepte", "j'ai lu"],
    reject: [SAVE_INFO],
    priority: 2,
    target: [
      { css: 'button, input[type=submit]', text: ['valider', 'continuer', 'suivant'], when: { css: 'input[type=checkbox]:checked' } },
      { css: 'label', text: ["j'accepte", "j'ai lu"] },
      { css: 'button, input[type=submit]', text: ["j'accepte", 'accepter'] },
      'input[type=checkbox]',
    ],
    help: 'occitanie.charter',
  },
  {
    id: 'preferences',
    sources: ['seed-004:Contact et préférences', 'research-3.5'],
    url: { hosts: ['portal'], path: PORTAL_PATH },
    // The first-connection step shows "Contact et préférences"; the everyday "Préférences" page does not.
    require: [{ text: ['contact et preferences'] }],
    confirm: [SAVE_INFO],
    text: ['informations de contact'],
    textAlso: ['enregistrer'],
    reject: [CHARTER_ACCEPT],
    priority: 2,
    target: [SAVE_INFO as TargetDef],
    help: 'occitanie.preferences',
  },
  {
    id: 'services',
    sources: ['seed-004:Mes portails', 'research-3.5'],
    // The portal's home only (`sg.do?PROC=PAGE_ACCUEIL`, the root): not every page of the logged-in ENT.
    url: { hosts: ['portal'], path: PORTAL_PATH, queryGate: HOME_PROC },
    confirm: [...LOGGED_IN],
    text: ['mes portails'],
    textAlso: ['messagerie', 'cahier de textes', 'scolarite'],
    target: [
      { css: 'a', text: ['pronote'] },
      'a[href*="pronote" i]',
      { css: 'a, button, li', text: ['scolarite'] },
    ],
    help: 'occitanie.services',
  },
];

const own = (...s: string[]) => s.map((step) => ({ portal: 'mon-ent-occitanie' as const, step }));
const edu = (...s: string[]) => s.map((step) => ({ portal: 'educonnect' as const, step }));

const journeys: JourneyDef[] = [
  {
    id: 'occitanie-educonnect',
    name: 'occitanie.journeys.educonnect', sources: ['seed-002', 'research-3.4', 'research-3.5'],
    steps: [
      ...own('home', 'profile-chooser'),
      ...edu('login', 'identity-check', 'activation', 'activation-done'),
      ...own('charter', 'preferences', 'services'),
    ],
  },
  {
    id: 'occitanie-aten',
    name: 'occitanie.journeys.aten', sources: ['seed-004', 'research-3.4'],
    steps: own('home', 'profile-chooser', 'login', 'charter', 'preferences', 'services'),
  },
  {
    id: 'occitanie-educonnect-login',
    name: 'occitanie.journeys.educonnect_login', sources: ['research-3.4', 'research-4.3'],
    steps: [...own('home', 'profile-chooser'), ...edu('login'), ...own('services')],
  },
  {
    id: 'occitanie-login',
    name: 'occitanie.journeys.login', sources: ['seed-004', 'research-3.4'],
    steps: own('home', 'profile-chooser', 'login', 'services'),
  },
];

export const monEntOccitanie: PortalDef = {
  id: 'mon-ent-occitanie',
  name: PORTAL_NAMES['mon-ent-occitanie'],
  officialUrl: 'https://www.mon-ent-occitanie.fr/',
  hosts: PORTAL_HOSTS['mon-ent-occitanie'],
  steps,
  journeys,
  // Local (ATEN) accounts: neither the seeds nor the research give Kosmos' rule, so the Net O'Centre-style
  // advice applies (8 characters, a mix recommended, nothing blocking beyond the length).
  password: RECIA_PASSWORD,
};
