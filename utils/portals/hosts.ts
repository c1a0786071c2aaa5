/**
 * Every portal's official hosts: the ONE list that both the official-site check (utils/official/check.ts, through
 * the portal data) and the help's « is this the real site? » sentence (utils/help-content.ts) read. Kept apart
 * from the steps so the overlay UI can name the addresses without carrying every portal's data.
 * Sources: ../shared/research/ent-pages.md §1.1, §3.1, §4.1 (docs/sources.md: research-1.1, research-3.1,
 * research-4.1).
 */
import type { HostGroup, PortalId } from './types';

/** The RECIA CAS hosts (legacy production, new multi-domain CAS, older alias). */
export const RECIA_CAS: HostGroup = {
  exact: ['ent.netocentre.fr', 'auth.recia.fr', 'secure.giprecia.net'],
};

export const OCCITANIE_CAS_HOST = 'cas.mon-ent-occitanie.fr';

export const PORTAL_HOSTS: Readonly<Record<PortalId, Readonly<Record<string, HostGroup>>>> = {
  netocentre: {
    portal: {
      suffix: ['netocentre.fr'],
      exact: [
        'ent.recia.fr',
        'www.chercan.fr',
        'ent.colleges41.fr',
        'mon-e-college.loiret.fr',
        'e-college.indre.fr',
        'www.colleges-eureliens.fr',
      ],
    },
    cas: RECIA_CAS,
  },
  'touraine-eschool': {
    portal: { exact: ['www.touraine-eschool.fr', 'touraine-eschool.fr'] },
    cas: RECIA_CAS,
  },
  'mon-ent-occitanie': {
    portal: { suffix: ['mon-ent-occitanie.fr'], except: [OCCITANIE_CAS_HOST, 'mobilite.mon-ent-occitanie.fr'] },
    cas: { exact: [OCCITANIE_CAS_HOST] },
  },
  educonnect: {
    idp: { exact: ['educonnect.education.gouv.fr'] },
    account: { exact: ['moncompte.educonnect.education.gouv.fr'] },
    services: { exact: ['teleservices.education.gouv.fr'] },
  },
};

/**
 * The names a family may read in the address bar of a portal, the way the official-site check decides:
 * an exact host (`www.chercan.fr`), or a registrable domain whose every sub-domain is official, written with
 * its leading dot (`.netocentre.fr`: `lycees.netocentre.fr` is official, `faux-netocentre.fr` is not).
 * A host already covered by a domain is not repeated.
 */
export function officialNames(portal: PortalId): { exact: string[]; domains: string[] } {
  const groups = Object.values(PORTAL_HOSTS[portal]);
  const domains = [...new Set(groups.flatMap((g) => g.suffix ?? []))];
  const covered = (h: string) => domains.some((d) => h === d || h.endsWith(`.${d}`));
  const exact = [...new Set(groups.flatMap((g) => g.exact ?? []))].filter((h) => !covered(h));
  return { exact, domains: domains.map((d) => `.${d}`) };
}

/** Steps whose help ends with « is this the real site? » (home pages, and EduConnect's login: look-alikes). */
export const ADDRESS_CHECK_STEPS: Readonly<Record<PortalId, readonly string[]>> = {
  netocentre: ['home'],
  'touraine-eschool': ['home'],
  'mon-ent-occitanie': ['home'],
  educonnect: ['login'],
};
