/**
 * Password rules module: each rule line, the 7/8 boundary, every special character of EduConnect's list,
 * refused characters (symbols, spaces, accents, emoji) and their explanations, and the `passwordrules`
 * string of every portal.
 */
import { describe, expect, it } from 'vitest';
import { t } from '@/utils/i18n';
import { PORTALS, portalById } from '@/utils/portals';
import { RECIA_PASSWORD } from '@/utils/portals/recia';
import {
  check,
  compliant,
  customClass,
  explain,
  passwordRules,
  type ProblemKind,
  type RuleCheck,
} from '@/utils/password/rules';
import { lineText, problemText } from '@/overlay/features/password';

const EDU = portalById('educonnect')!.password!;
const EDU_SPECIALS = ['!', '?', '@', '#', '&', '=', '+', '-', '%', '<', '>'];
const met = (rs: RuleCheck[], id: string) => rs.find((r) => r.id === id)?.met;

describe('EduConnect rule (seed 002: 8 characters, a capital, a special among ! ? @ # & = + - % < >)', () => {
  it('has exactly the published special characters', () => {
    expect([...EDU.specials!].sort()).toEqual([...EDU_SPECIALS].sort());
  });

  it('lists length, capital and special as required, lower case and digit as advice, and accepted characters', () => {
    expect(check(EDU, '').map((r) => [r.id, r.required])).toEqual([
      ['length', true],
      ['upper', true],
      ['special', true],
      ['lower', false],
      ['digit', false],
      ['chars', false],
    ]);
  });

  it('counts 7 characters as too short and 8 as enough', () => {
    expect(met(check(EDU, 'Abcdef!'), 'length')).toBe(false);
    expect(compliant(EDU, 'Abcdef!')).toBe(false);
    expect(met(check(EDU, 'Abcdefg!'), 'length')).toBe(true);
    expect(compliant(EDU, 'Abcdefg!')).toBe(true);
  });

  it('requires a capital letter', () => {
    expect(met(check(EDU, 'abcdefg!'), 'upper')).toBe(false);
    expect(compliant(EDU, 'abcdefg!')).toBe(false);
    expect(met(check(EDU, 'abcdefG!'), 'upper')).toBe(true);
  });

  it.each(EDU_SPECIALS)('accepts « %s » as the special character', (c) => {
    const pw = `Abcdefgh${c}`;
    expect(met(check(EDU, pw), 'special')).toBe(true);
    expect(met(check(EDU, pw), 'chars')).toBe(true);
    expect(compliant(EDU, pw)).toBe(true);
    expect(explain(EDU, pw)).toEqual([]);
  });

  it.each(['$', '*', '_', '.', ',', ';', '/', '€', '§'])('« %s » does not count as the special character; it is advice, never a block', (c) => {
    const pw = `Abcdefgh${c}`;
    const rs = check(EDU, pw);
    expect(met(rs, 'special')).toBe(false);
    expect(met(rs, 'chars')).toBe(false);
    expect(compliant(EDU, pw)).toBe(false); // no special of the list yet
    expect(compliant(EDU, `${pw}!`)).toBe(true); // with one, nothing blocks
    const [p] = explain(EDU, pw);
    expect(p).toMatchObject({ kind: 'symbol', char: c, strict: false, instead: '! ? @ # & = + - % < >' });
    expect(problemText(p)).toBe(`Évitez le caractère « ${c} ». Utilisez plutôt : ! ? @ # & = + - % < >`);
  });

  it('blocks nothing stricter than seed 002: accents and spaces are advice only', () => {
    expect(compliant(EDU, 'Elève!2024')).toBe(true);
    expect(compliant(EDU, 'Mon chat Noir!')).toBe(true);
    expect(check(EDU, 'Elève!2024').find((r) => r.id === 'chars')).toEqual({ id: 'chars', met: false, required: false });
  });

  it('explains accented letters with the letter to type instead', () => {
    const ps = explain(EDU, 'Élève!2024ç');
    expect(ps.map((p) => [p.kind, p.char, p.instead])).toEqual([
      ['accent', 'É', 'E'],
      ['accent', 'è', 'e'],
      ['accent', 'ç', 'c'],
    ]);
    expect(problemText(ps[1])).toBe('Évitez « è ». Écrivez plutôt « e » sans accent.');
    expect(explain(EDU, 'Cœur!abc')[0]).toMatchObject({ kind: 'accent', instead: 'oe' });
  });

  it('explains spaces and emoji, each character once, and counts an emoji as one character', () => {
    const ps = explain(EDU, 'Mon chat 😺 ! 😺');
    expect(ps.map((p) => p.kind)).toEqual<ProblemKind[]>(['space', 'emoji']);
    expect(problemText(ps[0])).toMatch(/espaces/);
    expect(problemText(ps[1])).toContain('« 😺 »');
    expect(met(check(EDU, 'Abcdef😺'), 'length')).toBe(false); // 7 characters for the family
    expect(met(check(EDU, 'Abcdef!😺'), 'length')).toBe(true);
    expect(met(check(EDU, 'Abcdef!😺'), 'chars')).toBe(false);
    expect(explain(EDU, 'Abc\u0007defgh!')[0].kind).toBe('other');
  });
});

describe("Net O'Centre / Touraine e-school rule (8 characters, a mix advised)", () => {
  it('only the length blocks; kinds of characters and accent-free text are advice', () => {
    expect(check(RECIA_PASSWORD, '').map((r) => [r.id, r.required])).toEqual([
      ['length', true],
      ['upper', false],
      ['lower', false],
      ['digit', false],
      ['special', false],
      ['chars', false],
    ]);
    expect(compliant(RECIA_PASSWORD, 'abcdefg')).toBe(false);
    expect(compliant(RECIA_PASSWORD, 'abcdefgh')).toBe(true);
  });

  it('counts any ASCII punctuation as special, and advises against spaces and accents', () => {
    for (const c of '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~') expect(met(check(RECIA_PASSWORD, `a${c}`), 'special')).toBe(true);
    const ps = explain(RECIA_PASSWORD, 'mot de passé');
    expect(ps.map((p) => [p.kind, p.strict, p.key])).toEqual([
      ['space', false, 'password.avoid.space'],
      ['accent', false, 'password.avoid.accent'],
    ]);
    expect(problemText(ps[1])).toBe('Évitez « é ». Écrivez plutôt « e » sans accent.');
    const [euro] = explain(RECIA_PASSWORD, 'prix10€');
    expect(euro).toMatchObject({ kind: 'symbol', char: '€', strict: false });
    expect(problemText(euro)).toBe('Évitez le caractère « € ». Utilisez plutôt : ! ? @ # - + = %');
  });
});

describe('passwordrules (Apple syntax: dash first in a class, ] last)', () => {
  it('EduConnect', () => {
    expect(passwordRules(EDU)).toBe('minlength: 8; required: upper; required: [-!?@#&=+%<>]; allowed: lower, digit;');
  });
  it("Net O'Centre, Touraine e-school, mon ENT Occitanie", () => {
    const recia = 'minlength: 8; allowed: upper, lower, digit, [-!"#$%&\'()*+,./:;<=>?@[\\^_`{|}~]];';
    for (const id of ['netocentre', 'touraine-eschool', 'mon-ent-occitanie']) {
      expect(passwordRules(portalById(id)!.password!), id).toBe(recia);
    }
  });
  it('every portal declares a rule', () => {
    for (const p of PORTALS) expect(p.password, p.id).toBeDefined();
  });
  it('places the dash first and the closing bracket last', () => {
    expect(customClass('a-b]c')).toBe('[-abc]]');
    expect(customClass('!!--')).toBe('[-!]');
  });
});

describe('texts', () => {
  it('every rule line and explanation has a French text', () => {
    for (const rule of [EDU, RECIA_PASSWORD]) for (const r of check(rule, '')) expect(lineText(rule, r.id), r.id).not.toBe('');
    expect(lineText(EDU, 'special')).toBe('Au moins un caractère spécial : ! ? @ # & = + - % < >');
    for (const strict of ['bad', 'avoid']) {
      for (const kind of ['space', 'accent', 'emoji', 'symbol', 'other']) expect(t(`password.${strict}.${kind}`, 'x', 'y'), kind).not.toBe('');
    }
    for (const k of ['title', 'match_yes', 'match_no', 'generate', 'copy', 'fill', 'again', 'caps_lock']) {
      expect(t(`password.${k}`), k).not.toBe('');
    }
  });
});
