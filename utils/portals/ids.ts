/**
 * The one list of portals: id, display name, and where the short titles of its steps live in locales/*.yml.
 * The `PortalId` type, the message schema's enum and `PORTAL_NAMES` derive from it. Tiny and without imports:
 * the content script's entry and utils/messages.ts load it. Adding a portal starts here (README « Ajouter un
 * portail / une étape »; tests/unit/portals.test.ts lists what else is missing).
 */
export interface PortalInfo {
  /** The portal's name as families see it (a proper noun, the same in every language). */
  name: string;
  /** Key prefix of its steps' short titles (`<titles>.<step>`, else `steps.<step>`): « Étape suivante : … », guides. */
  titles: string;
}

const PORTAL_TABLE = {
  netocentre: { name: "Net O'Centre", titles: 'steps' },
  'touraine-eschool': { name: 'Touraine e-school', titles: 'steps' },
  'mon-ent-occitanie': { name: 'mon ENT Occitanie', titles: 'occitanie.titles' },
  educonnect: { name: 'EduConnect', titles: 'educonnect.titles' },
} as const satisfies Record<string, PortalInfo>;

export type PortalId = keyof typeof PORTAL_TABLE;

export const PORTAL_INFO: Readonly<Record<PortalId, PortalInfo>> = PORTAL_TABLE;

/** Every portal id, in the table's order (a non-empty tuple, as `z.enum` wants). */
export const PORTAL_IDS = Object.keys(PORTAL_TABLE) as [PortalId, ...PortalId[]];
