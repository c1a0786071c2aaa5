/**
 * The memorable proposal and the rules checker, by properties (fast-check): thousands of proposals meet
 * every rule of every portal, the checker agrees with an independent regular-expression reading of each
 * rule, and the `passwordrules` string read back by a small parser of Apple's syntax says the same thing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cryptoSource, generate, proposalSpecials, randomInt, type RandomSource } from '@/utils/password/generate';
import { WORDS } from '@/utils/password/words';
import { ASCII_SPECIALS, check, passwordRules, specialsOf } from '@/utils/password/rules';
import { PORTALS } from '@/utils/portals';
import type { PasswordRuleDef } from '@/utils/portals/types';

const RULES: [string, PasswordRuleDef][] = [
  ...PORTALS.map((p): [string, PasswordRuleDef] => [p.id, p.password!]),
  // The fronts' own rules (MCE: 12 characters, 3 of the 4 kinds), one per distinct rule.
  ...[...new Set(PORTALS.flatMap((p) => p.steps.flatMap((s) => (s.fronts ?? []).flatMap((f) => (f.password ? [f.password] : [])))))].map(
    (r, i): [string, PasswordRuleDef] => [`front rule #${i} (${r.minLength}, ${r.minKinds ?? 0} kinds)`, r],
  ),
];
// Rules the data model allows but no portal uses yet: everything required, long minimum, odd special sets.
const SYNTHETIC: [string, PasswordRuleDef][] = [
  ['strict-16', { minLength: 16, required: ['upper', 'lower', 'digit', 'special'], recommended: [] }],
  ['odd-specials', { minLength: 10, required: ['special', 'digit'], recommended: ['upper'], specials: '*_]' }],
];

/** A random source fed by fast-check: its numbers first, then crypto (rejection sampling may ask for more). */
function feed(values: number[]): RandomSource {
  let i = 0;
  return (buf) => {
    for (let k = 0; k < buf.length; k++) {
      if (i < values.length) buf[k] = values[i++];
      else cryptoSource(buf.subarray(k, k + 1));
    }
  };
}

const esc = (s: string) => s.replace(/[\\\]\[^-]/g, '\\$&');

/** Independent reading of a rule: plain regular expressions built from the rule's data. */
function regexReading(rule: PasswordRuleDef, pw: string): Record<string, boolean> {
  const sp = esc(rule.specials ?? ASCII_SPECIALS);
  const kinds = [/[A-Z]/, /[a-z]/, /[0-9]/, new RegExp(`[${sp}]`)].filter((re) => re.test(pw)).length;
  return {
    length: [...pw].length >= rule.minLength,
    kinds: kinds >= (rule.minKinds ?? 0),
    upper: /[A-Z]/.test(pw),
    lower: /[a-z]/.test(pw),
    digit: /[0-9]/.test(pw),
    special: new RegExp(`[${sp}]`).test(pw),
    chars: new RegExp(`^[A-Za-z0-9${sp}]*$`, 'u').test(pw),
  };
}

/** A small reader of Apple's passwordrules syntax (named classes, custom `[…]` classes with `]]` last). */
function parseRules(str: string) {
  const NAMED: Record<string, string> = {
    upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
    lower: 'abcdefghijklmnopqrstuvwxyz',
    digit: '0123456789',
    special: ` ${ASCII_SPECIALS}`,
  };
  const out = { minlength: 0, required: [] as Set<string>[], allowed: new Set<string>() };
  let i = 0;
  const skip = () => {
    while (str[i] === ' ') i++;
  };
  while (i < str.length) {
    skip();
    const colon = str.indexOf(':', i);
    if (colon < 0) break;
    const name = str.slice(i, colon).trim();
    i = colon + 1;
    const union = new Set<string>();
    let number = '';
    for (;;) {
      skip();
      if (str[i] === '[') {
        i++;
        while (i < str.length) {
          if (str[i] === ']' && str[i + 1] === ']') {
            union.add(']');
            i += 2;
            break;
          }
          if (str[i] === ']') {
            i++;
            break;
          }
          union.add(str[i++]);
        }
      } else {
        let word = '';
        while (i < str.length && /[a-z0-9-]/.test(str[i])) word += str[i++];
        if (name === 'minlength') number = word;
        else for (const c of NAMED[word] ?? '') union.add(c);
      }
      skip();
      if (str[i] === ',') {
        i++;
        continue;
      }
      if (str[i] === ';') i++;
      break;
    }
    if (name === 'minlength') out.minlength = Number(number);
    else if (name === 'required') {
      out.required.push(union);
      for (const c of union) out.allowed.add(c);
    } else if (name === 'allowed') for (const c of union) out.allowed.add(c);
  }
  return out;
}

describe('word list', () => {
  it('has a few hundred common, short, accent-free words, each once', () => {
    expect(WORDS.length).toBeGreaterThanOrEqual(300);
    for (const w of WORDS) expect(w).toMatch(/^[a-z]{3,8}$/);
    expect(new Set(WORDS).size).toBe(WORDS.length);
  });
});

describe('randomInt', () => {
  it('rejects draws above the largest multiple of n (no modulo bias)', () => {
    // 2^32 mod 3 = 1: 2^32 − 1 is drawn again, then 5 gives 5 mod 3.
    expect(randomInt(3, feed([2 ** 32 - 1, 5]))).toBe(2);
    expect(randomInt(3, feed([2 ** 32 - 2]))).toBe((2 ** 32 - 2) % 3);
  });
  it('stays in range and covers every value', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const v = randomInt(7);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(7);
      seen.add(v);
    }
    expect(seen.size).toBe(7);
  });
});

describe('proposal', () => {
  it.each([...RULES, ...SYNTHETIC])('%s: thousands of proposals meet every rule line, required and advised', (_id, rule) => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { minLength: 0, maxLength: 24 }), (vals) => {
        const pw = generate(rule, feed(vals));
        for (const r of check(rule, pw)) if (r.id !== 'special' || rule.required.includes('special') || rule.recommended.includes('special')) expect(r.met, `${r.id} in ${pw}`).toBe(true);
        expect(pw.length).toBeGreaterThanOrEqual(Math.max(12, rule.minLength));
        // easy to read from paper: no capital I, L, O, no 0 or 1
        expect(pw).not.toMatch(/[ILO01]/);
        // three words (or more), the first capitalised, one separator, a digit at the end
        const sep = pw.match(/[^A-Za-z0-9]/)![0];
        const parts = pw.slice(0, -1).split(sep);
        expect(parts.length).toBeGreaterThanOrEqual(3);
        expect(pw.at(-1)).toMatch(/[2-9]/);
        expect(proposalSpecials(rule)).toContain(sep);
        expect(specialsOf(rule)).toContain(sep);
      }),
      { numRuns: 2000 },
    );
  });

  it('uses crypto.getRandomValues by default and varies', () => {
    const edu = RULES.find(([id]) => id === 'educonnect')![1];
    const seen = new Set(Array.from({ length: 200 }, () => generate(edu)));
    expect(seen.size).toBeGreaterThan(190);
  });
});

describe('checker agrees with an independent reading of each rule', () => {
  const alphabet = [
    ...'abcXYZ0189 !?@#&=+-%<>$*_.,;:/\\[]^`{|}~"\'éÈçœ€',
    '😀',
    '👍🏽',
    '\u00a0',
    '\t',
  ];
  const arb = fc.array(fc.constantFrom(...alphabet), { maxLength: 20 }).map((a) => a.join(''));
  it.each([...RULES, ...SYNTHETIC])('%s', (_id, rule) => {
    fc.assert(
      fc.property(arb, (pw) => {
        const want = regexReading(rule, pw);
        for (const r of check(rule, pw)) expect(r.met, `${r.id} of ${JSON.stringify(pw)}`).toBe(want[r.id]);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('passwordrules read back', () => {
  it.each([...RULES, ...SYNTHETIC])('%s: minimum length, required classes and accepted characters', (_id, rule) => {
    const parsed = parseRules(passwordRules(rule));
    expect(parsed.minlength).toBe(rule.minLength);
    expect(parsed.required.length).toBe(rule.required.length);
    const specials = new Set(specialsOf(rule));
    for (const c of specials) if (rule.required.includes('special') || rule.recommended.includes('special')) expect(parsed.allowed.has(c), c).toBe(true);
    // nothing outside the rule is allowed (no space, no accent)
    for (const c of parsed.allowed) expect(/[A-Za-z0-9]/.test(c) || specials.has(c), JSON.stringify(c)).toBe(true);
    // every proposal passes the parsed rules too
    for (let i = 0; i < 200; i++) {
      const pw = generate(rule);
      expect(pw.length).toBeGreaterThanOrEqual(parsed.minlength);
      for (const req of parsed.required) expect([...pw].some((c) => req.has(c)), pw).toBe(true);
      for (const c of pw) expect(parsed.allowed.has(c), c).toBe(true);
    }
  });
});
