/**
 * The portal registry. Adding a portal = one data file here + its fixture pages + tests.
 */
import { educonnect } from './educonnect';
import { monEntOccitanie } from './mon-ent-occitanie';
import { netocentre } from './netocentre';
import { tourainEschool } from './touraine-eschool';
import { matchesOf } from './entries';
import type { PortalDef, PortalId } from './types';

/** Order matters only for shared hosts: a portal that claims shared hosts by `service` only comes first. */
export const PORTALS: readonly PortalDef[] = [tourainEschool, netocentre, monEntOccitanie, educonnect];

export function portalById(id: PortalId | string): PortalDef | undefined {
  return PORTALS.find((p) => p.id === id);
}

/** Manifest match patterns for every ENT host (content scripts and host permissions use exactly these). */
export const ENT_MATCHES: string[] = matchesOf(PORTALS);
