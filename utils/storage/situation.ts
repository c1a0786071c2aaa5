/**
 * The family's answer to « which letter do you have? », kept per portal on this device (`local:situation`,
 * version 1): the situation id and, on mon ENT Occitanie, the académie id. Ids only — never a name, an
 * identifier or anything typed. Checked with zod/mini on every read: an unknown portal, situation or académie
 * is dropped on its own and the rest kept. Forgotten with "Tout oublier" (options page).
 *
 * Stored shape (v1): `{ [portal]: { situation: Situation | null, academie?: Academie | null } }`.
 */
import * as z from 'zod/mini';
import { PORTAL_IDS } from '../portals/ids';
import { ACADEMIES, type PortalId, SITUATIONS } from '../portals/types';
import { type RememberedSituation, rememberAnswer, type SituationMemory } from '../situation';
import { SITUATION_KEY, SITUATION_VERSION } from './first-paint';
import { defineValidatedItem } from './validated';

export { SITUATION_KEY, SITUATION_VERSION };

const PortalIdSchema = z.enum(PORTAL_IDS);
const SituationSchema = z.enum(SITUATIONS);
const AcademieSchema = z.enum(ACADEMIES);

export const RememberedSchema = z.object({
  situation: z.nullable(SituationSchema),
  academie: z.optional(z.nullable(AcademieSchema)),
});

export const SituationMemorySchema = z.partialRecord(PortalIdSchema, RememberedSchema);

/** Keep each portal's answer that is still valid (a situation or académie id that no longer exists is dropped). */
export function salvageSituations(raw: unknown): SituationMemory {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const out: SituationMemory = {};
  for (const [k, v] of Object.entries(raw as Record<string, unknown>).slice(0, 20)) {
    const portal = z.safeParse(PortalIdSchema, k);
    if (!portal.success || !v || typeof v !== 'object') continue;
    const r = v as Record<string, unknown>;
    const situation = z.safeParse(SituationSchema, r.situation);
    const academie = z.safeParse(AcademieSchema, r.academie);
    const entry: RememberedSituation = { situation: situation.success ? situation.data : null };
    if (academie.success) entry.academie = academie.data;
    if (entry.situation || entry.academie) out[portal.data] = entry;
  }
  return out;
}

export const situationItem = defineValidatedItem<SituationMemory>(SITUATION_KEY, {
  schema: SituationMemorySchema as z.ZodMiniType<SituationMemory>,
  fallback: {},
  version: SITUATION_VERSION,
  sanitize: salvageSituations,
});

/** Keep the family's answer for one portal (the situation, the académie, or both). */
export function rememberSituation(portal: PortalId, answer: Partial<RememberedSituation>): Promise<SituationMemory> {
  return situationItem.update((mem) => rememberAnswer(mem, portal, answer));
}

/** Forget one portal's answer ("Ce n'est pas ma situation" clears it before the question comes back). */
export function forgetSituation(portal: PortalId): Promise<SituationMemory> {
  return situationItem.update((mem) => {
    const next = { ...mem };
    delete next[portal];
    return next;
  });
}

/** "Tout oublier": every portal's answer. */
export async function forgetAllSituations(): Promise<void> {
  await situationItem.set({});
}
