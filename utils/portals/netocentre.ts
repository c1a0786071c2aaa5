/**
 * Net O'Centre (GIP RECIA, Centre-Val de Loire): lycees/cfa.netocentre.fr and the other RECIA portals.
 * Test pages: tests/fixtures/netocentre/*.html (each names its real URL in its first line).
 */
import { RECIA_CAS, RECIA_PASSWORD, reciaSteps } from './recia';
import type { PortalDef } from './types';

export const netocentre: PortalDef = {
  id: 'netocentre',
  name: "Net O'Centre",
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
  journeys: [
    {
      id: 'netocentre-activation',
      name: 'journey.recia_activation',
      steps: [
        { portal: 'netocentre', step: 'home' },
        { portal: 'netocentre', step: 'profile-chooser' },
        { portal: 'netocentre', step: 'login' },
        { portal: 'netocentre', step: 'activation-login' },
        { portal: 'netocentre', step: 'activation-terms' },
        { portal: 'netocentre', step: 'activation-email' },
        { portal: 'netocentre', step: 'activation-questions' },
        { portal: 'netocentre', step: 'activation-password' },
        { portal: 'netocentre', step: 'activation-done' },
        { portal: 'netocentre', step: 'login' },
        { portal: 'netocentre', step: 'services' },
      ],
    },
    {
      id: 'netocentre-educonnect',
      name: 'journey.recia_educonnect',
      steps: [
        { portal: 'netocentre', step: 'home' },
        { portal: 'netocentre', step: 'profile-chooser' },
        { portal: 'educonnect', step: 'login' },
        { portal: 'educonnect', step: 'identity-check' },
        { portal: 'educonnect', step: 'activation' },
        { portal: 'educonnect', step: 'activation-done' },
        { portal: 'netocentre', step: 'account-choice' },
        { portal: 'netocentre', step: 'services' },
      ],
    },
    {
      id: 'netocentre-login',
      name: 'journey.recia_login',
      steps: [
        { portal: 'netocentre', step: 'home' },
        { portal: 'netocentre', step: 'profile-chooser' },
        { portal: 'netocentre', step: 'login' },
        { portal: 'netocentre', step: 'services' },
      ],
    },
    {
      id: 'netocentre-lost-password',
      name: 'journey.recia_lost_password',
      steps: [
        { portal: 'netocentre', step: 'login' },
        { portal: 'netocentre', step: 'lost-password' },
        { portal: 'netocentre', step: 'login' },
      ],
    },
  ],
  password: RECIA_PASSWORD,
};
