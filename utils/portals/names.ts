/**
 * Each portal's name as families see it, by id (from utils/portals/ids.ts). Kept apart from the portal data so
 * the overlay UI module can name the portal a journey came from (« Vous venez de … ») without carrying every
 * portal's steps: the content script's entry holds those and hands the UI its recogniser.
 */
import { PORTAL_IDS, PORTAL_INFO, type PortalId } from './ids';

export const PORTAL_NAMES: Readonly<Record<PortalId, string>> = Object.fromEntries(
  PORTAL_IDS.map((id) => [id, PORTAL_INFO[id].name]),
) as Record<PortalId, string>;
