/**
 * Password rules, pure: what a portal's rule says about a password (the live checklist), which characters
 * are not accepted and what to type instead (`explain`), and the same rule in Apple's `passwordrules`
 * language for browsers and password managers. No DOM, no storage: the password is only read.
 */
import type { PasswordRuleDef } from '@/utils/portals/types';

export type CharClass = 'upper' | 'lower' | 'digit' | 'special';
export type RuleId = 'length' | 'kinds' | CharClass | 'chars';

export interface RuleCheck {
  id: RuleId;
  met: boolean;
  /** Blocking rule of the portal (false: shown as advice). */
  required: boolean;
}

/** All ASCII punctuation (Apple's `special` without the space). */
export const ASCII_SPECIALS = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

const CLASS_ORDER: readonly CharClass[] = ['upper', 'lower', 'digit', 'special'];

/** The special characters the portal accepts. */
export function specialsOf(rule: PasswordRuleDef): string {
  return rule.specials ?? ASCII_SPECIALS;
}

/** Code points, not UTF-16 units: an emoji is one character for the family. */
export function chars(password: string): string[] {
  return Array.from(password);
}

/** The class of one character for this rule, or null when the portal does not accept it. */
export function classOf(rule: PasswordRuleDef, ch: string): CharClass | null {
  if (ch >= 'A' && ch <= 'Z' && ch.length === 1) return 'upper';
  if (ch >= 'a' && ch <= 'z' && ch.length === 1) return 'lower';
  if (ch >= '0' && ch <= '9' && ch.length === 1) return 'digit';
  if (ch.length === 1 && specialsOf(rule).includes(ch)) return 'special';
  return null;
}

/** Whether the portal is known to refuse other characters (then they block, not just advised against). */
export function strictChars(rule: PasswordRuleDef): boolean {
  return rule.refusesOthers === true;
}

/** The classes shown for a rule, in reading order: required first, then advice. */
export function shownClasses(rule: PasswordRuleDef): CharClass[] {
  return [
    ...CLASS_ORDER.filter((c) => rule.required.includes(c)),
    ...CLASS_ORDER.filter((c) => !rule.required.includes(c) && rule.recommended.includes(c)),
  ];
}

/**
 * One line per rule: the length, each character kind (required or advised), and "only accepted characters".
 * The order is stable so the checklist does not jump while the user types.
 */
export function check(rule: PasswordRuleDef, password: string): RuleCheck[] {
  const cs = chars(password);
  const seen = new Set<CharClass>();
  let bad = false;
  for (const ch of cs) {
    const c = classOf(rule, ch);
    if (c) seen.add(c);
    else bad = true;
  }
  // « At least 3 of the 4 kinds » (MCE): one blocking line, the kinds themselves then show which are there.
  const kinds: RuleCheck[] = rule.minKinds ? [{ id: 'kinds', met: seen.size >= rule.minKinds, required: true }] : [];
  return [
    { id: 'length', met: cs.length >= rule.minLength, required: true },
    ...kinds,
    ...shownClasses(rule).map((c) => ({ id: c, met: seen.has(c), required: rule.required.includes(c) })),
    { id: 'chars', met: !bad, required: strictChars(rule) },
  ];
}

/** True when every blocking rule is met. */
export function compliant(rule: PasswordRuleDef, password: string): boolean {
  return check(rule, password).every((r) => r.met || !r.required);
}

export type ProblemKind = 'space' | 'accent' | 'emoji' | 'symbol' | 'other';

export interface Problem {
  kind: ProblemKind;
  /** The character as typed (shown between « » in our own UI only). */
  char: string;
  /** What to type instead: the letter without its accent, or the accepted special characters. */
  instead: string;
  /** The portal refuses it (true) or it is only advised against (false). */
  strict: boolean;
  /** i18n key of the explanation; its $1 is `char`, $2 is `instead`. */
  key: string;
}

/** Special characters found on every French keyboard, suggested when the portal publishes no list. */
const COMMON_SPECIALS = '!?@#-+=%';

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

/** The accepted special characters, spaced for reading: `! ? @ # & = + - % < >`. */
export function spacedSpecials(rule: PasswordRuleDef): string {
  return chars(specialsOf(rule)).join(' ');
}

/**
 * Every distinct character the portal does not accept, with what to do instead. Accented letters become the
 * letter without accent; other symbols get the list of accepted ones.
 */
export function explain(rule: PasswordRuleDef, password: string): Problem[] {
  const strict = strictChars(rule);
  const out: Problem[] = [];
  const done = new Set<string>();
  for (const ch of chars(password)) {
    if (done.has(ch) || classOf(rule, ch)) continue;
    done.add(ch);
    let kind: ProblemKind;
    let instead = '';
    const bare = ch.normalize('NFD').replace(/\p{M}+/gu, '');
    if (/^\s$/u.test(ch)) kind = 'space';
    else if (bare !== ch && /^[a-zA-Z]$/.test(bare)) {
      kind = 'accent';
      instead = bare;
    } else if (ch === 'œ' || ch === 'Œ' || ch === 'æ' || ch === 'Æ') {
      kind = 'accent';
      instead = { œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE' }[ch]!;
    } else if (EMOJI.test(ch)) kind = 'emoji';
    else if (/^[\p{P}\p{S}]$/u.test(ch)) {
      kind = 'symbol';
      // The published list when there is one; otherwise a few common ones rather than all of ASCII.
      instead = rule.specials !== undefined ? spacedSpecials(rule) : chars(COMMON_SPECIALS).join(' ');
    } else kind = 'other';
    out.push({ kind, char: ch, instead, strict, key: `password.${strict ? 'bad' : 'avoid'}.${kind}` });
  }
  return out;
}

/** A custom `[...]` class in Apple's language: `-` only as the first character, `]` only last (as `]]`). */
export function customClass(set: string): string {
  const uniq = [...new Set(chars(set))];
  const dash = uniq.includes('-');
  const bracket = uniq.includes(']');
  const rest = uniq.filter((c) => c !== '-' && c !== ']').join('');
  return `[${dash ? '-' : ''}${rest}${bracket ? ']' : ''}]`;
}

function classToken(rule: PasswordRuleDef, c: CharClass): string {
  return c === 'special' ? customClass(specialsOf(rule)) : c;
}

/**
 * The rule in Apple's `passwordrules` syntax, e.g. EduConnect:
 * `minlength: 8; required: upper; required: [-!?@#&=+%<>]; allowed: lower, digit;`.
 * Classes that are not required are `allowed` (not forced); characters outside the classes are thereby excluded.
 */
export function passwordRules(rule: PasswordRuleDef): string {
  const parts = [`minlength: ${rule.minLength};`];
  for (const c of CLASS_ORDER) if (rule.required.includes(c)) parts.push(`required: ${classToken(rule, c)};`);
  // Letters, digits and the accepted specials are always accepted (the checker only refuses other characters).
  const allowed = CLASS_ORDER.filter((c) => !rule.required.includes(c));
  if (allowed.length) parts.push(`allowed: ${allowed.map((c) => classToken(rule, c)).join(', ')};`);
  return parts.join(' ');
}
