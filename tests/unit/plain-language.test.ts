/**
 * Plain French (FALC): sentences of the French locale are short — 15 words on average, none over 25.
 * The figures are printed so a reviewer sees them in the test output.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

function leaves(o: unknown, prefix = ''): [string, string][] {
  if (typeof o === 'string') return [[prefix, o]];
  if (o && typeof o === 'object') return Object.entries(o).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  return [];
}

export function sentences(text: string): string[] {
  return text
    .replace(/\$\d/g, 'X')
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
}

export function words(sentence: string): number {
  return sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

describe('plain French in locales/fr.yml', () => {
  const fr = parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../locales/fr.yml'), 'utf8'));
  // Texts read by families; proper names and the store description are not help text.
  const texts = leaves(fr).filter(([k]) => !k.startsWith('meta.') && k !== 'ext.name' && k !== 'ext.description');
  const all = texts.flatMap(([k, v]) => sentences(v).map((s) => ({ k, s, n: words(s) })));

  it('has help text to check', () => {
    expect(all.length).toBeGreaterThan(100);
  });

  it('sentences average at most 15 words and none is over 25', () => {
    const avg = all.reduce((a, x) => a + x.n, 0) / all.length;
    const longest = [...all].sort((a, b) => b.n - a.n).slice(0, 3);
    console.log(
      `plain language: ${all.length} sentences, ${avg.toFixed(1)} words on average, longest ${longest[0].n} (${longest[0].k})`,
    );
    expect(avg).toBeLessThanOrEqual(15);
    expect(all.filter((x) => x.n > 25).map((x) => `${x.k}: ${x.s}`)).toEqual([]);
  });
});

describe('FALC rewrites of issue 20', () => {
  const fr = parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../locales/fr.yml'), 'utf8'));
  const text = new Map(leaves(fr));
  const all = [...text.values()].join('\n');

  it('the vague sentences say what the family sees and does', () => {
    for (const vague of [
      'Vous recevrez de quoi choisir un nouveau mot de passe',
      'Un mot de passe provisoire ne dure pas toujours',
      'Vous allez créer votre mot de passe ou entrer dans vos services',
    ]) expect(all).not.toContain(vague);
    expect(text.get('recia.lost_password.next')).toMatch(/e-mail avec un lien ou un code/);
    expect(text.get('educonnect.identity_check_first.next')).toContain('« Créer mon compte »');
  });

  it('« mot de passe provisoire » and « académie » are explained where first met', () => {
    expect(text.get('recia.activation_login.body.b2')).toMatch(/mot de passe provisoire est celui du courrier\. Il sert une seule fois/);
    expect(text.get('popup.faq.temp_password.a.b1')).toMatch(/celui du courrier/);
    expect(text.get('occitanie.home.body.b3')).toMatch(/académie : c'est la région scolaire/);
    expect(text.get('popup.faq.academie.a.b1')).toMatch(/région scolaire/);
  });

  it('no advice to write secrets on the school letter', () => {
    expect(all).not.toMatch(/Notez-les sur le courrier/);
  });

  // The letter holds the identifiant and travels in the school bag: wherever a text says to write down a
  // password or the secret answers, it also says « not on the letter », in every language.
  it('every text that says to write a secret down says where not to: on the letter', () => {
    // An answer is read with its question (« Où noter mon mot de passe ? » — « Sur un papier… »).
    const withQuestion = (k: string, v: string) => (k.endsWith('.a') ? `${text.get(`${k.slice(0, -1)}q`) ?? ''} ${v}` : v);
    const writeSecret = ([k, v]: [string, string]) =>
      !k.endsWith('.q') && /\bnot(?:ez|er)\b/i.test(withQuestion(k, v)) && /mot de passe|réponses|notez-l(?:e|es)\b/i.test(withQuestion(k, v));
    const keys = [...text].filter(writeSecret).map(([k]) => k);
    expect(keys).toEqual(expect.arrayContaining(['password.proposal_hint', 'educonnect.activation_done.body.b2', 'educonnect.activation_done.stuck.s1.a']));
    const notOnLetter = { fr: /courrier/, en: /letter/i, ar: /الرسالة/ };
    for (const [lang, re] of Object.entries(notOnLetter)) {
      const msgs = lang === 'fr' ? text : new Map(leaves(parse(fs.readFileSync(path.resolve(import.meta.dirname, `../../locales/${lang}.yml`), 'utf8'))));
      expect(keys.filter((k) => !re.test(msgs.get(k) ?? '')).map((k) => `${lang} ${k}: ${msgs.get(k)}`)).toEqual([]);
    }
  });
});
