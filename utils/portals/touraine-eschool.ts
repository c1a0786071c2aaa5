/**
 * Touraine e-school (collèges of Indre-et-Loire): the RECIA platform at www.touraine-eschool.fr.
 * It shares the RECIA CAS with Net O'Centre; a CAS page belongs here when its `service` is a
 * touraine-eschool.fr address (or, URL lagging, when its links lead back here).
 * Seed 003: do not give a personal e-mail; answer two secret questions instead.
 */
import { RECIA_PASSWORD, reciaJourneys, reciaSteps } from './recia';
import type { PortalDef } from './types';
import { PORTAL_NAMES } from './names';
import { PORTAL_HOSTS } from './hosts';
import { CONTENT_BUILD } from './content-build';

export const tourainEschool: PortalDef = {
  id: 'touraine-eschool',
  name: PORTAL_NAMES['touraine-eschool'],
  officialUrl: 'https://www.touraine-eschool.fr/',
  hosts: PORTAL_HOSTS['touraine-eschool'],
  serviceHosts: { suffix: ['touraine-eschool.fr'] },
  claimsSharedHostsByServiceOnly: true,
  steps: reciaSteps({
    prefix: 'touraine',
    own: ['activation_email', 'activation_questions', 'activation_password', 'services'],
    targets: {
      'activation-email': [
        { css: 'input[type=submit], button', text: ['continuer'] },
        'input[type=submit]',
        'button',
      ],
    },
  }),
  // The content script's builds leave the journeys out: the background follows them (modules/content-entries.ts).
  journeys: CONTENT_BUILD ? [] : reciaJourneys('touraine-eschool', 'touraine', { noEmailFirst: true }),
  password: RECIA_PASSWORD,
};

// The content script's build imports each portal by its file's default export (modules/content-entries.ts).
export default tourainEschool;
