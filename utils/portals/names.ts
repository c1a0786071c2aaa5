/**
 * Each portal's name as families see it, by id. Kept apart from the portal data so the overlay UI module can
 * name the portal a journey came from (« Vous venez de … ») without carrying every portal's steps: the
 * content script's entry holds those and hands the UI its recogniser.
 */
import type { PortalId } from './types';

export const PORTAL_NAMES: Readonly<Record<PortalId, string>> = {
  netocentre: "Net O'Centre",
  'touraine-eschool': 'Touraine e-school',
  'mon-ent-occitanie': 'mon ENT Occitanie',
  educonnect: 'EduConnect',
};
