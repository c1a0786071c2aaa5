/** « Ouvrir mon ENT » (utils/open-ent.ts): the family's portal first, every link an official address. */
import { describe, expect, it } from 'vitest';
import { checkUrl } from '@/utils/official/check';
import { openEntLinks } from '@/utils/open-ent';
import { PORTALS } from '@/utils/portals';

describe('Ouvrir mon ENT', () => {
  it('with nothing remembered: every portal, its official address, none marked as mine', () => {
    const links = openEntLinks([], {});
    expect(links.map((l) => l.portal)).toEqual(PORTALS.map((p) => p.id));
    expect(links.every((l) => !l.mine)).toBe(true);
    for (const l of links) expect(l.url).toBe(PORTALS.find((p) => p.id === l.portal)!.officialUrl);
  });

  it('the latest remembered choice puts its portal first, at its establishment when that is an ENT host', () => {
    const links = openEntLinks(
      [
        { portal: 'netocentre', establishment: 'lycees.netocentre.fr', lastUsed: 1 },
        { portal: 'mon-ent-occitanie', establishment: 'jean-moulin-beziers.mon-ent-occitanie.fr', lastUsed: 5 },
      ],
      { portal: 'educonnect' },
    );
    expect(links[0]).toMatchObject({ portal: 'mon-ent-occitanie', mine: true, url: 'https://jean-moulin-beziers.mon-ent-occitanie.fr/' });
    expect(links.filter((l) => l.mine)).toHaveLength(1);
  });

  it('the school\'s managed setting when nothing is remembered; a host outside the portal data is not used', () => {
    const links = openEntLinks([], { portal: 'touraine-eschool', establishment: 'touraine-eschool.example.net' });
    expect(links[0]).toMatchObject({ portal: 'touraine-eschool', mine: true, url: 'https://www.touraine-eschool.fr/' });
    const cas = openEntLinks([{ portal: 'mon-ent-occitanie', establishment: 'cas.mon-ent-occitanie.fr', lastUsed: 1 }], {});
    expect(cas[0].url).toBe('https://www.mon-ent-occitanie.fr/');
  });

  it('every link passes the popup\'s official-site check', () => {
    for (const l of openEntLinks([{ portal: 'netocentre', establishment: 'cfa.netocentre.fr', lastUsed: 1 }], {})) {
      expect(checkUrl(l.url), l.url).toMatchObject({ kind: 'official', portal: l.portal });
    }
  });
});
