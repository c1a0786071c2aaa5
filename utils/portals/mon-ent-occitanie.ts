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
import type { Academie, JourneyDef, PortalDef, Probe, Situation, SituationVariant, StepDef, TargetDef } from './types';
import { CAS_LOGIN_FAILED_TEXT } from './apereo-cas';
import { PORTAL_NAMES } from './names';
import { TARTEAUCITRON } from './obstructions';
import { OCCITANIE_CAS_HOST, PORTAL_HOSTS } from './hosts';
import { CONTENT_BUILD } from './content-build';

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
/** « Valider » by its words (Skolengo cards: no Kosmos id or class). */
const VALIDER = 'button, input[type=submit]';
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

/** The texts quoting a Toulouse line whose words differ from seed 002's single « de l'académie de Toulouse ». */
const TOULOUSE_WITH = 'occitanie.profile_chooser_educonnect_toulouse_with';
const TOULOUSE_LOCAL = 'occitanie.profile_chooser_ent_toulouse_local';

/** A selector without the Toulouse local-account line's label. */
const notLocal = (css: string) =>
  css.split(',').map((c) => `${c.trim()}:not([for^="idp-TOULO-ENT"])`).join(', ');

/** A line by its label's words: a pupil/parent line first (a teacher's line has the same words). */
function byWords(text: string[], notText: string[], valueCss?: string): TargetDef[] {
  const t = { text, ...(notText.length ? { notText } : {}) };
  return [
    { css: 'label[for$="_parent_eleve"]', ...t },
    ...(valueCss ? [{ css: valueCss, ...t }] : []),
    { css: 'label', ...t },
  ];
}

/**
 * The chooser's line for each road and académie (research §3.3, §5b: `MONT-EDU`, `TOULO-EDU` are EduConnect
 * lines; `CSES-ENT`, `TOULO-ENT` local ENT accounts; seed 004: the Montpellier line without EduConnect takes an
 * ATEN identifier). Found by its label's words first (values change), its radio's value second.
 */
const LINES: Record<'ent' | 'educonnect', Record<Academie, TargetDef[]>> = {
  educonnect: {
    montpellier: byWords(['academie de montpellier avec educonnect'], [], 'label[for^="idp-MONT-EDU"]'),
    toulouse: [
      // Where the WAYF has both Toulouse lines (research §5b: `TOULO-EDU` and `TOULO-ENT`), the EduConnect one
      // says so, and the card quotes it whole; where it is the only one (seed 002), « de l'académie de Toulouse ».
      { css: 'label[for^="idp-TOULO-EDU"]', text: ['avec educonnect'], help: TOULOUSE_WITH },
      { css: 'label[for^="idp-TOULO-EDU"]', text: ['toulouse'] },
      ...byWords(['academie de toulouse avec educonnect'], []).map((l) => ({ ...l, help: TOULOUSE_WITH })),
      // Never the local-account line of the same words (research §5b: `TOULO-ENT`).
      ...byWords(['academie de toulouse'], ['sans educonnect']).map((l) => ({ ...l, css: notLocal(l.css) })),
    ],
  },
  ent: {
    montpellier: byWords(['academie de montpellier'], ['educonnect'], 'label[for^="idp-CSES-ENT_parent"]'),
    toulouse: [
      // The local-account line (research §5b: `TOULO-ENT_parent_eleve`, seen in 2024-2026 automation).
      { css: 'label[for^="idp-TOULO-ENT"]', text: ['academie de toulouse'], notText: ['educonnect'], help: TOULOUSE_LOCAL },
      // No such line (seed 002's list): the one Toulouse line, whose text says it may go through EduConnect.
      ...byWords(['academie de toulouse'], ['educonnect']),
    ],
  },
};

/** A line's label whose radio is ticked (the same words as `LINES`). */
const ticked = (line: TargetDef): Probe => ({ css: line.css, text: line.text, notText: line.notText, checked: true });

/**
 * The highlight on the road's line, through the page's three sub-states: closed (the « Élève ou parent »
 * toggle), open (the line), the right line ticked (« Valider »). Another line ticked: the right one again.
 */
function lineTargets(lines: readonly TargetDef[]): TargetDef[] {
  return [
    // « Valider » once the line is ticked; the card still quotes the line's words.
    ...lines.flatMap((l) =>
      [SUBMIT, VALIDER].map((css) => ({ css, ...(css === VALIDER && { text: ['valider'] }), when: ticked(l), ...(l.help && { help: l.help }) })),
    ),
    ...lines,
    { css: TOGGLE, text: PARENT },
    { css: 'legend, a, button, li', text: PARENT },
  ];
}

const CHOOSER_TARGETS: TargetDef[] = [
  // A radio is checked: « Valider ».
  { css: SUBMIT, when: RADIO_CHECKED },
  { css: VALIDER, text: ['valider'], when: RADIO_CHECKED },
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

/** The chooser's variant of one road: per académie its line and the text quoting it; unknown: find it. */
function road(situations: readonly Situation[], r: 'ent' | 'educonnect', { sources }: Pick<SituationVariant, 'sources'>) {
  const v: SituationVariant = {
    // The académie is not known yet: the « Élève ou parent » list, and the départements of each académie.
    target: CHOOSER_TARGETS,
    help: `occitanie.profile_chooser_${r}`,
    leadsTo: ['login'],
    byAcademie: {
      montpellier: { target: lineTargets(LINES[r].montpellier), help: `occitanie.profile_chooser_${r}_montpellier` },
      toulouse: { target: lineTargets(LINES[r].toulouse), help: `occitanie.profile_chooser_${r}_toulouse` },
    },
    sources,
  };
  return Object.fromEntries(situations.map((s) => [s, v])) as Partial<Record<Situation, SituationVariant>>;
}

const steps: StepDef[] = [
  {
    id: 'home',
    sources: ['seed-004:se connecter', 'research-3.2', 'seed-004'],
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
    asks: ['first-ent', 'first-educonnect', 'signup-educonnect', 'everyday-ent', 'everyday-educonnect', 'lost'],
    leadsTo: ['profile-chooser'],
  },
  {
    id: 'profile-chooser',
    sources: ['research-3.3', 'seed-002:Étape 1', 'seed-004:élève ou parent', 'research-5b:Occitanie', 'seed-002', 'seed-004', 'research-5b'],
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
    asks: ['first-ent', 'first-educonnect', 'signup-educonnect', 'everyday-ent', 'everyday-educonnect', 'lost'],
    leadsTo: ['login'],
    // Seed 002: the school's EduConnect letter → « … avec EduConnect »; seed 004: an ATEN account → the line
    // without EduConnect. The académie is the second thing the family tells (by département, research §5b).
    bySituation: {
      ...road(['first-educonnect', 'signup-educonnect', 'everyday-educonnect'], 'educonnect', { sources: ['seed-002', 'research-3.3', 'research-5b'] }),
      ...road(['first-ent', 'everyday-ent'], 'ent', { sources: ['seed-004', 'research-3.3', 'research-5b'] }),
      lost: { help: 'occitanie.profile_chooser_lost', leadsTo: ['login'], sources: ['research-3.4', 'research-4.3'] },
    },
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
    sources: ['research-3.4', 'seed-004:ATEN', 'seed-004'],
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
    // The road is not known: the form as a whole (the text says what both roads type).
    target: ['form.cas__login-form', { css: 'form', text: ['identifiant'] }, '#username', 'input[name=username]'],
    asks: ['first-ent', 'everyday-ent', 'lost'],
    bySituation: {
      // Seed 004: « saisir son identifiant et son mot de passe ATEN », from the school's letter.
      'first-ent': {
        target: ['#username', 'input[name=username]', 'form input[type=text]', PASSWORD],
        help: 'occitanie.login_first',
        leadsTo: ['charter'],
        sources: ['seed-004'],
      },
      'everyday-ent': {
        target: ['#username', 'input[name=username]', 'form input[type=text]', PASSWORD],
        help: 'occitanie.login',
        leadsTo: ['services'],
        sources: ['seed-004', 'research-3.4'],
      },
      lost: {
        target: [{ css: 'a', text: ['mot de passe oublie'] }],
        help: 'occitanie.login_lost',
        sources: ['research-3.4'],
      },
    },
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
    help: 'occitanie.login_ask',
  },
  {
    id: 'charter',
    sources: ['seed-004:charte', 'seed-002:charte', 'research-3.5', 'seed-002', 'seed-004'],
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
    leadsTo: ['preferences'],
  },
  {
    id: 'preferences',
    sources: ['seed-004:Contact et préférences', 'research-3.5', 'seed-002', 'seed-004'],
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
    leadsTo: ['services'],
  },
  {
    id: 'services',
    sources: ['seed-004:Mes portails', 'research-3.5', 'seed-004'],
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
    signedIn: true,
  },
];

const own = (...s: string[]) => s.map((step) => ({ portal: 'mon-ent-occitanie' as const, step }));
const edu = (...s: string[]) => s.map((step) => ({ portal: 'educonnect' as const, step }));

/** One journey per situation, named after the family's letter (seed 002: EduConnect; seed 004: ATEN). */
const journeys = (): JourneyDef[] => [
  {
    id: 'occitanie-educonnect',
    name: 'journey.letter_educonnect',
    situations: ['first-educonnect'],
    steps: [
      ...own('home', 'profile-chooser'),
      ...edu('login', 'identity-check', 'activation', 'activation-done'),
      ...own('charter', 'preferences', 'services'),
    ],
    sources: ['seed-002', 'research-3.3', 'research-4.5'],
  },
  {
    // No letter: the EduConnect line, then the account created on EduConnect (research §4.5, §5b).
    id: 'occitanie-signup',
    name: 'journey.signup_educonnect',
    situations: ['signup-educonnect'],
    steps: [...own('home', 'profile-chooser'), ...edu('login', 'signup')],
    sources: ['research-3.3', 'research-4.5', 'research-5b:EduConnect'],
  },
  {
    id: 'occitanie-aten',
    name: 'journey.letter_ent',
    situations: ['first-ent'],
    steps: own('home', 'profile-chooser', 'login', 'charter', 'preferences', 'services'),
    sources: ['seed-004'],
  },
  {
    id: 'occitanie-educonnect-login',
    name: 'journey.everyday_educonnect',
    situations: ['everyday-educonnect'],
    steps: [...own('home', 'profile-chooser'), ...edu('login'), ...own('services')],
    sources: ['research-3.3', 'research-3.4', 'research-4.3'],
  },
  {
    id: 'occitanie-login',
    name: 'journey.everyday_ent',
    situations: ['everyday-ent'],
    steps: own('home', 'profile-chooser', 'login', 'services'),
    sources: ['seed-004', 'research-3.4'],
  },
  {
    id: 'occitanie-lost',
    name: 'journey.lost',
    situations: ['lost'],
    steps: own('home', 'profile-chooser', 'login'),
    sources: ['research-3.4'],
  },
  {
    id: 'occitanie-lost-educonnect',
    name: 'journey.lost_educonnect',
    situations: ['lost'],
    steps: [...own('home', 'profile-chooser'), ...edu('login', 'lost-password', 'login'), ...own('services')],
    sources: ['research-4.3'],
  },
];

export const monEntOccitanie: PortalDef = {
  id: 'mon-ent-occitanie',
  name: PORTAL_NAMES['mon-ent-occitanie'],
  officialUrl: 'https://www.mon-ent-occitanie.fr/',
  hosts: PORTAL_HOSTS['mon-ent-occitanie'],
  steps,
  // The content script's builds leave the journeys out: the background follows them (modules/content-entries.ts).
  journeys: CONTENT_BUILD ? [] : journeys(),
  // Local (ATEN) accounts: neither the seeds nor the research give Kosmos' rule, so the Net O'Centre-style
  // advice applies (8 characters, a mix recommended, nothing blocking beyond the length).
  password: RECIA_PASSWORD,
  // The cookie banner over the portal's pages (research §5b).
  obstructions: [TARTEAUCITRON],
};

// The content script's build imports each portal by its file's default export (modules/content-entries.ts).
export default monEntOccitanie;
