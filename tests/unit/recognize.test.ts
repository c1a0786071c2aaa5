import { describe, expect, it } from 'vitest';
import { PORTALS } from '@/utils/portals';
import { recognize } from '@/utils/recognize';
import { loadFixtures } from '../support/fixtures.mjs';

function docOf(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const fixtures = loadFixtures();

describe('recognize() on every fixture page', () => {
  it('fixture URLs are unique (the e2e server serves each page at its own URL)', () => {
    const urls = fixtures.map((f) => f.url);
    expect(urls.filter((u, i) => urls.indexOf(u) !== i)).toEqual([]);
  });

  it('has fixtures for every step of every portal with steps', () => {
    for (const p of PORTALS) {
      for (const s of p.steps) {
        const has = fixtures.some((f) => f.expect?.portal === p.id && f.expect.step === s.id);
        expect(has, `${p.id}/${s.id} has no fixture page`).toBe(true);
      }
    }
  });

  for (const f of fixtures) {
    it(`${f.name} → ${f.expect ? `${f.expect.portal}/${f.expect.step}` : 'nothing'}`, () => {
      const r = recognize(f.url, docOf(f.html), PORTALS);
      if (!f.expect) {
        expect(r).toBeNull();
        return;
      }
      expect(r, 'recognised').not.toBeNull();
      expect({ portal: r!.portal, step: r!.step }).toEqual(f.expect);
      expect(r!.state).toBe(f.state);
    });
  }
});

describe('recognize() robustness', () => {
  const login = fixtures.find((f) => f.name === 'netocentre/login-new.html')!;

  it('recognises a page whose URL lags behind its content (cerbere2 postback)', () => {
    const terms = fixtures.find((f) => f.name === 'netocentre/activation-terms.html')!;
    // The CGU page served at the identification page's URL.
    const r = recognize('https://lycees.netocentre.fr/cerbere2/', docOf(terms.html), PORTALS);
    expect(r?.step).toBe('activation-terms');
  });

  it('is case- and accent-insensitive on text fallbacks', () => {
    const html = '<html><body><h1>BIENVENUE DANS VOTRE ENT !</h1><ul><li><a href="#">ELEVE OU PARENT</a></li><li><a href="#">AUTRE PUBLIC</a></li></ul></body></html>';
    const r = recognize('https://ent.netocentre.fr/cas/login?service=x', docOf(html), PORTALS);
    expect(r?.step).toBe('profile-chooser');
  });

  it('returns null for non-http URLs and garbage', () => {
    expect(recognize('javascript:alert(1)', docOf(login.html), PORTALS)).toBeNull();
    expect(recognize('not a url', docOf(login.html), PORTALS)).toBeNull();
  });

  it('decides the shared CAS portal from the service parameter', () => {
    const r = recognize(
      'https://ent.netocentre.fr/cas/login?service=https%3A%2F%2Fwww.touraine-eschool.fr%2Fportail%2FLogin&idpId=autres-publics',
      docOf(login.html),
      PORTALS,
    );
    expect(r?.portal).toBe('touraine-eschool');
  });

  it('points to "Activer mon compte" on a first connection with the ENT letter (first-ent)', () => {
    const r = recognize(login.url, docOf(login.html), PORTALS, { situation: 'first-ent' });
    expect(r?.step).toBe('login');
    expect(r?.help).toBe('recia.login_first');
    expect(r?.target?.textContent).toContain('Activer mon compte');
  });

  it('finds the element to highlight on each RECIA step', () => {
    for (const f of fixtures.filter((x) => x.expect && x.expect.portal !== 'educonnect' && !x.name.includes('rwayf'))) {
      const r = recognize(f.url, docOf(f.html), PORTALS);
      if (r?.stepDef.target?.length) expect(r.target, `${f.name} target`).not.toBeNull();
    }
  });
});
