/**
 * Net O'Centre (GIP RECIA, Centre-Val de Loire): lycees/cfa.netocentre.fr and the other RECIA portals.
 * Test pages: tests/fixtures/netocentre/*.html (each names its real URL in its first line).
 */
import { RECIA_CAS, RECIA_PASSWORD, reciaJourneys, reciaSteps } from './recia';
import type { PortalDef } from './types';
import { PORTAL_NAMES } from './names';

export const netocentre: PortalDef = {
  id: 'netocentre',
  name: PORTAL_NAMES.netocentre,
  officialUrl: 'https://lycees.netocentre.fr/',
  hosts: {
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
  steps: reciaSteps({ prefix: 'netocentre', own: [] }),
  journeys: reciaJourneys('netocentre', 'netocentre'),
  password: RECIA_PASSWORD,
};
