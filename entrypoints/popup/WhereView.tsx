/**
 * « Où en suis-je ? »: the official-site check of the open tab (look-alike, unrelated, official) and, on a
 * recognised step of an official site, the same help as the card on the page. In the popup's first chunk: the
 * status card itself; what follows it on an official site (the family's situation, the step's help) comes with
 * the popup's lazily loaded rest (./popup-rest.tsx `OfficialMore`).
 */
import { StatusCard } from '@/components/popup/StatusCard';
import { fr } from '@/components/popup/typo';
import { t } from '@/utils/i18n';
import type { WhereReply } from '@/utils/messages';
import type { SiteCheck } from '@/utils/official/check';
import { PORTAL_NAMES } from '@/utils/portals/names';
import type { PortalId } from '@/utils/portals/types';
import type { Target } from './target';

/** The popup's lazily loaded rest (./popup-rest.tsx): null until it has arrived. */
export type Rest = typeof import('./popup-rest') | null;

/** A portal's name (the portal data's `name`) without the portal data. */
const nameOf = (id: string): string | undefined => PORTAL_NAMES[id as PortalId];

export interface Where {
  target: Target;
  check: SiteCheck;
  reply: WhereReply | null;
}

export type Check<K extends SiteCheck['kind']> = Extract<SiteCheck, { kind: K }>;

export function WhereView({ where, onReply, rest = null }: { where: Where; onReply(r: WhereReply | null): void; rest?: Rest }) {
  const { check } = where;
  if (check.kind === 'lookalike') return <LookalikeCheck check={check} />;
  if (check.kind === 'unrelated') return <UnrelatedCheck />;
  return <OfficialCheck where={where} check={check} onReply={onReply} rest={rest} />;
}

/** « N'entrez pas votre mot de passe ici », with the real address to use. */
function LookalikeCheck({ check }: { check: Check<'lookalike'> }) {
  return (
    <div data-testid="pp-check" data-kind="lookalike" data-portal={check.portal}>
      <StatusCard tone="danger" title={t('popup.check.lookalike_title')}>
        <p>{t('popup.check.lookalike_body', nameOf(check.portal) ?? check.portal)}</p>
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
 * « Site officiel », then (with the popup's rest) the family's situation (shown and changeable) and the step's
 * help, or a pointer to the portal's guide when no step is known.
 */
function OfficialCheck({ where, check, onReply, rest }: { where: Where; check: Check<'official'>; onReply(r: WhereReply | null): void; rest: Rest }) {
  const rec = where.reply?.rec ?? null;
  return (
    <div data-testid="pp-check" data-kind="official" data-portal={rec?.portal ?? check.portal} data-step={rec?.step}>
      <StatusCard tone="ok" title={t('popup.check.official_title')}>
        <p>{t('popup.check.official_body', (rec && nameOf(rec.portal)) ?? nameOf(check.portal) ?? check.portal)}</p>
        <p class="pp-muted">
          {t('popup.check.official_host', '')}
          <code class="pp-host" dir="ltr">{check.host}</code>
        </p>
      </StatusCard>
      {rest && <rest.OfficialMore where={where} check={check} onReply={onReply} />}
    </div>
  );
}
