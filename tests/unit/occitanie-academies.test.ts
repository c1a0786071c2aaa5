/**
 * mon ENT Occitanie, both académies (issue 22 §3): on the WAYF with the four pupil/parent `selection` lines of
 * research §5b, the ring is on the line of each road × académie, and the card quotes that line's words in
 * every language; the Skolengo-branded variant ticked rings « Valider » and still quotes the ticked line; the
 * login reached from each local line is `login`, the SAML relay after an EduConnect line is no step.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { LANGS, setMessages, tList } from '@/utils/i18n';
import { PORTALS } from '@/utils/portals';
import type { Academie, Situation } from '@/utils/portals/types';
import { recognize } from '@/utils/recognize';
import { loadFixtures } from '../support/fixtures.mjs';
import { loadLocale } from '../support/i18n-setup';

const fixtures = loadFixtures();
const page = (name: string) => fixtures.find((f) => f.name === `variants/mon-ent-occitanie/${name}.html`)!;
const docOf = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** The line each road takes in each académie (research §3.3, §5b; seed 002 for EduConnect, seed 004 for ATEN). */
const LINE: Record<'ent' | 'educonnect', Record<Academie, string>> = {
  educonnect: { montpellier: 'MONT-EDU_parent_eleve', toulouse: 'TOULO-EDU_parent_eleve' },
  ent: { montpellier: 'CSES-ENT_parent_eleve', toulouse: 'TOULO-ENT_parent_eleve' },
};
const ROADS: [Situation, 'ent' | 'educonnect'][] = [
  ['first-educonnect', 'educonnect'],
  ['everyday-educonnect', 'educonnect'],
  ['first-ent', 'ent'],
  ['everyday-ent', 'ent'],
];

const quotes = (help: string) => tList(`${help}.body`).flatMap((l) => (l.match(/«\s*([^»]*?)\s*»/g) ?? []).map((q) => q.slice(1, -1).trim()));

afterAll(() => setMessages(null));

describe('the four-line WAYF: ring and text on the line of each road × académie', () => {
  for (const lang of LANGS) {
    it(`${lang}`, async () => {
      setMessages(await loadLocale(lang), lang);
      const f = page('profile-chooser-four-lines');
      for (const [situation, road] of ROADS) {
        for (const academie of ['montpellier', 'toulouse'] as const) {
          const doc = docOf(f.html);
          const r = recognize(f.url, doc, PORTALS, { situation, academie })!;
          const where = `${situation}/${academie}`;
          expect(r.step, where).toBe('profile-chooser');
          expect(r.target?.getAttribute('for'), where).toBe(`idp-${LINE[road][academie]}`);
          const label = (r.target!.textContent ?? "").trim();
          const qs = quotes(r.help);
          // The card names the ringed line with the page's own words, and no other line of the list.
          expect(qs, `${where} ${r.help}`).toContain(label);
          const others = [...doc.querySelectorAll('label[for$="_parent_eleve"]')].map((l) => (l.textContent ?? "").trim()).filter((l) => l !== label);
          for (const o of others) expect(qs, `${where} quotes another line`).not.toContain(o);
        }
      }
    });
  }
});

describe('Skolengo-branded WAYF with the Toulouse local line ticked', () => {
  it('rings « Valider » on the ENT road and quotes the ticked line; the EduConnect road rings its own line', async () => {
    setMessages(await loadLocale('fr'), 'fr');
    const f = page('profile-chooser-four-lines-skolengo-checked');
    const ent = recognize(f.url, docOf(f.html), PORTALS, { situation: 'first-ent', academie: 'toulouse' })!;
    expect(ent.step).toBe('profile-chooser');
    expect(ent.target?.textContent).toBe('Valider');
    expect(ent.help).toBe('occitanie.profile_chooser_ent_toulouse_local');
    expect(quotes(ent.help)).toContain("de l'académie de Toulouse");
    const edu = recognize(f.url, docOf(f.html), PORTALS, { situation: 'everyday-educonnect', academie: 'toulouse' })!;
    expect(edu.target?.getAttribute('for')).toBe('idp-TOULO-EDU_parent_eleve');
    expect(quotes(edu.help)).toContain("de l'académie de Toulouse avec EduConnect");
    // Montpellier ENT on this page: the CSES-ENT line (not the ticked Toulouse one).
    const mont = recognize(f.url, docOf(f.html), PORTALS, { situation: 'everyday-ent', academie: 'montpellier' })!;
    expect(mont.target?.getAttribute('for')).toBe('idp-CSES-ENT_parent_eleve');
  });
});

describe('the pages reached from each line', () => {
  it('the local lines lead to `login` (Kosmos and Skolengo markup), rung on the identifier field', () => {
    for (const name of ['login-toulo-ent', 'login-cses-ent-skolengo']) {
      const f = page(name);
      for (const situation of ['first-ent', 'everyday-ent'] as const) {
        const r = recognize(f.url, docOf(f.html), PORTALS, { situation })!;
        expect(r.step, name).toBe('login');
        expect(r.state, name).toBeNull();
        expect(r.target?.id, name).toBe('username');
      }
    }
  });

  it('an EduConnect line leads to the SAML relay form: no step (EduConnect\'s login comes next)', () => {
    const f = page('saml-relay-toulo-edu');
    expect(recognize(f.url, docOf(f.html), PORTALS)).toBeNull();
  });
});
