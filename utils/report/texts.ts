/** The page report's texts, from the locales (popup and help card alike). */
import type { ReportTexts } from '@/components/ReportView';
import { t } from '@/utils/i18n';

export function reportTexts(): ReportTexts {
  return {
    title: t('report.title'),
    intro: t('report.intro'),
    label: t('report.label'),
    copy: t('report.copy'),
    copied: t('report.copied'),
    selected: t('report.selected'),
    send: t('report.send'),
    close: t('report.close'),
    loading: t('report.loading'),
    failed: t('report.failed'),
  };
}
