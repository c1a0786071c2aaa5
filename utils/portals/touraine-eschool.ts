/**
 * Touraine e-school (collèges of Indre-et-Loire): the RECIA platform at www.touraine-eschool.fr.
 * It shares the RECIA CAS with Net O'Centre; a CAS page belongs here when its `service` is a
 * touraine-eschool.fr address (or, URL lagging, when its links lead back here).
 * Seed 003: do not give a personal e-mail; answer two secret questions instead.
 */
import { RECIA_CAS, RECIA_PASSWORD, reciaSteps } from './recia';
import type { PortalDef } from './types';

export const tourainEschool: PortalDef = {
  id: 'touraine-eschool',
  name: 'Touraine e-school',
  officialUrl: 'https://www.touraine-eschool.fr/',
  hosts: {
    portal: { exact: ['www.touraine-eschool.fr', 'touraine-eschool.fr'] },
    cas: RECIA_CAS,
  },
  serviceHosts: { suffix: ['touraine-eschool.fr'] },
  claimsSharedHostsByServiceOnly: true,
  steps: reciaSteps({
    prefix: 'touraine',
    own: ['activation_email', 'activation_questions', 'services'],
    targets: {
      'activation-email': [
        { css: 'input[type=submit], button', text: ['continuer'] },
        'input[type=submit]',
        'button',
      ],
    },
  }),
  journeys: [
    {
      id: 'touraine-activation',
      name: 'journey.recia_activation',
      steps: [
        { portal: 'touraine-eschool', step: 'home' },
        { portal: 'touraine-eschool', step: 'profile-chooser' },
        { portal: 'touraine-eschool', step: 'login' },
        { portal: 'touraine-eschool', step: 'activation-login' },
        { portal: 'touraine-eschool', step: 'activation-terms' },
        { portal: 'touraine-eschool', step: 'activation-email' },
        { portal: 'touraine-eschool', step: 'activation-questions' },
        { portal: 'touraine-eschool', step: 'activation-password' },
        { portal: 'touraine-eschool', step: 'activation-done' },
        { portal: 'touraine-eschool', step: 'login' },
        { portal: 'touraine-eschool', step: 'services' },
      ],
    },
    {
      id: 'touraine-educonnect',
      name: 'journey.recia_educonnect',
      steps: [
        { portal: 'touraine-eschool', step: 'home' },
        { portal: 'touraine-eschool', step: 'profile-chooser' },
        { portal: 'educonnect', step: 'login' },
        { portal: 'educonnect', step: 'identity-check' },
        { portal: 'educonnect', step: 'activation' },
        { portal: 'educonnect', step: 'activation-done' },
        { portal: 'touraine-eschool', step: 'account-choice' },
        { portal: 'touraine-eschool', step: 'services' },
      ],
    },
    {
      id: 'touraine-login',
      name: 'journey.recia_login',
      steps: [
        { portal: 'touraine-eschool', step: 'home' },
        { portal: 'touraine-eschool', step: 'profile-chooser' },
        { portal: 'touraine-eschool', step: 'login' },
        { portal: 'touraine-eschool', step: 'services' },
      ],
    },
    {
      id: 'touraine-lost-password',
      name: 'journey.recia_lost_password',
      steps: [
        { portal: 'touraine-eschool', step: 'login' },
        { portal: 'touraine-eschool', step: 'lost-password' },
        { portal: 'touraine-eschool', step: 'login' },
      ],
    },
  ],
  password: RECIA_PASSWORD,
};
