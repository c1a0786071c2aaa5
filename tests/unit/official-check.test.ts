/**
 * The official-site check (utils/official/check.ts): a table of hosts — officials and their subdomains, the
 * seed's misspelt EduConnect host, typos, IDN / punycode homographs, official names inside other domains, and
 * unrelated sites — with the outcome and the portal each one is (or imitates).
 */
import { domainToUnicode } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkHost, checkUrl, skeleton } from '@/utils/official/check';
import { decodeLabel, hostToUnicode } from '@/utils/official/punycode';
import { PORTALS } from '@/utils/portals';

type Row = [host: string, kind: 'official' | 'lookalike' | 'unrelated', portal?: string];

const TABLE: Row[] = [
  // Official hosts of the portal data and subdomains of official domains.
  ['lycees.netocentre.fr', 'official', 'netocentre'],
  ['cfa.netocentre.fr', 'official', 'netocentre'],
  ['ent.netocentre.fr', 'official', 'netocentre'],
  ['auth.recia.fr', 'official', 'netocentre'],
  ['www.touraine-eschool.fr', 'official', 'touraine-eschool'],
  ['touraine-eschool.fr', 'official', 'touraine-eschool'],
  ['www.mon-ent-occitanie.fr', 'official', 'mon-ent-occitanie'],
  ['henri-iv-beziers.mon-ent-occitanie.fr', 'official', 'mon-ent-occitanie'],
  ['cas.mon-ent-occitanie.fr', 'official', 'mon-ent-occitanie'],
  ['educonnect.education.gouv.fr', 'official', 'educonnect'],
  ['moncompte.educonnect.education.gouv.fr', 'official', 'educonnect'],
  ['LYCEES.NETOCENTRE.FR.', 'official', 'netocentre'],
  ['xn--lyces-dsa.netocentre.fr', 'official', 'netocentre'],
  // Seed 002's misspelt EduConnect host, and other typos.
  ['educconnect.education.gouv.fr', 'lookalike', 'educonnect'],
  ['educonect.education.gouv.fr', 'lookalike', 'educonnect'],
  ['lycees.netocentr.fr', 'lookalike', 'netocentre'],
  ['lycees.netocenter.fr', 'lookalike', 'netocentre'],
  ['www.touraine-eschol.fr', 'lookalike', 'touraine-eschool'],
  ['www.tourraine-eschool.fr', 'lookalike', 'touraine-eschool'],
  ['www.mon-ent-ocitanie.fr', 'lookalike', 'mon-ent-occitanie'],
  // Digits for letters.
  ['lycees.net0centre.fr', 'lookalike', 'netocentre'],
  ['www.touraine-eschoo1.fr', 'lookalike', 'touraine-eschool'],
  // IDN homographs (Cyrillic е / о, Greek ο), given as the browser shows them (punycode) and as typed.
  ['xn--ntocentre-g0h.fr', 'lookalike', 'netocentre'],
  ['lycees.nеtocentre.fr', 'lookalike', 'netocentre'],
  ['xn--educnnect-t1g.education.gouv.fr', 'lookalike', 'educonnect'],
  ['xn--turaine-eschool-8rm.fr', 'lookalike', 'touraine-eschool'],
  ['www.mοn-ent-occitanie.fr', 'lookalike', 'mon-ent-occitanie'],
  // Official names inside other domains.
  ['mon-ent-occitanie.fr.example.net', 'lookalike', 'mon-ent-occitanie'],
  ['lycees-netocentre.fr', 'lookalike', 'netocentre'],
  ['netocentre.com', 'lookalike', 'netocentre'],
  ['educonnect-education-gouv.fr', 'lookalike', 'educonnect'],
  ['touraine-eschool.login-secure.com', 'lookalike', 'touraine-eschool'],
  ['monentoccitanie.fr', 'lookalike', 'mon-ent-occitanie'],
  ['educonnect.gouv.fr', 'lookalike', 'educonnect'],
  // Unrelated sites, including neighbours of the official ones that must not alarm anybody.
  ['www.google.fr', 'unrelated'],
  ['fr.wikipedia.org', 'unrelated'],
  ['www.education.gouv.fr', 'unrelated'],
  ['eduscol.education.gouv.fr', 'unrelated'],
  ['franceconnect.gouv.fr', 'unrelated'],
  ['www.ac-orleans-tours.fr', 'unrelated'],
  ['www.laregion.fr', 'unrelated'],
  ['www.occitanie.fr', 'unrelated'],
  ['www.moncollege.valdemarne.fr', 'unrelated'],
  ['www.index-education.com', 'unrelated'],
  ['www.netflix.com', 'unrelated'],
  ['www.grecia.it', 'unrelated'],
  ['www.regia.fr', 'unrelated'],
  ['auth.recla.fr', 'lookalike', 'netocentre'],
  ['educonnect.education.gouv.fr.secure-login.com', 'lookalike', 'educonnect'],
  ['localhost', 'unrelated'],
  ['192.168.1.1', 'unrelated'],
];

describe('official-site check: host table', () => {
  it('has at least 30 hosts of each kind in total and covers every portal', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(30);
    for (const p of PORTALS) expect(TABLE.some(([, k, portal]) => k === 'official' && portal === p.id), p.id).toBe(true);
  });

  it.each(TABLE)('%s → %s %s', (host, kind, portal) => {
    const r = checkHost(host);
    expect(r.kind).toBe(kind);
    if (portal) expect(r.kind !== 'unrelated' && r.portal).toBe(portal);
  });

  it('gives the real address to use for a look-alike, from the portal data', () => {
    const r = checkHost('educconnect.education.gouv.fr');
    expect(r).toMatchObject({ kind: 'lookalike', portal: 'educonnect', reason: 'typo', officialUrl: 'https://educonnect.education.gouv.fr/' });
    const idn = checkHost('xn--ntocentre-g0h.fr');
    expect(idn).toMatchObject({ kind: 'lookalike', reason: 'homoglyph', display: 'nеtocentre.fr', officialUrl: 'https://lycees.netocentre.fr/' });
    expect(checkHost('mon-ent-occitanie.fr.example.net')).toMatchObject({ reason: 'embedded', officialUrl: 'https://www.mon-ent-occitanie.fr/' });
  });

  it('takes the official host list from the portal data, not a copy', () => {
    const fake = PORTALS.map((p) =>
      p.id === 'touraine-eschool' ? { ...p, hosts: { ...p.hosts, portal: { exact: ['ent.example-ecole.fr'] } } } : p,
    );
    expect(checkHost('ent.example-ecole.fr', fake)).toMatchObject({ kind: 'official', portal: 'touraine-eschool' });
    expect(checkHost('ent.example-ecole.fr')).toMatchObject({ kind: 'unrelated' });
  });
});

describe('official-site check: addresses', () => {
  it('reads the host of a page address; only web pages can be ENT pages', () => {
    expect(checkUrl('https://lycees.netocentre.fr/cerbere2/stylesheets/charte.xhtml')).toMatchObject({ kind: 'official', portal: 'netocentre' });
    expect(checkUrl('https://user:pw@educconnect.education.gouv.fr:443/idp?x=1')).toMatchObject({ kind: 'lookalike' });
    expect(checkUrl('chrome://extensions/')).toEqual({ kind: 'unrelated', host: null });
    expect(checkUrl('about:blank')).toEqual({ kind: 'unrelated', host: null });
    expect(checkUrl(undefined)).toEqual({ kind: 'unrelated', host: null });
    expect(checkUrl('not a url')).toEqual({ kind: 'unrelated', host: null });
  });

  it('names the portal of a shared CAS page by its service parameter', () => {
    const svc = encodeURIComponent('https://www.touraine-eschool.fr/portail/');
    expect(checkUrl(`https://ent.netocentre.fr/cas/login?service=${svc}`)).toMatchObject({ kind: 'official', portal: 'touraine-eschool' });
    expect(checkUrl('https://ent.netocentre.fr/cas/login')).toMatchObject({ kind: 'official', portal: 'netocentre' });
  });
});

describe('punycode and skeleton', () => {
  it('decodes IDN labels exactly like Node url.domainToUnicode', () => {
    for (const h of ['xn--ntocentre-g0h.fr', 'xn--lyces-dsa.netocentre.fr', 'xn--educnnect-t1g.education.gouv.fr', 'xn--turaine-eschool-8rm.fr', 'xn--mnchen-3ya.de', 'xn--fiqs8s.cn']) {
      expect(hostToUnicode(h)).toBe(domainToUnicode(h));
    }
    expect(decodeLabel('!!!')).toBeNull();
  });

  it('folds look-alike letters and accents to Latin', () => {
    expect(skeleton('xn--ntocentre-g0h.fr')).toBe('netocentre.fr');
    expect(skeleton('xn--lyces-dsa.netocentre.fr')).toBe('lycees.netocentre.fr');
  });
});

describe('« is this the real site? » says what the check decides (issue 20, defect 6)', async () => {
  const { addressCheck, buildContent } = await import('@/utils/help-content');
  const { officialNames, PORTAL_HOSTS, ADDRESS_CHECK_STEPS } = await import('@/utils/portals/hosts');
  const ids = Object.keys(PORTAL_HOSTS) as (keyof typeof PORTAL_HOSTS)[];

  it('one source: the portal data\'s hosts are the hosts the sentence is built from', () => {
    for (const p of PORTALS) expect(p.hosts, p.id).toBe(PORTAL_HOSTS[p.id]);
  });

  it.each(ids)('%s: every name the help gives is official, and « faux-… » of a domain is not', (id) => {
    const { exact, domains } = officialNames(id);
    expect(exact.length + domains.length).toBeGreaterThan(0);
    for (const h of exact) expect(checkHost(h).kind, h).toBe('official');
    for (const d of domains) {
      expect(checkHost(`lycees${d}`).kind, d).toBe('official');
      expect(checkHost(`faux-${d.slice(1)}`).kind, d).not.toBe('official');
    }
    const text = addressCheck(id)!.a;
    for (const n of [...exact, ...domains]) expect(text).toContain(n);
  });

  it('RECIA\'s other portals are named, and the old « netocentre.fr ou touraine-eschool.fr » sentence is gone', () => {
    const text = addressCheck('netocentre')!.a;
    for (const h of ['www.chercan.fr', 'ent.colleges41.fr', 'mon-e-college.loiret.fr', 'e-college.indre.fr', 'www.colleges-eureliens.fr', 'ent.recia.fr', 'auth.recia.fr', '.netocentre.fr']) {
      expect(text).toContain(h);
    }
    expect(text).not.toMatch(/finir par netocentre/);
  });

  it('the EduConnect login help carries the check (where look-alikes such as educconnect… are likely)', () => {
    expect(ADDRESS_CHECK_STEPS.educonnect).toContain('login');
    for (const [step, help, state] of [['login', 'educonnect.login', null], ['login', 'educonnect.login_error', 'error']] as const) {
      const c = buildContent({ portal: 'educonnect', step, state, help, targetFound: true, journey: null });
      const last = c.stuck.at(-1)!;
      expect(last.a).toContain('educonnect.education.gouv.fr');
    }
  });
});
