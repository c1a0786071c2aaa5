/**
 * Turns a recognised step (data) and the journey position into the translated content the help card shows.
 * The components stay portal-agnostic; this is the only place where step data becomes text.
 */
import type { HelpContent, StuckItem } from '@/components/HelpPanel';
import { currentLang, isRtl, t, tList } from './i18n';
import type { JourneyView } from './journey';
import { PORTAL_INFO } from './portals/ids';
import { PORTAL_NAMES } from './portals/names';
import type { PortalId } from './portals/types';

export function stuckItems(prefix: string, max = 8): StuckItem[] {
  const out: StuckItem[] = [];
  for (let i = 1; i <= max; i++) {
    const q = t(`${prefix}.stuck.s${i}.q`);
    if (!q) break;
    out.push({ q, a: t(`${prefix}.stuck.s${i}.a`) });
  }
  return out;
}

export function stepTitle(portal: PortalId, step: string): string {
  return t(`${PORTAL_INFO[portal].titles}.${step}`) || t(`steps.${step}`);
}

export interface ContentInput {
  portal: PortalId;
  step: string;
  state: string | null;
  help: string;
  targetFound: boolean;
  journey: JourneyView | null;
}

export function buildContent(i: ContentInput): HelpContent {
  const lang = currentLang();
  const v = i.journey;
  const originName = v && v.origin !== i.portal ? PORTAL_NAMES[v.origin] : undefined;
  const nextStep = v?.next ? stepTitle(v.next.portal, v.next.step) : '';
  return {
    key: `${i.portal}/${i.step}/${i.state ?? ''}/${i.help}`,
    brand: t('ext.name') || 'Compagnon ENT',
    title: t(`${i.help}.title`),
    counter: v ? t('overlay.step_of', v.x, v.n) : undefined,
    origin: originName ? t('overlay.came_from', originName) : undefined,
    body: tList(`${i.help}.body`),
    nextLabel: t('overlay.next_label'),
    next: t(`${i.help}.next`) || undefined,
    then: nextStep ? t('overlay.then', nextStep) : undefined,
    stuckTitle: t('overlay.stuck_title'),
    stuck: stuckItems(i.help),
    missingTarget: i.targetFound ? undefined : t('overlay.target_missing') || undefined,
    labels: {
      minimize: t('overlay.minimize'),
      reopen: t('overlay.reopen'),
      region: t('overlay.region'),
      expand: t('overlay.expand'),
      collapse: t('overlay.collapse'),
    },
    dir: isRtl(lang) ? 'rtl' : 'ltr',
    lang,
  };
}
