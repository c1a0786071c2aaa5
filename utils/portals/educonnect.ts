/**
 * EduConnect, the national login of the Éducation nationale (educonnect.education.gouv.fr).
 * Sources: seed 002, ../shared/research/ent-pages.md §4.
 *
 * - The Shibboleth browser check (`execution=e1s1`: hidden inputs only, auto-submitted) is not a step: every
 *   step below needs a visible control, so it is never claimed.
 * - `execution=eXsY` changes with every postback and after errors: it is never used as evidence.
 * - The activation screens are not documented (ent-pages.md §4.5 [?]): `activation` is recognised by the
 *   host, two password fields and a date of birth, whatever their names.
 * - « Je n'ai pas de compte » is a DSFR tab of the login page (`#onglet-inscription` / `#inscription`, §5b): the
 *   same address shows `login` or `signup` as the family switches tabs.
 * - « Identifiant perdu » / « Mot de passe perdu »: markup and path unknown (§5 point 4), so host + heading + a
 *   field to fill, never the login page's own links (which carry the same words).
 * - Help pages (`/educt-aide/…`) quote every step's words: never a step. The self-service profile pages
 *   (`/educt-self-service/profil/…`) are none either, except a password change (two new-password fields).
 */
import type { JourneyDef, PortalDef, Probe, StepDef, TargetDef } from './types';
import { PORTAL_NAMES } from './names';
import { PORTAL_HOSTS } from './hosts';
import { EDUCONNECT_CHATBOT, EDUCONNECT_MAINTENANCE } from './obstructions';
import { CONTENT_BUILD } from './content-build';

const PASSWORD = 'input[type=password]';
const USERNAME = '#username, input[name=j_username]';
const PROFILE_BUTTONS = '#bouton_responsable, #bouton_eleve';
/** The new password and its confirmation (a forced change also shows the current password: not that one). */
const NEW_PASSWORD =
  'input[type=password]:not([autocomplete=current-password]):not([name*="actuel" i]):not([name*="old" i])';
/** A profile is chosen (pressed/checked/current tile), or the family is already typing in the form. */
const PROFILE_CHOSEN =
  '.choixProfil [aria-pressed=true], .choixProfil [aria-checked=true], .choixProfil [aria-current=true], [class*="choixProfil__btn--"][class*="select"], [class*="choixProfil__btn--"][class*="activ"], #validerAuth input:focus, #username:focus, #password:focus';
/** A date of birth, however it is named: three day/month/year fields, a date input, or a "naissance" field. */
const BIRTH_DATE =
  '#jour, #annee, input[type=date], [name*="naissance" i], [id*="naissance" i], [name*="birth" i], [id*="birth" i], [autocomplete=bday], [name*="jour" i], [name*="annee" i]';
const ERROR_SHOWN: Probe = {
  css: '#erreurIdentifiant, #erreurMdp, #erreurIdentifiantVide, #erreurMdpVide, .fr-error-text, .fr-alert--error, .fr-message--error, [role=alert], .fr-input-group--error, .fr-input--error',
  visible: true,
};
/** A failed login's message in any element (reworded, or without a known error class). */
const ERROR_TEXT: Probe = {
  css: 'p, span, li, strong, small, label',
  text: ['identifiants incorrects', 'identifiant ou mot de passe incorrect', 'identifiant … incorrect', 'mot de passe … incorrect'],
  visible: true,
  maxLength: 200,
};
/** A step's words where the page shows them (heading, message, button), not quoted in a help paragraph. */
const SHORT = 'h1, h2, h3, h4, legend, label, button, [role=heading], [role=status], [role=alert], p, li, span, strong, div';
const shortText = (text: readonly string[]): Probe => ({ css: SHORT, text, maxLength: 160 });
/** A heading's words (not a link, not a paragraph): the login page links « Mot de passe perdu » too. */
const HEADING = 'h1, h2, h3, legend, [role=heading], .fr-stepper__title, .fr-card__title';
const heading = (text: readonly string[]): Probe => ({ css: HEADING, text, maxLength: 80, visible: true });

/** Help pages quote every step's words: no step there. */
const NOT_HELP = /^(?!\/educt-aide(\/|$))/;
/** …and no step on the account's profile pages (`/educt-self-service/profil/…`: consultation, logout). */
const NOT_HELP_NOR_PROFILE = /^(?!\/educt-aide(\/|$)|\/educt-self-service\/profil(\/|$))/;

/**
 * « Je n'ai pas de compte », where the family without a letter starts: the 2026 tab (research §5b:
 * `#onglet-inscription`), or the older link under the form (seed 002).
 */
const NO_ACCOUNT: readonly (string | TargetDef)[] = [
  '#onglet-inscription',
  '[role=tab][aria-controls=inscription]',
  'a#lien_pas_compte',
  { css: 'a, button', text: ["je n'ai pas de compte"] },
];
/** The sign-up tab, selected. */
const SIGNUP_TAB = '#onglet-inscription[aria-selected=true], [role=tab][aria-selected=true][aria-controls=inscription]';
/** A sign-up screen's own field: the mobile number, or the one-time code received by SMS. */
const PHONE_OR_CODE = 'input[type=tel], input[autocomplete=tel], input[autocomplete=tel-national], input[autocomplete=one-time-code]';

/** The login page's own markers: a page holding them is the login (its links say « Mot de passe perdu »). */
const LOGIN_PAGE = { css: `form#validerAuth, input[name=j_password], ${PROFILE_BUTTONS}, #onglet-connexion` };
/** A field the family fills on a recovery page (identifiant, e-mail, mobile number), not a search box. */
const FIELD =
  'form:not([role=search]) input[type=text], form:not([role=search]) input[type=email], form:not([role=search]) input[type=tel], form:not([role=search]) input:not([type])';

/**
 * EduConnect's maintenance banner or window (§5b: `#sidebar_maintenance`, `.modalMaintenance`), shown: it wins
 * over every other state — nothing the family types works until it ends.
 */
const MAINTENANCE = {
  id: 'maintenance',
  when: { css: '#sidebar_maintenance, .modalMaintenance', visible: true },
  help: 'educonnect.maintenance',
  // The message's words, not the window's full-screen backdrop (the card must find room beside the ring).
  target: ['.modalMaintenance :is(h1, h2, h3, p)', '#sidebar_maintenance', '.modalMaintenance'],
  sources: ['research-5b:EduConnect'],
} as const;

/**
 * The login's ring: « Responsable d'élève » first; the identifiant once a profile is chosen (or the form is in
 * use), with a text that no longer asks for the profile (the 2026 page keeps the cards shown above the form).
 * When the form only shows after the choice (`#div_connexion.fr-hidden`), the hidden field is skipped anyway.
 */
function loginTargets(chosenHelp: string): TargetDef[] {
  return [
    { css: USERNAME, when: { css: PROFILE_CHOSEN }, help: chosenHelp },
    { css: '#bouton_responsable' },
    { css: 'button', text: ["responsable d'eleve", 'responsable'] },
    { css: USERNAME },
    { css: 'input[autocomplete=username]' },
    { css: 'form input[type=text]' },
  ];
}

const steps: StepDef[] = [
  {
    id: 'login',
    sources: ['seed-002:Étape 1', 'research-4.3', 'research-5b:EduConnect', 'seed-002'],
    url: { hosts: ['idp'], path: NOT_HELP },
    // The password field, or (2021-2022 flow, form inserted after the choice) the profile buttons alone.
    require: [{ css: `${PASSWORD}, ${PROFILE_BUTTONS}` }],
    reject: [{ css: PASSWORD, count: 2 }, { css: '#jour, #mois, #annee' }],
    confirm: [
      { css: PROFILE_BUTTONS },
      { css: 'form#validerAuth' },
      { css: 'input[name=j_username]' },
      { css: '.choixProfil__btn' },
    ],
    text: ["j'utilise mes identifiants educonnect", 'identifiants educonnect'],
    textAlso: ['mot de passe'],
    target: loginTargets('educonnect.login_ask_chosen'),
    // Maintenance first, then the captcha: after failed attempts it is what blocks the family now, and its
    // own error (`#erreurCaptcha*`, class `fr-error-text`) must not read as a wrong password.
    states: [
      MAINTENANCE,
      {
        id: 'captcha',
        when: { css: '#captchaFormulaireExtInput, [id^="erreurCaptcha"], input[id*="captcha" i], input[name*="captcha" i]', visible: true },
        help: 'educonnect.login_captcha',
        target: ['#captchaFormulaireExtInput', 'input[id*="captcha" i]', 'input[name*="captcha" i]'],
        sources: ['research-4.3', 'research-5b:EduConnect'],
      },
      ...[ERROR_SHOWN, { css: 'input[aria-invalid=true]' }, ERROR_TEXT].map((when) => ({
      id: 'error',
      when,
      help: 'educonnect.login_error',
      target: ['#password', PASSWORD],
      // The letter's temporary password only on a first connection (seed 002, Étape 4: « votre nouveau mot de
      // passe » afterwards).
      // No letter: nothing of the letter's in this message.
      bySituation: {
        'first-educonnect': { help: 'educonnect.login_error_first', sources: ['seed-002'] },
        'signup-educonnect': { help: 'educonnect.login_error', sources: ['research-4.3'] },
      },
      sources: ['seed-002', 'research-4.3'],
    })),
    ],
    choices: {
      css: PROFILE_BUTTONS,
      value: { attr: 'id' },
    },
    // No road known: « Responsable d'élève », then the identifiant, with a text true on every road.
    help: 'educonnect.login_ask',
    asks: ['first-educonnect', 'signup-educonnect', 'everyday-educonnect', 'lost'],
    bySituation: {
      // With the letter: identity check, activation.
      'first-educonnect': {
        help: 'educonnect.login_first',
        leadsTo: ['identity-check', 'activation'],
        target: loginTargets('educonnect.login_first_chosen'),
        sources: ['seed-002:Etape 1', 'research-4.3', 'research-4.5', 'research-5b'],
      },
      // No letter: a parent creates the account with « Je n'ai pas de compte » (research §4.5, §5b).
      'signup-educonnect': {
        help: 'educonnect.login_no_letter',
        target: NO_ACCOUNT,
        leadsTo: ['signup'],
        sources: ['research-4.5', 'research-5b:EduConnect', 'seed-002'],
      },
      // Everyday: the family's own password (seed 002, Étape 4), never the letter's.
      'everyday-educonnect': {
        help: 'educonnect.login',
        target: loginTargets('educonnect.login_chosen'),
        leadsTo: ['services'],
        sources: ['seed-002:Etape 4', 'research-4.3'],
      },
      lost: {
        target: [{ css: 'a', text: ['mot de passe perdu'] }, { css: 'a, button', text: ['identifiant perdu'] }],
        help: 'educonnect.login_lost',
        leadsTo: ['lost-password', 'lost-id'],
        sources: ['seed-002:Etape 1', 'research-4.3'],
      },
    },
  },
  {
    id: 'signup',
    sources: ['research-5b:EduConnect', 'research-4.3', 'research-4.5'],
    url: { hosts: ['idp', 'account'], path: NOT_HELP_NOR_PROFILE },
    // The « Je n'ai pas de compte » tab selected (its `aria-selected` and words outlive renamed ids and
    // classes), or a sign-up screen of its own (mobile number, SMS code).
    require: [{ css: `[role=tab][aria-selected=true], ${SIGNUP_TAB}, #inscription.fr-tabs__panel--selected, ${PHONE_OR_CODE}`, visible: true }],
    // The login form lives in the other tab panel (hidden by the page's style): only a password outside the
    // tabs says this is a login.
    reject: [
      { css: PASSWORD, visible: true, notIn: '.fr-tabs__panel, [role=tabpanel]' },
      { css: '#jour, #mois, #annee', visible: true },
    ],
    confirm: [
      { css: SIGNUP_TAB },
      { css: '[role=tab][aria-selected=true]', text: ["je n'ai pas de compte", 'inscription', 'creer … compte'] },
      // A heading of its own screen, not one inside a tab panel not shown (the page's style may be missing).
      {
        ...heading(["je n'ai pas de compte", 'creer mon compte', 'creer un compte', 'creation … compte', 'inscription']),
        notIn: '[role=tabpanel]:not(.fr-tabs__panel--selected)',
      },
    ],
    // No text fallback: the login page names « Je n'ai pas de compte » too.
    // Above the login: the same page holds the (hidden) login form.
    priority: 3,
    target: [
      { css: '#inscription a, #inscription button, #inscription .fr-card, #inscription .fr-tile', text: ['sms'] },
      PHONE_OR_CODE,
      '#inscription .fr-card',
      '#inscription',
    ],
    states: [MAINTENANCE],
    help: 'educonnect.signup',
  },
  {
    id: 'lost-password',
    sources: ['research-4.3', 'research-4.1', 'seed-002:Etape 1'],
    url: {
      hosts: ['idp', 'account'],
      path: NOT_HELP_NOR_PROFILE,
      pathHint: /(mot-?de-?passe|motdepasse|mdp|password)/,
    },
    require: [{ css: FIELD, visible: true }],
    reject: [LOGIN_PAGE],
    confirm: [
      heading([
        'mot de passe perdu',
        'mot de passe oublie',
        'reinitialis… mot de passe',
        'reinitialisation … mot de passe',
        'recuperer … mot de passe',
        'retrouver … mot de passe',
      ]),
    ],
    priority: 3,
    target: ['input[autocomplete=username]', '[name*="identifiant" i], [id*="identifiant" i], [name*="login" i]', FIELD, 'form button[type=submit], form input[type=submit]'],
    states: [MAINTENANCE],
    help: 'educonnect.lost_password',
    evidence: 'lost',
    recovers: 'educonnect',
    leadsTo: ['login'],
  },
  {
    id: 'lost-id',
    sources: ['research-4.3', 'research-4.1', 'seed-002:Etape 1'],
    url: { hosts: ['idp', 'account'], path: NOT_HELP_NOR_PROFILE, pathHint: /(identifiant|username|login)/ },
    require: [{ css: FIELD, visible: true }],
    reject: [LOGIN_PAGE],
    confirm: [heading(['identifiant perdu', 'identifiant oublie', 'retrouver … identifiant', 'recuperer … identifiant', 'recuperation … identifiant'])],
    // Above lost-password when both headings show (« Identifiant ou mot de passe perdu »): the identifiant first.
    priority: 4,
    target: [FIELD, 'form button[type=submit], form input[type=submit]'],
    states: [MAINTENANCE],
    help: 'educonnect.lost_id',
    evidence: 'lost',
    recovers: 'educonnect',
    leadsTo: ['login'],
  },
  {
    id: 'identity-check',
    sources: ['research-4.4', 'research-4.5', 'research-5b:EduConnect'],
    url: { hosts: ['idp', 'account'], path: NOT_HELP_NOR_PROFILE },
    // A date of birth field, or day/month/year pickers whose names changed (a select, a numeric or JJ/AAAA field).
    require: [{ css: `${BIRTH_DATE}, select, input[inputmode=numeric], input[placeholder*="jj" i], input[placeholder*="aaaa" i]` }],
    reject: [{ css: PASSWORD, count: 2 }],
    confirm: [
      { css: '#dateNaissance' },
      { css: '#jour' },
      { css: '#titreSaisieDate' },
      { text: ["confirmation de l'identite", 'confirmez votre identite'] },
    ],
    text: ['date de naissance'],
    priority: 1,
    target: ['#jour', '[name*="jour" i]', BIRTH_DATE, '#submit-button'],
    help: 'educonnect.identity_check',
    // « After login for some accounts » (research §4.4): a first connection's page or an everyday login's alike,
    // so no evidence of either; what follows (« Créer mon compte » or the services) is the family's to say.
    asks: ['first-educonnect', 'everyday-educonnect'],
    leadsTo: ['activation', 'services'],
    bySituation: {
      'first-educonnect': { help: 'educonnect.identity_check_first', leadsTo: ['activation'], sources: ['seed-002:Etape 2', 'research-4.5'] },
      // The sign-up's own pages ask the children's dates of birth too (research §4.5, §5b).
      'signup-educonnect': { help: 'educonnect.identity_check_signup', leadsTo: [], sources: ['research-4.5', 'research-5b:EduConnect'] },
      'everyday-educonnect': { help: 'educonnect.identity_check_everyday', leadsTo: ['services'], sources: ['research-4.4'] },
    },
  },
  {
    id: 'activation',
    phase: 'activation',
    sources: ['seed-002:Étapes 2 et 3', 'research-4.5', 'research-5b:EduConnect', 'seed-002:Etape 3', 'research-5b'],
    // A password change may live under /profil/ (« Mon Compte » → « Modifier », §5b): only help pages are out.
    url: { hosts: ['idp', 'account'], path: NOT_HELP },
    require: [{ css: NEW_PASSWORD, count: 2 }],
    confirm: [{ css: BIRTH_DATE }, { text: ['date de naissance'] }, { css: 'input[autocomplete=new-password]', count: 2 }],
    // A forced change of password (since 2024) is the same task: choose a new password, type it twice.
    text: ['activer votre compte', 'activation du compte', 'activation … compte', 'creer mon compte', 'nouveau mot de passe'],
    priority: 2,
    target: [NEW_PASSWORD],
    // A forced change of password also asks for the current one: its own help (no date of birth, no e-mail).
    states: [
      {
        id: 'password-change',
        sources: ['research-4.5', 'research-5b:EduConnect', 'research-5b'],
        when: { css: 'input[type=password][autocomplete=current-password], input[type=password][name*="actuel" i], input[type=password][name*="old" i]' },
        help: 'educonnect.password_change',
        target: [NEW_PASSWORD],
        // A forced change (2024) happens to an account already in use.
        evidence: 'everyday-educonnect',
      },
    ],
    newPassword: { fields: NEW_PASSWORD },
    help: 'educonnect.activation',
    evidence: 'first-educonnect',
    leadsTo: ['activation-done'],
  },
  {
    id: 'activation-done',
    phase: 'activation',
    sources: ['seed-002:Étape 4', 'seed-002:Etape 4'],
    url: { hosts: ['idp', 'account'], path: NOT_HELP_NOR_PROFILE },
    reject: [{ css: PASSWORD, visible: true }],
    confirm: [
      shortText([
        'votre compte est cree',
        'votre compte a ete cree',
        'votre compte est active',
        'votre compte a bien ete active',
        'votre compte a ete active',
        'votre compte … est active',
        'votre compte … a ete cree',
        'votre compte … est cree',
      ]),
    ],
    priority: 2,
    target: [
      { css: 'a, button, input[type=submit]', text: ['continuer', 'acceder', 'poursuivre', 'mes services'] },
      'a.fr-btn, button.fr-btn',
    ],
    help: 'educonnect.activation_done',
    evidence: 'first-educonnect',
    endsFirstConnection: true,
    // Back to the ENT the family came from (its charter, its account choice) or EduConnect's services.
    leadsTo: ['services', 'charter', 'account-choice'],
  },
  {
    id: 'services',
    sources: ['seed-002:ENVIRONNEMENT NUMERIQUE DE TRAVAIL', 'research-4.1', 'seed-002'],
    url: { hosts: ['services'] },
    confirm: [
      { css: 'a, button', text: ['environnement numerique de travail'] },
      { text: ['scolarite services'] },
    ],
    text: ['scolarite'],
    textAlso: ['mon compte', 'fiche de renseignements'],
    target: [{ css: 'a, button', text: ['environnement numerique de travail'] }, { css: 'a', text: ['ent'] }],
    help: 'educonnect.services',
    signedIn: true,
  },
];

const own = (...s: string[]) => s.map((step) => ({ portal: 'educonnect' as const, step }));

/**
 * EduConnect's own journeys, used when the family arrives with no known origin (a link, a bookmark, the
 * Pronote app). The recovery pages' markup is unknown (research §5) but their place is: from the login's
 * « Mot de passe perdu » / « Identifiant perdu », then back to the login — two journeys, the page picks one —
 * where the family logs in as every day (the recovery page turned its `lost` into `everyday-educonnect`).
 * No letter (`signup-educonnect`): « Je n'ai pas de compte » (research §5b), then the sign-up's own pages.
 */
const journeys = (): JourneyDef[] => [
  {
    id: 'educonnect-activation',
    name: 'journey.letter_educonnect',
    situations: ['first-educonnect'],
    steps: own('login', 'identity-check', 'activation', 'activation-done', 'services'),
    sources: ['seed-002', 'research-4.5'],
  },
  {
    id: 'educonnect-login',
    name: 'journey.everyday_educonnect',
    situations: ['everyday-educonnect'],
    steps: own('login', 'services'),
    sources: ['seed-002', 'research-4.3'],
  },
  {
    id: 'educonnect-signup',
    name: 'journey.signup_educonnect',
    situations: ['signup-educonnect'],
    steps: own('login', 'signup'),
    sources: ['research-5b:EduConnect', 'research-4.5'],
  },
  {
    id: 'educonnect-lost-password',
    name: 'journey.lost_educonnect',
    situations: ['lost'],
    steps: own('login', 'lost-password', 'login', 'services'),
    sources: ['research-4.3'],
  },
  {
    id: 'educonnect-lost-id',
    name: 'journey.lost_id_educonnect',
    situations: ['lost'],
    steps: own('login', 'lost-id', 'login', 'services'),
    sources: ['research-4.3'],
  },
];

export const educonnect: PortalDef = {
  id: 'educonnect',
  name: PORTAL_NAMES.educonnect,
  officialUrl: 'https://educonnect.education.gouv.fr/',
  hosts: PORTAL_HOSTS.educonnect,
  steps,
  // The content script's builds leave the journeys out: the background follows them (modules/content-entries.ts).
  journeys: CONTENT_BUILD ? [] : journeys(),
  // Seed 002: « Au moins 8 caractères, au moins 1 majuscule et au moins un caractère spécial ( !?@#&=+-%<>) ».
  // Nothing stricter: no source says other characters are refused (ent-pages.md §5b), so they are advice only.
  password: {
    minLength: 8,
    required: ['upper', 'special'],
    recommended: ['lower', 'digit'],
    specials: '!?@#&=+-%<>',
    sources: ['seed-002:Étape 3', 'research-5b:EduConnect'],
  },
  // The chatbot and the maintenance banner over the login page (research §5b).
  obstructions: [EDUCONNECT_CHATBOT, EDUCONNECT_MAINTENANCE],
};

// The content script's build imports each portal by its file's default export (modules/content-entries.ts).
export default educonnect;
