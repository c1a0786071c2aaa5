/**
 * The situations a family can choose from on one portal (the popup's « Où en suis-je ? », the options page):
 * those its journeys serve, in the fixed order of `SITUATIONS`, each named after the family's letter.
 */
import { t } from './i18n';
import { SITUATIONS, type PortalDef, type Situation } from './portals/types';
import { choiceAttr, situationButtonKey } from './situation';

export function portalSituations(portal: Pick<PortalDef, 'journeys'>): Situation[] {
  const served = new Set(portal.journeys.flatMap((j) => j.situations));
  return SITUATIONS.filter((s) => served.has(s));
}

/** « J'ai un courrier avec un identifiant ENT »… (the card's question buttons say the same). */
export function situationLabel(s: Situation): string {
  return t(situationButtonKey(s));
}

/** A button choosing `s`, wherever one is shown (card, popup, options): its label and its attribute. */
export function situationOption(s: Situation): { id: Situation; label: string; attr: readonly [string, string] } {
  return { id: s, label: situationLabel(s), attr: choiceAttr(s) };
}
