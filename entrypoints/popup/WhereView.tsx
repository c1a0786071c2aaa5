/**
 * « Où en suis-je ? »: the official-site check of the open tab (look-alike, unrelated, official) and, on a
 * recognised step of an official site, the same help as the card on the page.
 */
import { useState } from 'preact/hooks';
import { StatusCard } from '@/components/popup/StatusCard';
import { StepHelp } from '@/components/popup/StepHelp';
import { fr } from '@/components/popup/typo';
import { buildContent } from '@/utils/help-content';
import { t } from '@/utils/i18n';
import type { JourneyView } from '@/utils/journey';
import type { WhereReply } from '@/utils/messages';
import type { SiteCheck } from '@/utils/official/check';
import { portalById } from '@/utils/portals';
import { SituationSection } from './SituationSection';
import { askWhere, type Target } from './target';

export interface Where {
  target: Target;
  check: SiteCheck;
  reply: WhereReply | null;
}

type Check<K extends SiteCheck['kind']> = Extract<SiteCheck, { kind: K }>;

export function WhereView({ where, onReply }: { where: Where; onReply(r: WhereReply | null): void }) {
  const { check } = where;
  if (check.kind === 'lookalike') return <LookalikeCheck check={check} />;
  if (check.kind === 'unrelated') return <UnrelatedCheck />;
  return <OfficialCheck where={where} check={check} onReply={onReply} />;
}

/** « N'entrez pas votre mot de passe ici », with the real address to use. */
function LookalikeCheck({ check }: { check: Check<'lookalike'> }) {
  const portal = portalById(check.portal);
  return (
    <div data-testid="pp-check" data-kind="lookalike" data-portal={check.portal}>
      <StatusCard tone="danger" title={t('popup.check.lookalike_title')}>
        <p>{t('popup.check.lookalike_body', portal?.name ?? check.portal)}</p>
        <p>
          {t('popup.check.lookalike_host', '')}
          <code class="pp-host" dir="ltr" data-testid="pp-host">{check.display}</code>
          {check.display !== check.host && <span class="pp-muted" dir="ltr"> ({check.host})</span>}
        </p>
        <p>{t(`popup.check.reason.${check.reason}`)}</p>
        <p>
          <strong>{t('popup.check.lookalike_use')}</strong>
          <br />
          <a class="pp-big-link" href={check.officialUrl} dir="ltr" target="_blank" rel="noopener noreferrer" data-testid="pp-official-url">
            {check.officialUrl}
          </a>
        </p>
        <p>{fr(t('popup.check.lookalike_close'))}</p>
      </StatusCard>
    </div>
  );
}

function UnrelatedCheck() {
  return (
    <div data-testid="pp-check" data-kind="unrelated">
      <StatusCard tone="neutral" title={t('popup.check.unrelated_title')}>
        <p>{t('popup.check.unrelated_body')}</p>
        <p>{t('popup.check.unrelated_hint')}</p>
      </StatusCard>
    </div>
  );
}

/**
 * « Site officiel », the family's situation (shown and changeable), then the step's help, or a pointer to the
 * portal's guide when no step is known.
 */
function OfficialCheck({ where, check, onReply }: { where: Where; check: Check<'official'>; onReply(r: WhereReply | null): void }) {
  const [status, setStatus] = useState('');
  const { reply } = where;
  const portal = portalById(check.portal);
  const rec = reply?.rec ?? null;
  const recPortal = rec ? portalById(rec.portal) : null;
  const reopen = async () => {
    const r = await askWhere(where.target.id, 'reopen');
    const ok = !!r?.rec && !r.rec.minimized;
    setStatus(t(ok ? 'popup.reopened' : 'popup.reopen_failed'));
    if (r) onReply(r);
  };
  // The page's card follows the new answer through storage: ask it again for the help it now shows.
  const changed = () => {
    setTimeout(() => void askWhere(where.target.id).then((r) => r && onReply(r)), 400);
  };
  return (
    <div data-testid="pp-check" data-kind="official" data-portal={rec?.portal ?? check.portal} data-step={rec?.step}>
      <StatusCard tone="ok" title={t('popup.check.official_title')}>
        <p>{t('popup.check.official_body', recPortal?.name ?? portal?.name ?? check.portal)}</p>
        <p class="pp-muted">
          {t('popup.check.official_host', '')}
          <code class="pp-host" dir="ltr">{check.host}</code>
        </p>
      </StatusCard>
      <SituationSection portal={rec?.journey?.origin ?? rec?.portal ?? check.portal} shown={rec?.situation} onChanged={changed} />
      {rec ? (
        <StepHere rec={rec} onReopen={reopen} />
      ) : (
        <>
          <p data-testid="pp-no-step">{t(reply ? 'popup.step_unknown' : 'popup.no_answer')}</p>
          {portal && portal.journeys.length > 0 && (
            <p>
              <a href={`#pp-guide-${portal.id}`} data-testid="pp-read-guide">
                {t('popup.read_guide', portal.name)}
              </a>
            </p>
          )}
        </>
      )}
      <p role="status" class="pp-status-line" data-testid="pp-live">
        {status}
      </p>
    </div>
  );
}

type Recognised = NonNullable<WhereReply['rec']>;

/** The help the card on the page shows, and « Rouvrir l'aide sur la page » when the card was minimised. */
function StepHere({ rec, onReopen }: { rec: Recognised; onReopen(): void }) {
  return (
    <div class="pp-here" data-testid="pp-here">
      {rec.journey && <p class="pp-muted">{t('popup.journey_label', t(rec.journey.name))}</p>}
      <StepHelp
        content={buildContent({
          portal: rec.portal,
          step: rec.step,
          state: rec.state,
          help: rec.help,
          targetFound: true,
          journey: rec.journey as JourneyView | null,
        })}
      />
      {rec.minimized && (
        <button type="button" class="pp-button" data-testid="pp-reopen" onClick={onReopen}>
          {t('popup.reopen')}
        </button>
      )}
    </div>
  );
}
