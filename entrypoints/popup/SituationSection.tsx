/**
 * « Où en suis-je ? »: the family's situation on this portal, the same one the card on the page follows, and
 * the buttons to change it. The answer is kept per portal (utils/storage/situation.ts); the page's card
 * watches that storage and follows.
 */
import { useEffect, useState } from 'preact/hooks';
import { SituationChoice } from '@/components/popup/SituationChoice';
import { t } from '@/utils/i18n';
import { portalById } from '@/utils/portals';
import type { PortalId, Situation } from '@/utils/portals/types';
import { isSituation } from '@/utils/situation';
import { portalSituations, situationLabel, situationOption } from '@/utils/situation-choices';
import { rememberSituation, situationItem } from '@/utils/storage/situation';

interface Props {
  /** Whose answer it is: the journey's origin portal when known (on EduConnect the answer was given on the
   * ENT, as the card reads it), else the page's portal. */
  portal: PortalId;
  /** What the page's card follows now (`whereReply`), preferred to the stored answer when present. */
  shown?: Situation | null;
  /** The answer was stored: the page follows through storage; the caller may ask it again. */
  onChanged?(s: Situation): void;
}

export function SituationSection({ portal, shown, onChanged }: Props) {
  const [stored, setStored] = useState<Situation | null | undefined>(undefined);
  const [chosen, setChosen] = useState<Situation | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    const read = (mem: Awaited<ReturnType<typeof situationItem.get>>) => setStored(mem[portal]?.situation ?? null);
    void situationItem.get().then(read, () => setStored(null));
    return situationItem.watch(read);
  }, [portal]);
  const def = portalById(portal);
  const options = def ? portalSituations(def) : [];
  // Before storage answers, what the page's card follows shows at once; with neither, nothing (rather than
  // « not told yet » and then the answer).
  if (options.length === 0 || (stored === undefined && !isSituation(shown))) return null;
  // The family's last choice here, else what the page follows, else the stored answer.
  const now = chosen ?? (isSituation(shown) ? shown : (stored ?? null));
  const choose = async (id: string) => {
    if (!isSituation(id)) return;
    setChosen(id);
    try {
      await rememberSituation(portal, { situation: id });
      setStatus(t('popup.situation.saved'));
      onChanged?.(id);
    } catch {
      setStatus(t('popup.situation.save_failed'));
    }
  };
  return (
    <div class="pp-situation-box">
      <SituationChoice
        current={now ? { id: now, label: situationLabel(now) } : null}
        options={options.map(situationOption)}
        labels={{
          current: now ? t('situation.current', situationLabel(now)) : '',
          unknown: t('popup.situation.unknown'),
          change: t('popup.situation.change'),
          ask: t('popup.situation.ask'),
        }}
        onChoose={(id) => void choose(id)}
      />
      <p role="status" class="pp-muted" data-testid="pp-situation-status">
        {status}
      </p>
    </div>
  );
}
