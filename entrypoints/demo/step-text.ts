/** The demonstration's texts taken from the overlay's: a journey's label, a recognised step's help. */
import { contentOf } from '@/utils/help-content';
import { t } from '@/utils/i18n';
import type { DemoJourney } from '@/utils/demo/plan';
import { portalById } from '@/utils/portals';
import type { StageInfo } from './stage';

export function journeyLabel(j: DemoJourney): string {
  return `${portalById(j.owner)?.name ?? j.owner} — ${t(j.name)}`;
}

/** The translated text of a recognised step, as the overlay shows it. */
export function stepText(info: StageInfo | null, url: string) {
  const rec = info?.rec;
  if (!rec) return null;
  const c = contentOf(rec, info.view);
  return {
    portal: rec.portal,
    step: rec.step,
    url,
    counter: c.counter ?? '',
    title: c.title,
    origin: c.origin ?? '',
    body: c.body,
    next: c.next ? `${c.nextLabel} ${c.next}` : '',
    then: c.then ?? '',
  };
}
