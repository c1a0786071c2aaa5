/**
 * EduConnect, the national login of the Éducation nationale (educonnect.education.gouv.fr).
 * Sources: seed 002, ../shared/research/ent-pages.md §4.
 */
import type { PortalDef } from './types';

export const educonnect: PortalDef = {
  id: 'educonnect',
  name: 'EduConnect',
  officialUrl: 'https://educonnect.education.gouv.fr/',
  hosts: {
    idp: { exact: ['educonnect.education.gouv.fr'] },
    account: { exact: ['moncompte.educonnect.education.gouv.fr'] },
    services: { exact: ['teleservices.education.gouv.fr'] },
  },
  steps: [],
  journeys: [],
  // Seed 002: « Au moins 8 caractères, au moins 1 majuscule et au moins un caractère spécial ( !?@#&=+-%<>) ».
  password: {
    minLength: 8,
    required: ['upper', 'special'],
    recommended: ['lower', 'digit'],
    specials: '!?@#&=+-%<>',
  },
};
