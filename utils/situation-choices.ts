/**
 * The situations a family can choose from on one portal (the popup's « Où en suis-je ? », the options page):
 * those its journeys serve, in the fixed order of `SITUATIONS`, each named after the family's letter.
 */
import { t } from './i18n';
import { SITUATIONS, type PortalDef, type Situation } from './portals/types';
import { situationButtonKey } from './situation';

export function portalSituations(portal: Pick<PortalDef, 'journeys'>): Situation[] {
  const served = new Set(portal.journeys.flatMap((j) => j.situations));
  return SITUATIONS.filter((s) => served.has(s));
}

/** « J'ai un courrier avec un identifiant ENT »… (the card's question buttons say the same). */
export function situationLabel(s: Situation): string {
  return t(situationButtonKey(s));
}
