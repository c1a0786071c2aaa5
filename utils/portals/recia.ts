/**
 * GIP RECIA platform (Net O'Centre and Touraine e-school share it): uPortal portals, the shared CAS
 * (legacy esco CAS and the new CAS 7 with the `r-wayf` chooser), and cerbere2 account activation.
 * Sources: ../shared/research/ent-pages.md §1–§2, seeds 000, 001, 003.
 *
 * cerbere2 URLs lag one page behind the content (JSF postbacks), so its sub-steps are told apart by what
 * the page shows; file names such as `perdu.xhtml` are only hints.
 */
import type {
  FrontDef,
  HostGroup,
  JourneyDef,
  PasswordRuleDef,
  PortalId,
  Probe,
  Situation,
  SituationVariant,
  StepDef,
  TargetDef,
  UrlTest,
} from './types';
import { CAS_LOGIN_FAILED_TEXT } from './apereo-cas';

export { RECIA_CAS } from './hosts';

const CAS_PATH = /^\/cas(\/|$)/;
const CERBERE = /^\/cerbere2(\/|$)/;
const PORTAL_PATH = /^\/($|portail(\/|$)|index\.html?$)/;

const PASSWORD = 'input[type=password]';
/** Search boxes are not a step's fields (a help page's search, a news page's search typed password by mistake). */
const NOT_SEARCH = '[role=search], form[action*="recherche" i], form[action*="search" i]';
/** A text field of the page's own form: typed text, e-mail, or an input whose type was left out. */
const TEXT_FIELD = 'input[type=text], input[type=email], input:not([type])';
/**
 * A step's words where a page shows them (heading, label, message, button), not quoted inside a help
 * paragraph: elements of at most 160 normalised characters.
 */
const SHORT = 'h1, h2, h3, h4, h5, h6, legend, label, button, th, dt, [role=heading], [role=status], [role=alert], p, li, span, strong, b, div, a';
const shortText = (text: readonly string[]): Probe => ({ css: SHORT, text, maxLength: 160 });
/** Logout controls of a logged-in portal page: a link, or a form button posting to a logout URL. */
const LOGOUT =
  'a[href*="Logout"], a[href*="logout"], a[href*="deconnexion" i], form[action*="logout" i] button, form[action*="logout" i] input[type=submit]';
const ERROR_PANEL =
  '#loginErrorsPanel, #fm1-b .alert-danger, #msg.errors, .errors, #information.errors, [role=alert].alert-danger, .alert.alert-danger, .banner-danger';

/** A link whose own text or href says "activate my account". */
const ACTIVATE_LINK: TargetDef = { css: 'a[href*="/cerbere2/"], a.btn, a', text: ['activer mon compte'] };
/** The login page's lost-password link (`a#password-forgotten` on the new CAS, a link to `perdu.xhtml`). */
const LOST_LINK: TargetDef = { css: 'a#password-forgotten, a[href*="perdu"], a', text: ['mot de passe oublie'] };

/** Every road the question offers where they part on a RECIA portal (home, chooser). */
const ALL_ROADS: readonly Situation[] = ['first-ent', 'first-educonnect', 'signup-educonnect', 'everyday-ent', 'everyday-educonnect', 'lost'];
/** The same variant for several situations (the two ENT roads share the chooser's tile…). */
const forRoads = (roads: readonly Situation[], v: SituationVariant): Partial<Record<Situation, SituationVariant>> =>
  Object.fromEntries(roads.map((r) => [r, v]));

/** The EduConnect tile (`idpId=parentEleveEN-IdP`) in every markup seen: legacy, `r-wayf`, CAS 6/7 lists. */
const EDU_TILE =
  'a#parentEleveEN-IdP, #parentEleveEN-IdP a, a.parentEleveEN-IdP, a[href*="idpId=parentEleveEN-IdP"], button[name=idpId][value="parentEleveEN-IdP"], a[href*="client_name=educonnect"]';
/** The local-account tile (`idpId=autres-publics`). */
const LOCAL_TILE =
  'a#autres-publics, #autres-publics a, a.autres-publics, a[href*="idpId=autres-publics"], button[name=idpId][value="autres-publics"]';
/** The chooser's tiles as a whole: the highlight while the road is not known (it picks no tile). */
const TILES = ['r-wayf', '#wayf .idpsList', '.idpsList', '#loginProviders ul', 'form ul.tiles', '#loginProviders', '#wayf', { css: 'ul', text: ['autre public'] }];

/**
 * MCE's rule (research §5b, `PasswordService.java`): at least 12 characters and at least 3 of the 4 kinds; the
 * confirmation must match and an old password is refused (the help says so: nothing here can check it).
 */
export const MCE_PASSWORD_RULE: PasswordRuleDef = {
  minLength: 12,
  minKinds: 3,
  required: [],
  recommended: ['lower', 'upper', 'digit', 'special'],
  sources: ['research-5b:MCE'],
};

/**
 * MCE (« Mon Compte ENT »), RECIA's new activation front (research §5b): a Vue app whose host and path are not
 * known, so its screens are told by their own fields and card on any page of the portal and CAS hosts. One
 * card changes content without a page load (the recogniser re-runs on mutations, clicks and changes).
 */
const MCE_URL: UrlTest = { hosts: ['portal', 'cas'] };
const MCE_CARD = 'main.activation-panel';
const MCE_LOST_CARD = 'main.forgot-password-panel';
const MCE_SOURCES = ['research-5b:MCE'];
/** Above cerbere2's steps and the CAS login, should MCE come to serve their addresses. */
const MCE_PRIORITY = 5;
const CHARTER_BOX = `#activation-charte, ${MCE_CARD} .charte-block input[type=checkbox]`;
const EMAIL_FIELD = `#activation-email, ${MCE_CARD} input[type=email]`;
const NEW_PASSWORD_FIELD = `#activation-new-password, ${MCE_CARD} input[autocomplete=new-password]`;
const CODE_FIELD = `#verify-code, ${MCE_CARD} input[autocomplete=one-time-code]`;
/** On the one combined form, the tasks still to do, in the form's (and the server's) order. */
const CHARTER_TODO: Probe = { css: CHARTER_BOX, visible: true, checked: false };
const EMAIL_TODO: Probe = { css: EMAIL_FIELD, visible: true, valid: false };
/** The new password and its confirmation, wherever MCE asks for them (combined form, reset form). */
const MCE_NEW_PASSWORD = { fields: PASSWORD };
/** The combined form is not the lost-password card's reset form. */
const NOT_LOST_CARD: Probe = { css: MCE_LOST_CARD };
/** MCE's messages (`div.alert-message--error`, `role="alert"`). */
const MCE_ERROR: Probe = { css: '.alert-message--error, [role=alert]', visible: true };

/** MCE's fronts of the activation and lost-password steps, in the order the family meets them. */
const MCE: Record<'login' | 'terms' | 'email' | 'code' | 'password' | 'done', FrontDef> & { lost: readonly FrontDef[] } = {
  login: {
    front: 'mce',
    sources: MCE_SOURCES,
    url: MCE_URL,
    require: [{ css: PASSWORD, notIn: NOT_SEARCH }],
    reject: [{ css: PASSWORD, count: 2 }, NOT_LOST_CARD],
    confirm: [{ css: '#connexion-password' }, { css: `${MCE_CARD} input[autocomplete=current-password]` }],
    // Other markup: the card's title with a field labelled « Mot de passe temporaire ».
    text: ['activation de votre compte'],
    textAlso: ['mot de passe temporaire'],
    priority: MCE_PRIORITY,
    target: ['#connexion-login', 'input[type=text]:not([readonly])', 'input:not([type])', '#connexion-password', PASSWORD],
    states: [{ id: 'error', sources: MCE_SOURCES, when: MCE_ERROR, help: 'recia.mce_activation_login_error', target: ['#connexion-password', PASSWORD] }],
    help: 'recia.mce_activation_login',
    leadsTo: ['activation-terms'],
  },
  terms: {
    front: 'mce',
    sources: MCE_SOURCES,
    url: MCE_URL,
    // The box shown: ticked, the later tasks (priority above) take over; alone on the form, it stays here.
    require: [{ css: CHARTER_BOX, visible: true }],
    reject: [NOT_LOST_CARD],
    confirm: [{ css: '#activation-charte' }, { css: `${MCE_CARD} .charte-block` }],
    priority: MCE_PRIORITY,
    target: [{ css: 'label', text: "j'accepte" }, CHARTER_BOX],
    newPassword: MCE_NEW_PASSWORD,
    password: MCE_PASSWORD_RULE,
    help: 'recia.mce_activation_terms',
    leadsTo: ['activation-email', 'activation-password', 'activation-done'],
  },
  email: {
    front: 'mce',
    sources: MCE_SOURCES,
    url: MCE_URL,
    require: [{ css: EMAIL_FIELD, visible: true }],
    reject: [CHARTER_TODO, NOT_LOST_CARD],
    confirm: [{ css: EMAIL_FIELD }],
    priority: MCE_PRIORITY + 1,
    target: [EMAIL_FIELD],
    newPassword: MCE_NEW_PASSWORD,
    password: MCE_PASSWORD_RULE,
    help: 'recia.mce_activation_email',
    leadsTo: ['activation-password'],
  },
  password: {
    front: 'mce',
    sources: MCE_SOURCES,
    url: MCE_URL,
    require: [{ css: NEW_PASSWORD_FIELD, visible: true }, { css: PASSWORD, count: 2 }],
    reject: [CHARTER_TODO, EMAIL_TODO, NOT_LOST_CARD],
    confirm: [{ css: '#activation-new-password' }, { css: `${MCE_CARD} input[type=password]`, count: 2 }],
    priority: MCE_PRIORITY + 2,
    target: [NEW_PASSWORD_FIELD, PASSWORD],
    newPassword: MCE_NEW_PASSWORD,
    password: MCE_PASSWORD_RULE,
    states: [{ id: 'error', sources: MCE_SOURCES, when: MCE_ERROR, help: 'recia.mce_activation_form_error' }],
    help: 'recia.mce_activation_password',
    // With an e-mail on the form, the code screen (`activation-email`, state `code`); without, « Compte activé ».
    leadsTo: ['activation-email', 'activation-done'],
  },
  code: {
    front: 'mce',
    sources: MCE_SOURCES,
    url: MCE_URL,
    require: [{ css: CODE_FIELD, visible: true }],
    reject: [{ css: PASSWORD }, NOT_LOST_CARD],
    confirm: [{ css: '#verify-code' }, { css: CODE_FIELD }],
    priority: MCE_PRIORITY,
    target: [CODE_FIELD],
    states: [{ id: 'code', sources: MCE_SOURCES, when: { css: CODE_FIELD }, help: 'recia.mce_code', target: [CODE_FIELD] }],
    help: 'recia.mce_code',
    leadsTo: ['activation-done'],
  },
  done: {
    front: 'mce',
    sources: MCE_SOURCES,
    url: MCE_URL,
    reject: [{ css: PASSWORD }, { css: CODE_FIELD }, NOT_LOST_CARD],
    // « Compte activé », or « Adresse email vérifiée » after the code: the card's title or its success message.
    confirm: [
      { css: `${MCE_CARD} h3, ${MCE_CARD} .card-header, .alert-message--success`, text: ['compte active', 'adresse email verifiee'], notText: ['desactive'], maxLength: 120 },
    ],
    priority: MCE_PRIORITY,
    // The title the text quotes (the way on to the login is not known: the help names the portal's).
    target: [`${MCE_CARD} .card-header h3`, `${MCE_CARD} h3`, '.alert-message--success'],
    help: 'recia.mce_activation_done',
    leadsTo: ['login'],
  },
  lost: [
    {
      // The choice: « Je connais mon identifiant » / « Je ne connais pas mon identifiant ».
      front: 'mce',
      sources: MCE_SOURCES,
      url: MCE_URL,
      reject: [{ css: 'input[type=text], input[type=email], input[type=password], input:not([type]), select' }],
      confirm: [
        { css: `${MCE_LOST_CARD} button, ${MCE_LOST_CARD} a, ${MCE_LOST_CARD} label`, text: ['je connais mon identifiant'] },
        // Other markup: both choices as buttons (a help page quotes them in sentences or links, not buttons).
        { css: 'button, [role=button], label', text: ['je connais mon identifiant', 'je ne connais pas mon identifiant'], maxLength: 60, count: 2 },
      ],
      priority: MCE_PRIORITY,
      target: [`${MCE_LOST_CARD} .card-body`, `${MCE_LOST_CARD} form`, { css: 'button, [role=button], label, a', text: ['je connais mon identifiant'] }],
      help: 'recia.mce_lost_choice',
      leadsTo: ['lost-password'],
    },
    {
      front: 'mce',
      sources: MCE_SOURCES,
      url: MCE_URL,
      require: [{ css: '#known-login', visible: true }],
      reject: [{ css: PASSWORD }],
      confirm: [{ css: '#known-login' }],
      priority: MCE_PRIORITY,
      target: ['#known-login'],
      states: [{ id: 'error', sources: MCE_SOURCES, when: MCE_ERROR, help: 'recia.mce_lost_error' }],
      help: 'recia.mce_lost_known',
      leadsTo: ['lost-password'],
    },
    {
      front: 'mce',
      sources: MCE_SOURCES,
      url: MCE_URL,
      require: [{ css: '#recover-nom', visible: true }],
      reject: [{ css: PASSWORD }],
      confirm: [{ css: '#recover-nom' }, { css: '#recover-prenom' }],
      priority: MCE_PRIORITY,
      target: ['#recover-nom'],
      states: [{ id: 'error', sources: MCE_SOURCES, when: MCE_ERROR, help: 'recia.mce_lost_error' }],
      help: 'recia.mce_lost_recover',
      leadsTo: ['lost-password'],
    },
    {
      // « Réinitialiser mon mot de passe »: the e-mailed code, the new password and its confirmation.
      front: 'mce',
      sources: MCE_SOURCES,
      url: MCE_URL,
      require: [{ css: PASSWORD, count: 2, notIn: NOT_SEARCH }],
      confirm: [{ css: `${MCE_LOST_CARD} input[type=password]` }, { css: 'h1, h2, h3, [role=heading]', text: ['reinitialiser mon mot de passe'], maxLength: 60 }],
      priority: MCE_PRIORITY + 3,
      target: [
        `${MCE_LOST_CARD} input[autocomplete=one-time-code]`,
        `${MCE_LOST_CARD} input[inputmode=numeric]`,
        'input[autocomplete=one-time-code]',
        PASSWORD,
      ],
      newPassword: MCE_NEW_PASSWORD,
      password: MCE_PASSWORD_RULE,
      states: [{ id: 'error', sources: MCE_SOURCES, when: MCE_ERROR, help: 'recia.mce_lost_error' }],
      help: 'recia.mce_lost_reset',
      leadsTo: ['login'],
    },
    {
      front: 'mce',
      sources: MCE_SOURCES,
      url: MCE_URL,
      reject: [{ css: PASSWORD }],
      confirm: [{ css: `${MCE_LOST_CARD} h3, ${MCE_LOST_CARD} .card-header, .alert-message--success`, text: ['mot de passe reinitialise'], maxLength: 120 }],
      priority: MCE_PRIORITY,
      target: [`${MCE_LOST_CARD} .card-header h3`, `${MCE_LOST_CARD} h3`, '.alert-message--success'],
      help: 'recia.mce_lost_done',
      leadsTo: ['login'],
    },
  ],
};

/** Text help keys may be overridden per portal (Touraine e-school: no e-mail, secret questions). */
export interface ReciaOverrides {
  /** i18n prefix for portal-specific variants, e.g. `touraine`. */
  prefix: string;
  /** Steps whose help lives under the portal prefix instead of `recia`. */
  own: readonly string[];
  /** Override of targets per step id. */
  targets?: Readonly<Record<string, readonly (string | TargetDef)[]>>;
}

export function reciaSteps(o: ReciaOverrides): StepDef[] {
  const help = (key: string) => `${o.own.includes(key) ? o.prefix : 'recia'}.${key}`;
  const steps: StepDef[] = [
    {
      id: 'home',
      sources: ['research-1.2', 'seed-000:Se connecter', 'seed-003:1', 'seed-000'],
      url: { hosts: ['portal'], path: PORTAL_PATH },
      confirm: [
        { css: '#portalCASLoginLink' },
        { css: 'a[href*="/cas/login"]', text: ['se connecter', 'connexion', 'identifier'] },
      ],
      text: ['se connecter'],
      textAlso: ['espace numerique de travail', 'ent'],
      reject: [{ css: LOGOUT }],
      target: ['#portalCASLoginLink', { css: 'a[href*="/cas/login"]' }, { css: 'a, button', text: 'se connecter' }],
      help: help('home'),
      // Every road starts with « Se connecter »: the question is asked here so that the chooser is right.
      asks: ALL_ROADS,
      leadsTo: ['profile-chooser'],
    },
    {
      id: 'profile-chooser',
      sources: ['research-1.3', 'seed-000:Elève ou parent', 'seed-003:1', 'seed-000'],
      url: { hosts: ['cas'], path: CAS_PATH, queryAgainst: ['idpId'] },
      confirm: [
        { css: 'r-wayf' },
        { css: '#wayf .idpsList, #wayf a.idpItem, .idpsList' },
        { css: '.parentEleveEN-IdP, #parentEleveEN-IdP, .autres-publics, #autres-publics, .catel-IdP' },
        { css: 'a[href*="idpId="]', count: 2 },
        // CAS 6-style chooser: one submit button (or radio) per IdP, posting `idpId`.
        { css: 'button[name=idpId], input[name=idpId]:not([type=hidden])', count: 2 },
        // Apereo CAS 6/7 delegated-authentication providers list (`clientredirect?client_name=…`).
        { css: 'a[href*="clientredirect"]', count: 2 },
      ],
      text: ['bienvenue dans votre ent', 'selectionner votre profil'],
      textAlso: ['autre public', 'eleve ou parent', 'eleves ou parent', 'personnel'],
      reject: [{ css: PASSWORD, visible: true }],
      priority: 1,
      // The road is not known yet: the tiles as a whole, and a text that picks none (the card asks).
      target: TILES,
      choices: {
        css: 'a[href*="idpId="]',
        value: { hrefParam: 'idpId' },
      },
      help: help('profile_chooser'),
      asks: ALL_ROADS,
      leadsTo: ['login'],
      // Seeds 000 and 003 say « Élève ou parent » then « Activer mon compte »; today's CAS sends « Élève(s) ou
      // parent » to EduConnect and local accounts to « Autre public » (research §1.3): the letter decides.
      bySituation: {
        ...forRoads(['first-ent', 'everyday-ent'], {
          target: [LOCAL_TILE, { css: 'a, button, li', text: ['autre public'] }, 'r-wayf'],
          help: help('profile_chooser_ent'),
          leadsTo: ['login'],
          sources: ['research-1.3', 'research-1.4'],
        }),
        ...forRoads(['first-educonnect', 'signup-educonnect', 'everyday-educonnect'], {
          // Each markup's own label, and the text that quotes it: « Élève ou parent » (legacy CAS) or
          // « Élèves ou parent (éducation nationale) » (new CAS); never the agricultural tile.
          target: [
            { css: EDU_TILE, text: ['eleves ou parent'], help: help('profile_chooser_educonnect_new') },
            { css: EDU_TILE, text: ['eleve ou parent'], notText: ['agricole'], help: help('profile_chooser_educonnect') },
            { css: 'a, button, li', text: ['eleves ou parent (education nationale)'], help: help('profile_chooser_educonnect_new') },
            { css: 'a, button', text: ['eleve ou parent'], notText: ['agricole'], help: help('profile_chooser_educonnect') },
            { css: 'r-wayf', help: help('profile_chooser_educonnect_new') },
          ],
          help: help('profile_chooser_educonnect'),
          leadsTo: ['login'],
          sources: ['research-1.3', 'research-1.5', 'seed-003:1'],
        }),
        // Lost: the family's usual tile; the next page has the lost-password link (either account).
        lost: { target: TILES, help: help('profile_chooser_lost'), leadsTo: ['login'], sources: ['research-1.4', 'research-4.3'] },
      },
    },
    {
      id: 'login',
      sources: ['research-1.4', 'seed-003:8', 'seed-000:Activer mon compte', 'seed-001:Activer mon compte'],
      url: { hosts: ['cas'], path: CAS_PATH, queryHints: { idpId: /autres-publics/ } },
      require: [{ css: PASSWORD }],
      confirm: [
        { css: '#fm1 input[type=password], #localAuthLoginButton' },
        { css: 'a[href*="/cerbere2/"]' },
        { css: 'form input[name=username]' },
      ],
      text: ['identifiant'],
      textAlso: ['mot de passe'],
      // The road is not known: the whole form (fields and links); the text picks none.
      target: ['form#fm1', { css: 'form', text: ['identifiant'] }, '#username', 'input[name=username]'],
      asks: ['first-ent', 'everyday-ent', 'lost'],
      bySituation: {
        // « Activer mon compte » only for a first connection with the letter (seed 000, research §1.4).
        'first-ent': { target: [ACTIVATE_LINK], help: help('login_first'), leadsTo: ['activation-login'], sources: ['seed-000', 'seed-001', 'research-1.4'] },
        // Everyday: the password the family chose, never the letter's (seed 003, step 8).
        'everyday-ent': {
          target: ['#username', 'input[name=username]', 'form input[type=text]', 'input[autocomplete=username]', 'form input:not([type])'],
          help: help('login'),
          leadsTo: ['services'],
          sources: ['seed-003:8', 'research-1.4'],
        },
        lost: { target: [LOST_LINK], help: help('login_lost'), leadsTo: ['lost-password'], sources: ['research-1.4'] },
      },
      states: [
        {
          id: 'error',
          sources: ['research-1.4', 'research-1.7', 'seed-003:2'],
          when: { css: ERROR_PANEL, visible: true },
          help: 'recia.login_error',
          target: ['#password', PASSWORD],
        },
        {
          id: 'error',
          sources: ['research-1.4', 'research-1.7', 'seed-003:2'],
          when: { css: 'p, span, li, strong, small, label, [role=alert]', text: CAS_LOGIN_FAILED_TEXT, visible: true, maxLength: 200 },
          help: 'recia.login_error',
          target: ['#password', PASSWORD],
        },
      ],
      help: help('login_ask'),
    },
    {
      id: 'account-choice',
      sources: ['research-1.6'],
      url: { hosts: ['cas'], path: CAS_PATH },
      confirm: [
        { css: '#cas-profile-tiles' },
        { css: 'form[id^="form-"] input[name="_eventId"][value="select"]' },
        // Protocol fields outlive ids: one form per account posting `_eventId=select`.
        { css: 'form input[name="_eventId"][value="select"]' },
      ],
      text: ['connexion a plusieurs comptes possible'],
      priority: 2,
      target: ['#cas-profile-tiles button', '#cas-profile-tiles form', '#cas-profile-tiles', 'form button[type=submit], form input[type=submit]'],
      help: help('account_choice'),
      leadsTo: ['services'],
    },
    {
      id: 'activation-login',
      phase: 'activation',
      sources: ['research-1.7', 'seed-000:cerbere2', 'seed-001:Identification', 'seed-003:2', 'research-5b:MCE', 'seed-000', 'seed-001'],
      url: { hosts: ['portal'], path: CERBERE, pathHint: /^\/cerbere2\/?$/ },
      require: [{ css: PASSWORD }],
      reject: [{ css: PASSWORD, count: 2 }],
      confirm: [shortText(['mot de passe provisoire', 'mot de passe temporaire'])],
      text: ['identification'],
      textAlso: ['activer', 'premiere fois', 'provisoire'],
      target: ['input[type=text]:not([readonly])', 'input:not([type])', PASSWORD],
      states: [{ id: 'error', sources: ['research-1.4', 'research-1.7', 'seed-003:2'], when: { css: '.error, .errors, .ui-messages-error, [role=alert]', visible: true }, help: 'recia.activation_login_error', target: [PASSWORD] }],
      help: help('activation_login'),
      evidence: 'first-ent',
      leadsTo: ['activation-terms'],
      fronts: [MCE.login],
    },
    {
      id: 'activation-terms',
      phase: 'activation',
      sources: ['research-1.7', 'seed-000:Conditions Générales', 'seed-001:Conditions Générales', 'seed-003:3', 'seed-000', 'seed-001'],
      url: { hosts: ['portal'], path: CERBERE, pathHint: /connexion\.xhtml$/ },
      require: [{ css: 'input[type=checkbox], [role=checkbox]', notIn: NOT_SEARCH }],
      reject: [{ css: PASSWORD }],
      confirm: [shortText(["j'ai lu et j'accepte", "conditions generales d'utilisation", "j'accepte … conditions", "j'accepte … charte"])],
      text: ['cgu', "regles d'usage"],
      target: [
        { css: 'label', text: "j'accepte" },
        'input[type=checkbox]',
        '[role=checkbox]',
      ],
      help: help('activation_terms'),
      evidence: 'first-ent',
      leadsTo: ['activation-email'],
      fronts: [MCE.terms],
    },
    {
      id: 'activation-email',
      phase: 'activation',
      sources: ['research-1.7', 'seed-000:Adresses de messagerie', 'seed-001:adresse mail', 'seed-003:4', 'seed-000', 'seed-001'],
      url: { hosts: ['portal'], path: CERBERE, pathHint: /charte\.xhtml$/ },
      require: [{ css: `input[name*="mail" i], input[id*="mail" i], ${TEXT_FIELD}`, notIn: NOT_SEARCH }],
      reject: [{ css: PASSWORD }, { css: 'select, [role=combobox]', count: 2 }],
      confirm: [
        shortText([
          'adresses de messagerie',
          'adresse electronique',
          'adresse de messagerie',
          'adresse e-mail',
          'adresse email',
          'adresse mail',
          'adresse courriel',
        ]),
      ],
      target: o.targets?.['activation-email'] ?? [
        'input[type=email]',
        'input[name*="mail" i]',
        'input[id*="mail" i]',
        'input[type=text]',
      ],
      help: help('activation_email'),
      evidence: 'first-ent',
      // With an address, the password (set through the mail's link: seeds 000, 001); without, the secret
      // questions first (seed 003): two journeys hold the two orders.
      leadsTo: ['activation-password', 'activation-questions'],
      fronts: [MCE.email, MCE.code],
    },
    {
      id: 'activation-questions',
      phase: 'activation',
      sources: ['seed-003:5', 'seed-001:questions secrètes', 'research-1.7', 'seed-001'],
      url: { hosts: ['portal'], path: CERBERE },
      require: [{ css: 'select, [role=combobox], [role=listbox]', notIn: NOT_SEARCH }],
      reject: [{ css: PASSWORD }],
      confirm: [shortText(['questions secretes', 'question secrete'])],
      priority: 1,
      target: ['select', '[role=combobox]', '[role=listbox]'],
      help: help('activation_questions'),
      evidence: 'first-ent',
      // Before the password (seed 003) or after it (seed 001, CFA).
      leadsTo: ['activation-password', 'activation-done'],
    },
    {
      id: 'activation-password',
      phase: 'activation',
      sources: ['seed-003:6', 'seed-001:mot de passe personnalisé', 'seed-000:nouveau mot de passe', 'research-5b:MCE', 'seed-000', 'seed-001', 'research-1.7'],
      url: { hosts: ['portal'], path: CERBERE },
      require: [{ css: PASSWORD, count: 2 }],
      confirm: [{ css: PASSWORD, count: 2 }],
      reject: [{ text: 'mot de passe provisoire' }],
      target: [PASSWORD],
      newPassword: { fields: PASSWORD },
      help: help('activation_password'),
      evidence: 'first-ent',
      leadsTo: ['activation-questions', 'activation-done'],
      fronts: [MCE.password],
    },
    {
      id: 'activation-done',
      phase: 'activation',
      sources: ['seed-003:7', 'seed-001:ici', 'research-5b:MCE', 'seed-001', 'research-1.7'],
      url: { hosts: ['portal'], path: CERBERE },
      confirm: [shortText(['compte active', 'compte … est maintenant actif', 'compte … a bien ete active', 'compte … a ete active', 'compte … est active'])],
      reject: [{ css: PASSWORD }],
      priority: 2,
      target: [{ css: 'a', text: ['ici'] }, { css: 'a, button', text: ['acces ent', 'connexion'] }, 'a[href*="/cas/"]', 'a[href*="/portail"]'],
      help: help('activation_done'),
      evidence: 'first-ent',
      // From here the account is active: the remembered answer becomes `everyday-ent`.
      endsFirstConnection: true,
      leadsTo: ['login'],
      fronts: [MCE.done],
    },
    {
      id: 'lost-password',
      sources: ['research-1.4', 'research-1.7', 'research-5b:MCE', 'research-5b'],
      url: { hosts: ['portal'], path: CERBERE, pathHint: /perdu\.xhtml$/ },
      // A field for the identifiant or the e-mail: a help page quoting « Mot de passe perdu » has none.
      require: [{ css: TEXT_FIELD, notIn: NOT_SEARCH }],
      reject: [{ css: PASSWORD }],
      confirm: [
        shortText([
          'mot de passe perdu',
          'mot de passe oublie',
          'recuperer votre mot de passe',
          'reinitialiser votre mot de passe',
          'oublie … mot de passe',
          'reinitialisation … mot de passe',
        ]),
      ],
      text: ['perdu'],
      textAlso: ['mot de passe'],
      target: ['input[type=text]', 'input[type=email]', 'input:not([type=hidden])'],
      help: help('lost_password'),
      evidence: 'lost',
      recovers: 'ent',
      leadsTo: ['login'],
      fronts: MCE.lost,
    },
    {
      id: 'services',
      sources: ['seed-000:vie scolaire', 'seed-003:9', 'research-6', 'seed-000'],
      url: { hosts: ['portal'], path: PORTAL_PATH },
      confirm: [{ css: LOGOUT }, { css: 'a, button', text: ['se deconnecter'] }],
      text: ['deconnexion', 'se deconnecter'],
      textAlso: ['pronote', 'vie scolaire', 'accueil'],
      reject: [{ css: '#portalCASLoginLink' }],
      target: [
        { css: 'a', text: ['pronote'] },
        'a[href*="pronote" i]',
        { css: 'a, button, li', text: ['vie scolaire'] },
      ],
      help: help('services'),
      signedIn: true,
    },
  ];
  return steps;
}

/** cerbere2 rule (seeds 000, 001, 003): 8 characters minimum; a mix of character kinds is advised. */
export const RECIA_PASSWORD: PasswordRuleDef = {
  minLength: 8,
  required: [],
  recommended: ['lower', 'upper', 'digit', 'special'],
  sources: ['seed-003:6', 'research-5b:MCE'],
};

/**
 * The journeys of a RECIA portal, one per situation, named after the family's letter (`prefix` names them:
 * `netocentre-activation`, `touraine-login`…). The first connection with the ENT letter has two orders
 * (docs/decisions/situations.md): with an e-mail address, the password (through the mail's link, seeds 000
 * and 001) then the secret questions if asked (seed 001); without one, the secret questions then the password
 * (seed 003). `noEmailFirst` puts the portal's usual order first (Touraine e-school: seed 003).
 */
export function reciaJourneys(portal: PortalId, prefix: string, o: { noEmailFirst?: boolean } = {}): JourneyDef[] {
  const own = (...steps: string[]) => steps.map((step) => ({ portal, step }));
  const edu = (...steps: string[]) => steps.map((step) => ({ portal: 'educonnect' as const, step }));
  // cerbere2's activation pages (not MCE's: its own journey below, the page tells which front it is).
  const cerbere = (...steps: string[]) => steps.map((step) => ({ portal, step, front: null }));
  const mce = (step: string, state?: string | null) => ({ portal, step, front: 'mce', ...(state !== undefined && { state }) });
  const start = [...own('home', 'profile-chooser', 'login'), ...cerbere('activation-login', 'activation-terms', 'activation-email')];
  const end = [...cerbere('activation-done'), ...own('login', 'services')];
  const withEmail: JourneyDef = {
    id: `${prefix}-activation`,
    name: 'journey.letter_ent',
    situations: ['first-ent'],
    steps: [...start, ...cerbere('activation-password', 'activation-questions'), ...end],
    sources: ['seed-000', 'seed-001', 'research-1.4', 'research-1.7'],
  };
  const noEmail: JourneyDef = {
    id: `${prefix}-activation-no-email`,
    name: 'journey.letter_ent_no_email',
    situations: ['first-ent'],
    steps: [...start, ...cerbere('activation-questions', 'activation-password'), ...end],
    sources: ['seed-003', 'research-1.7'],
  };
  // MCE (research §5b): one form walked in its order (charter, e-mail, password), then the e-mailed code
  // (`activation-email` again, state `code`), then « Compte activé ». Blocks the account does not need are
  // skipped forward.
  const withMce: JourneyDef = {
    id: `${prefix}-activation-mce`,
    name: 'journey.letter_ent_mce',
    situations: ['first-ent'],
    steps: [
      ...own('home', 'profile-chooser', 'login'),
      mce('activation-login'),
      mce('activation-terms'),
      mce('activation-email', null),
      mce('activation-password'),
      mce('activation-email', 'code'),
      mce('activation-done'),
      ...own('login', 'services'),
    ],
    sources: ['research-5b:MCE', 'research-1.4', 'research-1.7'],
  };
  return [
    ...(o.noEmailFirst ? [noEmail, withEmail] : [withEmail, noEmail]),
    withMce,
    {
      id: `${prefix}-educonnect`,
      name: 'journey.letter_educonnect',
      situations: ['first-educonnect'],
      steps: [
        ...own('home', 'profile-chooser'),
        ...edu('login', 'identity-check', 'activation', 'activation-done'),
        ...own('account-choice', 'services'),
      ],
      sources: ['seed-002', 'research-1.3', 'research-1.5', 'research-4.5'],
    },
    {
      // No letter: the EduConnect profile, then the account created on EduConnect (research §4.5, §5b).
      id: `${prefix}-signup`,
      name: 'journey.signup_educonnect',
      situations: ['signup-educonnect'],
      steps: [...own('home', 'profile-chooser'), ...edu('login', 'signup')],
      sources: ['research-1.3', 'research-4.5', 'research-5b:EduConnect'],
    },
    {
      id: `${prefix}-login`,
      name: 'journey.everyday_ent',
      situations: ['everyday-ent'],
      steps: own('home', 'profile-chooser', 'login', 'services'),
      sources: ['seed-003:8', 'research-1.4'],
    },
    {
      id: `${prefix}-educonnect-login`,
      name: 'journey.everyday_educonnect',
      situations: ['everyday-educonnect'],
      steps: [...own('home', 'profile-chooser'), ...edu('login'), ...own('services')],
      sources: ['research-1.3', 'research-1.5', 'research-4.3'],
    },
    {
      id: `${prefix}-lost-password`,
      name: 'journey.lost',
      situations: ['lost'],
      // After the recovery page, the login with the new password (the everyday one) and the ENT.
      steps: own('home', 'profile-chooser', 'login', 'lost-password', 'login', 'services'),
      sources: ['research-1.4', 'research-1.7', 'seed-003:8'],
    },
    {
      id: `${prefix}-lost-educonnect`,
      name: 'journey.lost_educonnect',
      situations: ['lost'],
      steps: [...own('home', 'profile-chooser'), ...edu('login', 'lost-password', 'login'), ...own('services')],
      sources: ['research-4.3'],
    },
  ];
}
