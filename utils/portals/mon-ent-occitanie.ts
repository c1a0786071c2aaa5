/**
 * mon ENT Occitanie (Kosmos / Skolengo): <slug>.mon-ent-occitanie.fr, www.mon-ent-occitanie.fr and the CAS
 * cas.mon-ent-occitanie.fr. Sources: seeds 002 and 004, ../shared/research/ent-pages.md §3.
 */
import type { PortalDef } from './types';

export const monEntOccitanie: PortalDef = {
  id: 'mon-ent-occitanie',
  name: 'mon ENT Occitanie',
  officialUrl: 'https://www.mon-ent-occitanie.fr/',
  hosts: {
    portal: { suffix: ['mon-ent-occitanie.fr'] },
    cas: { exact: ['cas.mon-ent-occitanie.fr'] },
  },
  steps: [],
  journeys: [],
};
