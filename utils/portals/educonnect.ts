/**
 * EduConnect, the national login of the Éducation nationale (educonnect.education.gouv.fr).
 * Sources: seed 002, ../shared/research/ent-pages.md §4.
 *
 * - The Shibboleth browser check (`execution=e1s1`: hidden inputs only, auto-submitted) is not a step: every
 *   step below needs a visible control, so it is never claimed.
 * - `execution=eXsY` changes with every postback and after errors: it is never used as evidence.
 * - The activation screens are not documented (ent-pages.md §4.5 [?]): `activation` is recognised by the
 *   host, two password fields and a date of birth, whatever their names.
 */
import type { JourneyDef, PortalDef, Probe, StepDef } from './types';
import { PORTAL_NAMES } from './names';
import { PORTAL_HOSTS } from './hosts';
import { EDUCONNECT_CHATBOT, EDUCONNECT_MAINTENANCE } from './obstructions';

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

const steps: StepDef[] = [
  {
    id: 'login',
    sources: ['seed-002:Étape 1', 'research-4.3', 'research-5b:EduConnect', 'seed-002'],
    url: { hosts: ['idp'] },
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
    // « Responsable d'élève » first; the identifiant once a profile is chosen (or the form is in use). When the
    // form only shows after the choice (`#div_connexion.fr-hidden`), the hidden field is skipped anyway.
    target: [
      { css: USERNAME, when: { css: PROFILE_CHOSEN } },
      '#bouton_responsable',
      { css: 'button', text: ["responsable d'eleve", 'responsable'] },
      USERNAME,
      'input[autocomplete=username]',
      'form input[type=text]',
    ],
    states: [ERROR_SHOWN, { css: 'input[aria-invalid=true]' }, ERROR_TEXT].map((when) => ({
      id: 'error',
      when,
      help: 'educonnect.login_error',
      target: ['#password', PASSWORD],
      // The letter's temporary password only on a first connection (seed 002, Étape 4: « votre nouveau mot de
      // passe » afterwards).
      bySituation: { 'first-educonnect': { help: 'educonnect.login_error_first', sources: ['seed-002'] } },
      sources: ['seed-002', 'research-4.3'],
    })),
    choices: {
      css: PROFILE_BUTTONS,
      value: { attr: 'id' },
    },
    // No road known: « Responsable d'élève », then the identifiant, with a text true on every road.
    help: 'educonnect.login_ask',
    asks: ['first-educonnect', 'everyday-educonnect', 'lost'],
    bySituation: {
      'first-educonnect': {
        help: 'educonnect.login_first',
        leadsTo: ['identity-check', 'activation'],
        sources: ['seed-002:Etape 1', 'research-4.3', 'research-4.5', 'research-5b'],
      },
      // Everyday: the family's own password (seed 002, Étape 4), never the letter's.
      'everyday-educonnect': { help: 'educonnect.login', leadsTo: ['services'], sources: ['seed-002:Etape 4', 'research-4.3'] },
      lost: {
        target: [{ css: 'a', text: ['mot de passe perdu'] }, { css: 'a, button', text: ['identifiant perdu'] }],
        help: 'educonnect.login_lost',
        sources: ['seed-002:Etape 1', 'research-4.3'],
      },
    },
  },
  {
    id: 'identity-check',
    sources: ['research-4.4', 'research-4.5', 'research-5b:EduConnect'],
    url: { hosts: ['idp', 'account'] },
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
    evidence: 'first-educonnect',
    leadsTo: ['activation', 'services'],
  },
  {
    id: 'activation',
    phase: 'activation',
    sources: ['seed-002:Étapes 2 et 3', 'research-4.5', 'research-5b:EduConnect', 'seed-002:Etape 3', 'research-5b'],
    url: { hosts: ['idp', 'account'] },
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
    url: { hosts: ['idp', 'account'] },
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
  },
];

const own = (...s: string[]) => s.map((step) => ({ portal: 'educonnect' as const, step }));

/**
 * EduConnect's own journeys, used when the family arrives with no known origin (a link, a bookmark, the
 * Pronote app). No lost-password journey: EduConnect's recovery pages are not documented (research §5).
 */
const journeys: JourneyDef[] = [
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
];

export const educonnect: PortalDef = {
  id: 'educonnect',
  name: PORTAL_NAMES.educonnect,
  officialUrl: 'https://educonnect.education.gouv.fr/',
  hosts: PORTAL_HOSTS.educonnect,
  steps,
  journeys,
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
