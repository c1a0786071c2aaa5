/**
 * The support contact the establishment pre-configured (managed storage), in the help card on every step of
 * its portal: « Bloqué(e) ? Contactez votre établissement ». Nothing shows when no school configured one.
 */
import { SupportContact } from '@/components/SupportContact';
import type { Feature } from '@/overlay/feature';
import { t } from '@/utils/i18n';
import { useManaged } from './remember-store';
import { ReportLink } from './report-link';

function Support({ portal }: { portal: string }) {
  const m = useManaged();
  const c = m.support;
  if (!c || (m.portal && m.portal !== portal)) return null;
  return (
    <SupportContact
      s={{
        title: t('remember.support_title'),
        name: c.name ? t('remember.options.support_name', c.name) : undefined,
        email: c.email ? { text: t('remember.options.support_email', c.email), address: c.email } : undefined,
        phone: c.phone ? { text: t('remember.options.support_phone', c.phone), number: c.phone } : undefined,
        hours: c.hours ? t('remember.options.support_hours', c.hours) : undefined,
      }}
    />
  );
}

export const supportFeature: Feature = {
  id: 'support',
  // Every recognised step: the policy (read asynchronously) says whether there is a contact and for which portal.
  applies: () => true,
  panel: (ctx) => <Support portal={ctx.rec.portal} />,
  // « L'aide ne correspond pas à la page »: the page report, for the school's support or the project.
  stuck: (ctx) => <ReportLink ctx={ctx} />,
};
