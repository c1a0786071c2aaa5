/**
 * The family's situation (issue 19): which road it is on — a first connection with the school's ENT letter or
 * with EduConnect, an everyday login on either account, or a lost password. Pure: no DOM, no storage.
 *
 * Order of evidence: the page first (a cerbere2 page can only be a first connection…), then the answer the
 * family gave for this portal, else unknown — and the card asks, once, on a step where the roads part.
 * The steps' data says all of it (`StepDef.evidence`, `asks`, `bySituation`, `endsFirstConnection`): no step
 * id is named here.
 */
import {
  ACADEMIES,
  type Academie,
  type PortalId,
  SITUATIONS,
  type Situation,
  type SituationVariant,
  type StateDef,
  type StepDef,
} from './portals/types';

export { ACADEMIES, SITUATIONS };
export type { Academie, Situation };

/** Which account a situation uses: the school's local ENT account or EduConnect (`lost`: either). */
export type Road = 'ent' | 'educonnect';

export function isSituation(x: unknown): x is Situation {
  return typeof x === 'string' && (SITUATIONS as readonly string[]).includes(x);
}

export function isAcademie(x: unknown): x is Academie {
  return typeof x === 'string' && (ACADEMIES as readonly string[]).includes(x);
}

export function roadOf(s: Situation): Road | null {
  return s.endsWith('-ent') ? 'ent' : s.endsWith('-educonnect') ? 'educonnect' : null;
}

/** `first-ent` → `everyday-ent`, `first-educonnect` (with or without a letter) → `everyday-educonnect`; others unchanged. */
export function everydayOf(s: Situation): Situation {
  const first = shownAs(s);
  return first === 'first-ent' ? 'everyday-ent' : first === 'first-educonnect' ? 'everyday-educonnect' : s;
}

/** The contract's id of a situation (`data-situation` on the page): no letter is a first connection to EduConnect. */
export function shownAs(s: Situation): Situation {
  return s === 'signup-educonnect' ? 'first-educonnect' : s;
}

/**
 * The attribute of a button that chooses `s`: `data-situation="<id>"`, or `data-letter="none"` for no letter
 * (the contract's `button[data-situation]` stay one per id it lists).
 */
export function choiceAttr(s: Situation): readonly [name: string, value: string] {
  return s === shownAs(s) ? ['data-situation', s] : ['data-letter', 'none'];
}

/** What the family answered, per portal (ids only: no name, no identifier). */
export interface RememberedSituation {
  situation: Situation | null;
  /** mon ENT Occitanie only: the académie whose line the family ticks. */
  academie?: Academie | null;
}
export type SituationMemory = Partial<Record<PortalId, RememberedSituation>>;

/** A recognised page as far as situations go (a `RecognitionResult` fits). */
export interface SituationPage {
  portal: PortalId;
  stepDef: Pick<StepDef, 'evidence' | 'asks' | 'bySituation' | 'endsFirstConnection' | 'recovers' | 'signedIn' | 'states'>;
  /** The sub-state shown, if any (a forced password change is not a first connection). */
  state?: string | null;
}

export type SituationSource = 'page' | 'remembered' | null;

export interface Deduction {
  situation: Situation | null;
  academie: Academie | null;
  /** Where the situation comes from: the page's evidence, the family's answer, or nowhere (unknown). */
  from: SituationSource;
}

function stateOf(page: SituationPage): StateDef | undefined {
  return page.state ? page.stepDef.states?.find((s) => s.id === page.state) : undefined;
}

/** The page's own evidence: the state's (even `null`: "no evidence") before the step's. */
export function pageEvidence(page: SituationPage): Situation | null {
  const st = stateOf(page);
  if (st && st.evidence !== undefined) return st.evidence;
  return page.stepDef.evidence ?? null;
}

/** The situations the question offers on this step (none: the roads do not part here). */
export function situationsAt(step: Pick<StepDef, 'asks'>): readonly Situation[] {
  return step.asks ?? [];
}

/**
 * The situation on this page. `remembered` holds the family's answers per portal; `origin` is the portal the
 * journey started on (on EduConnect, the family's answer was given on its ENT).
 * - Page evidence wins (a cerbere2 page is `first-ent`, EduConnect's activation `first-educonnect`, a
 *   lost-password page `lost`).
 * - Else the remembered answer, if this step allows it (an EduConnect answer on the ENT's local login page is
 *   not: the family took the other road, so the question comes back).
 * - Else unknown.
 */
export function deduceSituation(
  page: SituationPage,
  remembered: SituationMemory | null | undefined,
  origin?: PortalId | null,
): Deduction {
  const mem = (origin && remembered?.[origin]) || remembered?.[page.portal] || null;
  const academie = mem?.academie ?? null;
  const ev = pageEvidence(page);
  if (ev) return { situation: ev, academie, from: 'page' };
  const s = mem?.situation ?? null;
  const asks = page.stepDef.asks;
  // No letter goes the letter's EduConnect road wherever the page does not tell them apart (an ENT's chooser).
  if (s && (!asks || asks.includes(s) || asks.includes(shownAs(s)))) return { situation: s, academie, from: 'remembered' };
  return { situation: null, academie, from: null };
}

/**
 * What to remember after this page: the deduced situation, except that the page ending a first connection
 * (`activation-done`) turns `first-*` into the matching `everyday-*` — the next login uses the new password.
 */
export function situationToRemember(page: SituationPage, d: Deduction): Situation | null {
  if (!d.situation) return null;
  return page.stepDef.endsFirstConnection ? everydayOf(d.situation) : d.situation;
}

/**
 * The situation of a family on `s` once it has been on this step: a first connection is an everyday login
 * after `activation-done`, or once signed in (the account is active); a lost password is an everyday login on
 * the recovered account's road after its recovery page (the next login uses the new password).
 */
export function situationAfter(step: Pick<StepDef, 'endsFirstConnection' | 'recovers' | 'signedIn'>, s: Situation): Situation {
  if (step.endsFirstConnection || step.signedIn) return everydayOf(s);
  return s === 'lost' && step.recovers ? `everyday-${step.recovers}` : s;
}

/**
 * The family's situation on arriving at each step of a journey that starts on `start`, then after its last
 * (`steps.length + 1` entries): each step ends what it ends (`situationAfter`). `def`: a step's data, if any.
 */
export function situationsAlong<T>(
  steps: readonly T[],
  start: Situation,
  def: (step: T) => Pick<StepDef, 'endsFirstConnection' | 'recovers' | 'signedIn'> | undefined,
): Situation[] {
  const out = [start];
  for (const step of steps) {
    const d = def(step);
    const now = out[out.length - 1];
    out.push(d ? situationAfter(d, now) : now);
  }
  return out;
}

/**
 * The variant of a step (or state) for this situation and académie, if the data has one. Where the data names
 * no variant for `signup-educonnect`, the `first-educonnect` one (the same EduConnect road).
 */
export function variantFor(
  bySituation: Partial<Record<Situation, SituationVariant>> | undefined,
  situation: Situation | null | undefined,
  academie?: Academie | null,
): SituationVariant | undefined {
  const v = situation ? (bySituation?.[situation] ?? bySituation?.[shownAs(situation)]) : undefined;
  if (!v) return undefined;
  const a = academie ? v.byAcademie?.[academie] : undefined;
  return a ? { ...v, ...a } : v;
}

export type Question = 'situation' | 'academie' | null;

/**
 * Does the card ask a question on this page? `situation` when the roads part here and nothing (page or
 * answer) tells which one the family is on; `academie` when the line to tick also depends on the académie and
 * it is not known yet; otherwise null.
 */
export function needsQuestion(page: SituationPage, d: Pick<Deduction, 'situation' | 'academie'>): Question {
  // A state with one text for every road (a captcha, a maintenance notice) is not the moment to ask.
  const states = page.state ? (page.stepDef.states ?? []).filter((x) => x.id === page.state) : [];
  if (states.length && states.every((x) => !x.bySituation)) return null;
  if (!d.situation) return situationsAt(page.stepDef).length > 0 ? 'situation' : null;
  if (variantFor(page.stepDef.bySituation, d.situation)?.byAcademie && !d.academie) return 'academie';
  return null;
}

/** Pure update of the memory: the answer for one portal (others kept). */
export function rememberAnswer(
  mem: SituationMemory,
  portal: PortalId,
  answer: Partial<RememberedSituation>,
): SituationMemory {
  const prev = mem[portal] ?? { situation: null, academie: null };
  return { ...mem, [portal]: { situation: prev.situation, academie: prev.academie ?? null, ...answer } };
}

/** Locale keys of the card's question (issue 19): the question, its buttons, « Ce n'est pas ma situation ». */
export const QUESTION_KEYS = {
  question: 'situation.question',
  hint: 'situation.question_hint',
  notMine: 'situation.not_mine',
  current: 'situation.current',
  academieQuestion: 'situation.academie.question',
  academieExplain: 'situation.academie.explain',
  academieNotMine: 'situation.academie.not_mine',
} as const;

/** The button of a situation, named after the family's letter: `situation.button.first_ent`… */
export function situationButtonKey(s: Situation): string {
  return `situation.button.${s.replace('-', '_')}`;
}

/** The button of an académie, with its départements: `situation.academie.montpellier`… */
export function academieButtonKey(a: Academie): string {
  return `situation.academie.${a}`;
}
