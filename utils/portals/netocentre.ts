/**
 * Net O'Centre (GIP RECIA, Centre-Val de Loire): lycees/cfa.netocentre.fr and the other RECIA portals.
 * Test pages: tests/fixtures/netocentre/*.html (each names its real URL in its first line).
 */
import { RECIA_PASSWORD, reciaJourneys, reciaSteps } from './recia';
import type { PortalDef } from './types';
import { PORTAL_NAMES } from './names';
import { PORTAL_HOSTS } from './hosts';

export const netocentre: PortalDef = {
  id: 'netocentre',
  name: PORTAL_NAMES.netocentre,
  officialUrl: 'https://lycees.netocentre.fr/',
  hosts: PORTAL_HOSTS.netocentre,
  steps: reciaSteps({ prefix: 'netocentre', own: [] }),
  journeys: reciaJourneys('netocentre', 'netocentre'),
  password: RECIA_PASSWORD,
};
