/**
 * mon ENT Occitanie (Kosmos / Skolengo): <slug>.mon-ent-occitanie.fr, www.mon-ent-occitanie.fr and the CAS
 * cas.mon-ent-occitanie.fr. Sources: seeds 002 and 004, ../shared/research/ent-pages.md §3.
 */
import { RECIA_PASSWORD } from './recia';
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
  // Local (ATEN) accounts: neither the seeds nor the research give Kosmos' rule, so the Net O'Centre-style
  // advice applies (8 characters, a mix recommended, nothing blocking beyond the length).
  password: RECIA_PASSWORD,
};
