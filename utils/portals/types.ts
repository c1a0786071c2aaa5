/**
 * Portal data model. A portal is pure data: its hosts, the steps of its journeys, and its password rule.
 * The generic recogniser (utils/recognize.ts) and the overlay read this; nothing else knows about portals.
 */

import type { PortalId } from './ids';

/** The portal ids: utils/portals/ids.ts is the one list. */
export type { PortalId };

/**
 * The family's road (issue 19): which letter the family holds decides it. The ids are those of the
 * observable contract (`data-situation`) but one: `signup-educonnect`, no letter at all (the parent creates
 * an EduConnect account with « Je n'ai pas de compte »), a first connection to EduConnect that the page shows
 * as `first-educonnect` (utils/situation.ts `shownAs`). Kept here with the data that uses it; utils/situation.ts holds the logic.
 */
export const SITUATIONS = [
  'first-ent',
  'first-educonnect',
  'signup-educonnect',
  'everyday-ent',
  'everyday-educonnect',
  'lost',
] as const;
export type Situation = (typeof SITUATIONS)[number];

/** mon ENT Occitanie's two académies (research §5b): the chooser's line depends on it. */
export const ACADEMIES = ['montpellier', 'toulouse'] as const;
export type Academie = (typeof ACADEMIES)[number];

/** What the help becomes on a road: another help key and/or another highlight. */
export interface SituationVariant {
  help?: string;
  target?: readonly (string | TargetDef)[];
  /** The step(s) this help's « Ensuite » sentence announces (checked against the journey's next step). */
  leadsTo?: readonly string[];
  /** On mon ENT Occitanie the line also depends on the académie: per-académie help and highlight. */
  byAcademie?: Partial<Record<Academie, Omit<SituationVariant, 'byAcademie'>>>;
  sources?: readonly string[];
}

/**
 * A DOM probe. Every field given must hold (AND); the probe list of a step is OR-ed.
 * - `css`: a selector that must match an element (open shadow roots are searched too).
 * - `visible`: the element matched by `css` must also be rendered (not hidden / display:none).
 * - `text`: the normalised (case- and accent-insensitive) visible text of the page, or of the
 *   element matched by `css`, must contain one of these strings.
 * - `count`: at least this many elements must match `css`.
 * Text needles are normalised; `a … b` matches the words in this order, a few words apart at most.
 */
export interface Probe {
  css?: string;
  text?: string | readonly string[];
  count?: number;
  visible?: boolean;
  /** The element's own text must contain none of these. */
  notText?: string | readonly string[];
  /**
   * `true`: the element is a checked radio or checkbox, or the label of one (Occitanie: the ticked line);
   * `false`: an unticked one (MCE's charter box still to tick).
   */
  checked?: boolean;
  /**
   * `true`: the element is a text field holding a value its type accepts (not empty, `validity.valid`, an
   * e-mail's shape in an e-mail field); `false`: a field that does not yet. A password field is never read.
   */
  valid?: boolean;
  /** The element matched by `css` must not be inside an element matching this (e.g. a search form). */
  notIn?: string;
  /**
   * The normalised text of the element matched by `css` is at most this long: a step's words in a heading,
   * label or message, not quoted inside a help paragraph.
   */
  maxLength?: number;
}

export interface UrlTest {
  /** Path must match (tested on `pathname`, lower-cased, path parameters such as `;jsessionid=…` removed). */
  path?: RegExp;
  /** Query parameters whose presence adds confidence (a hint, not a gate: URLs may lag behind content). */
  queryHints?: Readonly<Record<string, RegExp | true>>;
  /** A path that adds confidence (e.g. `perdu.xhtml`), never required: JSF URLs lag one page behind. */
  pathHint?: RegExp;
  /** Query parameters that make the step unlikely when present (hint, lowers the score). */
  queryAgainst?: readonly string[];
  /** Query parameters that, when present, must match (a gate: e.g. Kosmos' `PROC` names the page shown). */
  queryGate?: Readonly<Record<string, RegExp>>;
  /** Which of the portal's host groups this step lives on (default: any of the portal's hosts). */
  hosts?: readonly string[];
}

/**
 * Where a piece of data comes from: a source id of docs/sources.md, optionally followed by `:` and a place —
 * `seed-000` … `seed-004` (the five tutorials), `research-<section>` (ent-pages.md), e.g. `seed-002:Étape 3`,
 * `research-5b:EduConnect`. tests/unit/sources.test.ts checks every step, state, journey and FAQ entry.
 */
export type Sources = readonly string[];

export interface StepDef {
  /** Stable step id, exposed as `data-step` on `<compagnon-ent>`. */
  id: string;
  /** Where this step's page and help come from (docs/sources.md). */
  sources: Sources;
  /** Gate: host group + path. A page outside it is never this step. */
  url: UrlTest;
  /**
   * DOM evidence, any of which confirms the step (the second layer of recognition). A step is only claimed with
   * evidence: a confirming probe, or failing that a visible-text fallback.
   */
  confirm: readonly Probe[];
  /** Visible-text fallback (last layer, accent-insensitive): any of these strings, optionally AND-ed with `textAlso`. */
  text?: readonly string[];
  /** When text is the only evidence, the page must also contain one of these (keeps text matches specific). */
  textAlso?: readonly string[];
  /** All of these must hold (e.g. a password field must exist). */
  require?: readonly Probe[];
  /** If any of these holds the page is not this step (e.g. the error state is a different step). */
  reject?: readonly Probe[];
  /** Error or sub-states shown through `data-state` (e.g. `error` after a failed login). */
  states?: readonly StateDef[];
  /** Tie-breaker when several steps of the portal match (higher wins). */
  priority?: number;
  /**
   * Element(s) to highlight, first visible match wins. An entry is a selector, or a `TargetDef` whose `text`
   * filters by the element's own text and whose `when` makes it depend on the page's state (accordion open…).
   */
  target?: readonly (string | TargetDef)[];
  /**
   * Where the roads part (home, chooser, login…): help and highlight per situation. A situation not listed
   * (or none known) gets the step's own help and target, which must then not pick a road.
   */
  bySituation?: Partial<Record<Situation, SituationVariant>>;
  /** Page evidence: being on this step means the family is on this road (cerbere2 = `first-ent`…). */
  evidence?: Situation;
  /**
   * The situations the card's question offers here (a step where the roads part: home, chooser, login). A
   * remembered answer not in this list does not apply on this page (the family took another road).
   */
  asks?: readonly Situation[];
  /** Reaching this step ends a first connection: the remembered `first-*` becomes the matching `everyday-*`. */
  endsFirstConnection?: boolean;
  /**
   * This step is the recovery page of that road's account: a family that answered `lost` logs in on that road
   * with its new password afterwards, so the remembered `lost` becomes its `everyday-*` on arriving here.
   */
  recovers?: 'ent' | 'educonnect';
  /**
   * The family is signed in on this page (the ENT's home, EduConnect's services), on arriving: a kept `first-*`
   * is over (the account is active: its `everyday-*` is kept); a kept `lost` too (the password works), and as
   * the page does not tell which account was used, that answer is forgotten and the next login asks once.
   */
  signedIn?: boolean;
  /** The step(s) the step's own help's « Ensuite » sentence announces (checked against the journeys). */
  leadsTo?: readonly string[];
  /** i18n key prefix of the step's help, e.g. `recia.login` → `recia.login.title`, `.body`, `.next`, `.stuck`. */
  help: string;
  /** This step is a chooser: what the user picks (remembered and offered back). */
  choices?: ChoiceDef;
  /** New-password field(s): the first match of `fields` is the new password, the second (or `confirm`) its confirmation. */
  newPassword?: { fields: string; confirm?: string };
  /** The rule of these new-password fields when it is not the portal's (a front's own rule). */
  password?: PasswordRuleDef;
  /**
   * The part of the family's road this step belongs to. `activation`: the account's first-time activation (the
   * letter's temporary password, new password, « Compte activé »): a journey through such a step starts before
   * the account is active, so the demo shows that portal's first-visit help.
   */
  phase?: 'activation';
  /**
   * Other fronts serving the same step (RECIA's MCE beside cerbere2): each with its own gate, evidence, help
   * and password rule. The best-scoring of the step and its fronts wins; the recognition then reads the step
   * with the front's fields laid over it (`RecognitionResult.stepDef`, `front`).
   */
  fronts?: readonly FrontDef[];
}

/** One front of a step (see `StepDef.fronts`): what differs from the step on that front's pages. */
export interface FrontDef
  extends Pick<StepDef, 'url' | 'confirm' | 'text' | 'textAlso' | 'require' | 'reject' | 'states' | 'priority' | 'target' | 'help' | 'newPassword' | 'password' | 'leadsTo' | 'sources'> {
  /** The front's id (`mce`), given as `Recognition.front` and named by the journeys that go through it. */
  front: string;
}

/**
 * How a chooser step exposes the user's choice (remembered-choices feature): the elements the user picks
 * among, where each one's stable value is read, its label, and how to apply a remembered choice.
 */
export interface ChoiceDef {
  /** The pickable elements (tiles, radios, profile buttons); open shadow roots are searched too. */
  css: string;
  /** The stable value: an attribute of the element, or a query parameter of its href. */
  value: { attr: string } | { hrefParam: string };
  /** Where the label is read (default: the element's own text, or its <label for>). */
  label?: { attr: string } | { labelFor: true };
  /** After checking/clicking the element, click this to validate (Occitanie's "Valider"). */
  submit?: string;
  /** Elements to open first (Occitanie's "+" accordion of the category), when closed. */
  open?: string;
}

export interface TargetDef {
  css: string;
  text?: string | readonly string[];
  /** The element's own text must contain none of these (« de l'académie de Montpellier » without « avec EduConnect »). */
  notText?: string | readonly string[];
  when?: Probe;
  /**
   * The help to show when this target is the one highlighted: the page's own label differs between versions
   * of a page (« Élève ou parent » on the legacy RECIA chooser, « Élèves ou parent (éducation nationale) » in
   * `r-wayf`), and the card quotes the label the ring is on.
   */
  help?: string;
}

/** An error or sub-state of a step (`data-state`). */
export interface StateDef {
  id: string;
  when: Probe;
  help: string;
  target?: readonly (string | TargetDef)[];
  /** The state's own evidence, before the step's; `null`: none (a forced change is not a first connection). */
  evidence?: Situation | null;
  /** Per-situation help of the state (an everyday login error does not speak of the letter's password). */
  bySituation?: Partial<Record<Situation, SituationVariant>>;
  /** Where the state's page and help come from (docs/sources.md). */
  sources: Sources;
}

/** A journey: an ordered list of steps, possibly on other portals (EduConnect). */
export interface JourneyDef {
  id: string;
  /** i18n key of its name, after the family's letter (e.g. « J'ai un courrier avec un identifiant ENT »). */
  name: string;
  /**
   * The situations this journey serves. Where the sources disagree on the order of the steps, two journeys
   * serve the same situation (the family's pages pick the branch): docs/decisions/situations.md.
   */
  situations: readonly Situation[];
  /** Where this road comes from (docs/sources.md). */
  sources: Sources;
  /**
   * `front`: the step as that front shows it (StepDef.fronts), `null` the step's own pages only, left out any;
   * `state`: the sub-state shown there (MCE's code screen is `activation-email` again), `null` none, left out any.
   */
  steps: readonly { portal: PortalId; step: string; front?: string | null; state?: string | null }[];
}

export interface PasswordRuleDef {
  minLength: number;
  /** At least this many of the four kinds (lower, upper, digit, special), whichever they are (MCE: 3). */
  minKinds?: number;
  /** Character classes the password must contain (blocking). */
  required: readonly ('upper' | 'lower' | 'digit' | 'special')[];
  /** Classes shown as advice only. */
  recommended: readonly ('upper' | 'lower' | 'digit' | 'special')[];
  /** The special characters that count for the `special` class (undefined: any printable ASCII punctuation). */
  specials?: string;
  /**
   * The portal is known to refuse characters outside letters, digits and `specials` (then they block).
   * Unset: such characters are only advised against — no source says EduConnect refuses them (ent-pages.md §5b).
   */
  refusesOthers?: boolean;
  /** Where the rule comes from (docs/sources.md); required of the portals' rules by tests/unit/sources.test.ts. */
  sources?: Sources;
}

export interface HostGroup {
  /** Exact host names (lower case). */
  exact?: readonly string[];
  /** Registrable suffixes: the host must be this domain or a subdomain of it. */
  suffix?: readonly string[];
  /** Hosts excluded from the group (e.g. the CAS host under the portal's registrable domain). */
  except?: readonly string[];
}

/**
 * Something the portal puts over its own page (a cookie banner, a chatbot, a maintenance notice). The card keeps
 * clear of it; when it hides the highlighted element, the help says to close it first and the ring goes on its
 * close control (overlay/features/obstruction.tsx), until it is gone.
 */
export interface ObstructionDef {
  /** Stable id (tests, `data-obstruction` of the card's notice). */
  id: string;
  /** The elements that cover the page: any of them rendered counts. */
  css: string;
  /** Its close or accept control: first shown match wins (none: the ring goes on the obstruction itself). */
  close: readonly (string | TargetDef)[];
  /** i18n key prefix of the help shown while it hides the target (« Fermez d'abord … »). */
  help: string;
  sources: Sources;
}

export interface PortalDef {
  id: PortalId;
  /** Display name (proper noun, same in every language). */
  name: string;
  /** Host groups by name, e.g. { portal: …, cas: … }. */
  hosts: Readonly<Record<string, HostGroup>>;
  /**
   * On a shared host (e.g. the RECIA CAS), which portal the page belongs to is decided by the `service`
   * query parameter: this portal claims the page when the service URL's host is in `serviceHosts`.
   */
  serviceHosts?: HostGroup;
  /** When true the portal only claims shared hosts if the service parameter points to it. */
  claimsSharedHostsByServiceOnly?: boolean;
  steps: readonly StepDef[];
  journeys: readonly JourneyDef[];
  password?: PasswordRuleDef;
  /** What the portal may put over its pages (cookie banner, chatbot…): the overlay keeps clear of it. */
  obstructions?: readonly ObstructionDef[];
  /** Official entry address shown in help ("the real address to use"). */
  officialUrl: string;
}

export interface Recognition {
  portal: PortalId;
  step: string;
  /** Help key prefix to use (may be a sub-state of the step). */
  help: string;
  /** Sub-state id (`error`…) or null. */
  state: string | null;
  /** The front whose page this is (`StepDef.fronts`), or null for the step's own pages. */
  front?: string | null;
  score: number;
}
