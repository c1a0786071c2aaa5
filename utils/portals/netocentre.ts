/**
 * Net O'Centre (GIP RECIA, Centre-Val de Loire): lycees/cfa.netocentre.fr and the other RECIA portals.
 * Test pages: tests/fixtures/netocentre/*.html (each names its real URL in its first line).
 */
import { RECIA_PASSWORD, reciaJourneys, reciaSteps } from './recia';
import type { PortalDef } from './types';
import { PORTAL_NAMES } from './names';
import { PORTAL_HOSTS } from './hosts';
import { CONTENT_BUILD } from './content-build';

export const netocentre: PortalDef = {
  id: 'netocentre',
  name: PORTAL_NAMES.netocentre,
  officialUrl: 'https://lycees.netocentre.fr/',
  hosts: PORTAL_HOSTS.netocentre,
  steps: reciaSteps({ prefix: 'netocentre', own: [] }),
  // The content script's builds leave the journeys out: the background follows them (modules/content-entries.ts).
  journeys: CONTENT_BUILD ? [] : reciaJourneys('netocentre', 'netocentre'),
  password: RECIA_PASSWORD,
};

// The content script's build imports each portal by its file's default export (modules/content-entries.ts).
export default netocentre;
