/**
 * « Proposer un mot de passe »: a memorable password that meets the portal's rule — three common French words,
 * the first one capitalised, joined by one accepted special character, and a digit at the end
 * (e.g. `Nuage#pomme#tigre7`, at least 12 characters).
 *
 * Randomness comes from `crypto.getRandomValues` with rejection sampling (no modulo bias). Characters that are
 * easy to misread on paper are avoided: no capital I, L or O (the capitalised word never starts with i, l, o),
 * no digit 0 or 1. The password is returned to the caller only: never stored, logged or sent.
 */
import type { PasswordRuleDef } from '@/utils/portals/types';
import { compliant, specialsOf } from './rules';
import { WORDS } from './words';

/** Fills a Uint32Array with random values (crypto.getRandomValues; tests may pass a deterministic source). */
export type RandomSource = (buf: Uint32Array<ArrayBuffer>) => void;

export const cryptoSource: RandomSource = (buf) => {
  globalThis.crypto.getRandomValues(buf);
};

/** A uniform integer in [0, n): values above the largest multiple of n are drawn again. */
export function randomInt(n: number, source: RandomSource = cryptoSource): number {
  if (!Number.isInteger(n) || n <= 0 || n > 2 ** 32) throw new RangeError(`randomInt(${n})`);
  const limit = 2 ** 32 - (2 ** 32 % n);
  const buf = new Uint32Array(1);
  for (;;) {
    source(buf);
    if (buf[0] < limit) return buf[0] % n;
  }
}

function pick<T>(list: readonly T[], source: RandomSource): T {
  return list[randomInt(list.length, source)];
}

/** Specials that are easy to find on French computer and phone keyboards, in order of preference. */
const EASY_SPECIALS = '!?@#-+=%&';
const DIGITS = '23456789';
const AMBIGUOUS_CAPITALS = /^[ilo]/;
const MIN_LENGTH = 12;

/** The special characters a proposal may use for this rule (easy ones the portal accepts, else any it accepts). */
export function proposalSpecials(rule: PasswordRuleDef): string {
  const accepted = specialsOf(rule);
  const easy = [...EASY_SPECIALS].filter((c) => accepted.includes(c)).join('');
  return easy || accepted;
}

export function generate(rule: PasswordRuleDef, source: RandomSource = cryptoSource): string {
  const specials = [...proposalSpecials(rule)];
  const capitals = WORDS.filter((w) => !AMBIGUOUS_CAPITALS.test(w));
  for (let attempt = 0; attempt < 50; attempt++) {
    const first = pick(capitals, source);
    const words = [first[0].toUpperCase() + first.slice(1)];
    const sep = pick(specials, source);
    const want = Math.max(MIN_LENGTH, rule.minLength);
    // Three words at least; more only if the portal's minimum length asks for it.
    while (words.length < 3 || words.join(sep).length + 1 < want) {
      const w = pick(WORDS, source);
      if (!words.some((x) => x.toLowerCase() === w)) words.push(w);
    }
    const pw = `${words.join(sep)}${pick([...DIGITS], source)}`;
    if (compliant(rule, pw)) return pw;
  }
  throw new Error('no compliant proposal for this rule');
}
