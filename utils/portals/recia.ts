/**
 * GIP RECIA platform (Net O'Centre and Touraine e-school share it): uPortal portals, the shared CAS
 * (legacy esco CAS and the new CAS 7 with the `r-wayf` chooser), and cerbere2 account activation.
 * Sources: ../shared/research/ent-pages.md §1–§2, seeds 000, 001, 003.
 *
 * cerbere2 URLs lag one page behind the content (JSF postbacks), so its sub-steps are told apart by what
 * the page shows; file names such as `perdu.xhtml` are only hints.
 */
import type { JourneyDef, PasswordRuleDef, PortalId, Probe, StepDef, TargetDef } from './types';
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
      sources: ['research-1.2', 'seed-000:Se connecter', 'seed-003:1'],
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
    },
    {
      id: 'profile-chooser',
      sources: ['research-1.3', 'seed-000:Elève ou parent', 'seed-003:1'],
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
      target: [
        'a#parentEleveEN-IdP',
        '#parentEleveEN-IdP a',
        'a.parentEleveEN-IdP',
        '.parentEleveEN-IdP',
        'a[href*="idpId=parentEleveEN-IdP"]',
        '#parentEleveEN-IdP',
        'button[name=idpId][value="parentEleveEN-IdP"]',
        { css: 'a, button, li', text: ['eleve ou parent', 'eleves ou parent'] },
        'r-wayf',
      ],
      choices: {
        css: 'a[href*="idpId="]',
        value: { hrefParam: 'idpId' },
      },
      help: help('profile_chooser'),
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
      target: ['#username', 'input[name=username]', 'form input[type=text]', 'input[autocomplete=username]', 'form input:not([type])'],
      firstVisit: { target: [ACTIVATE_LINK], help: help('login_first') },
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
      help: help('login'),
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
    },
    {
      id: 'activation-login',
      sources: ['research-1.7', 'seed-000:cerbere2', 'seed-001:Identification', 'seed-003:2', 'research-5b:MCE'],
      url: { hosts: ['portal'], path: CERBERE, pathHint: /^\/cerbere2\/?$/ },
      require: [{ css: PASSWORD }],
      reject: [{ css: PASSWORD, count: 2 }],
      confirm: [shortText(['mot de passe provisoire', 'mot de passe temporaire'])],
      text: ['identification'],
      textAlso: ['activer', 'premiere fois', 'provisoire'],
      target: ['input[type=text]:not([readonly])', 'input:not([type])', PASSWORD],
      states: [{ id: 'error', sources: ['research-1.4', 'research-1.7', 'seed-003:2'], when: { css: '.error, .errors, .ui-messages-error, [role=alert]', visible: true }, help: 'recia.activation_login_error', target: [PASSWORD] }],
      help: help('activation_login'),
    },
    {
      id: 'activation-terms',
      sources: ['research-1.7', 'seed-000:Conditions Générales', 'seed-001:Conditions Générales', 'seed-003:3'],
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
    },
    {
      id: 'activation-email',
      sources: ['research-1.7', 'seed-000:Adresses de messagerie', 'seed-001:adresse mail', 'seed-003:4'],
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
    },
    {
      id: 'activation-questions',
      sources: ['seed-003:5', 'seed-001:questions secrètes', 'research-1.7'],
      url: { hosts: ['portal'], path: CERBERE },
      require: [{ css: 'select, [role=combobox], [role=listbox]', notIn: NOT_SEARCH }],
      reject: [{ css: PASSWORD }],
      confirm: [shortText(['questions secretes', 'question secrete'])],
      priority: 1,
      target: ['select', '[role=combobox]', '[role=listbox]'],
      help: help('activation_questions'),
    },
    {
      id: 'activation-password',
      sources: ['seed-003:6', 'seed-001:mot de passe personnalisé', 'seed-000:nouveau mot de passe', 'research-5b:MCE'],
      url: { hosts: ['portal'], path: CERBERE },
      require: [{ css: PASSWORD, count: 2 }],
      confirm: [{ css: PASSWORD, count: 2 }],
      reject: [{ text: 'mot de passe provisoire' }],
      target: [PASSWORD],
      newPassword: { fields: PASSWORD },
      help: help('activation_password'),
    },
    {
      id: 'activation-done',
      sources: ['seed-003:7', 'seed-001:ici', 'research-5b:MCE'],
      url: { hosts: ['portal'], path: CERBERE },
      confirm: [shortText(['compte active', 'compte … est maintenant actif', 'compte … a bien ete active', 'compte … a ete active', 'compte … est active'])],
      reject: [{ css: PASSWORD }],
      priority: 2,
      target: [{ css: 'a', text: ['ici'] }, { css: 'a, button', text: ['acces ent', 'connexion'] }, 'a[href*="/cas/"]', 'a[href*="/portail"]'],
      help: help('activation_done'),
    },
    {
      id: 'lost-password',
      sources: ['research-1.4', 'research-1.7', 'research-5b:MCE'],
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
    },
    {
      id: 'services',
      sources: ['seed-000:vie scolaire', 'seed-003:9', 'research-6'],
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
 * The journeys of a RECIA portal (`prefix` names them: `netocentre-activation`, `touraine-login`…):
 * first connection with the establishment's letter (cerbere2), EduConnect, everyday login, lost password.
 * Order after the e-mail page (docs/sources.md, « Where the tutorials disagree »): with an e-mail, the
 * password comes first, set through the link the mail holds (seeds 000, 001), then the secret questions if
 * asked (seed 001); Touraine e-school's guide gives no e-mail, so the questions come first (seed 003).
 */
export function reciaJourneys(portal: PortalId, prefix: string, order: 'password-first' | 'questions-first' = 'password-first'): JourneyDef[] {
  const own = (...steps: string[]) => steps.map((step) => ({ portal, step }));
  const edu = (...steps: string[]) => steps.map((step) => ({ portal: 'educonnect' as const, step }));
  return [
    {
      id: `${prefix}-activation`,
      name: 'journey.recia_activation', sources: ['seed-000', 'seed-001', 'seed-003', 'research-1.7'],
      steps: own(
        'home',
        'profile-chooser',
        'login',
        'activation-login',
        'activation-terms',
        'activation-email',
        ...(order === 'password-first' ? ['activation-password', 'activation-questions'] : ['activation-questions', 'activation-password']),
        'activation-done',
        'login',
        'services',
      ),
    },
    {
      id: `${prefix}-educonnect`,
      name: 'journey.recia_educonnect', sources: ['research-1.3', 'research-1.5', 'research-1.6', 'research-4.5'],
      steps: [
        ...own('home', 'profile-chooser'),
        ...edu('login', 'identity-check', 'activation', 'activation-done'),
        ...own('account-choice', 'services'),
      ],
    },
    { id: `${prefix}-login`, name: 'journey.recia_login', sources: ['seed-003:8', 'research-1.4'], steps: own('home', 'profile-chooser', 'login', 'services') },
    { id: `${prefix}-lost-password`, name: 'journey.recia_lost_password', sources: ['research-1.4', 'research-5b:MCE'], steps: own('login', 'lost-password', 'login') },
  ];
}
