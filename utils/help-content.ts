/**
 * Turns a recognised step (data) and the journey position into the translated content the help card shows.
 * The components stay portal-agnostic; this is the only place where step data becomes text.
 */
import type { HelpContent, StuckItem } from '@/components/HelpPanel';
import { currentLang, isRtl, t, tList } from './i18n';
import type { JourneyView } from './journey';
import type { RecognitionResult } from './recognize';
import { ADDRESS_CHECK_STEPS, officialNames } from './portals/hosts';
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

/**
 * « Is this the real site? », said the way the official-site check decides it, from the same host list
 * (utils/portals/hosts.ts): the exact names, then the domains written with their leading dot.
 */
export function addressCheck(portal: PortalId): StuckItem | null {
  const q = t('overlay.address_check.q');
  if (!q) return null;
  const { exact, domains } = officialNames(portal);
  const a = [
    // Each name between « » is one left-to-right island (components/Text.tsx): a leading dot stays in place in Arabic.
    t('overlay.address_check.a', [...domains, ...exact].map((n) => `« ${n} »`).join(', ')),
    domains.length ? t('overlay.address_check.dot', domains[0]) : '',
    t('overlay.address_check.icon'),
  ];
  return { q, a: a.filter(Boolean).join(' ') };
}

/** A step's short title; a sub-state that is a screen of its own (MCE's code screen) has its own title. */
export function stepTitle(portal: PortalId, step: string, state?: string | null): string {
  const own = (s: string) => t(`${PORTAL_INFO[portal].titles}.${s}`) || t(`steps.${s}`);
  return (state ? own(`${step}_${state}`) : '') || own(step);
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
  const nextStep = v?.next ? stepTitle(v.next.portal, v.next.step, v.next.state) : '';
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
    stuck: ADDRESS_CHECK_STEPS[i.portal]?.includes(i.step)
      ? [...stuckItems(i.help), ...[addressCheck(i.portal)].filter((x): x is StuckItem => !!x)]
      : stuckItems(i.help),
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

/** The card's content for a recognised step: the overlay's card, and the demo's guide and texts. */
export function contentOf(
  rec: Pick<RecognitionResult, 'portal' | 'step' | 'state' | 'help' | 'stepDef' | 'target'>,
  journey: JourneyView | null,
): HelpContent {
  return buildContent({
    portal: rec.portal,
    step: rec.step,
    state: rec.state,
    help: rec.help,
    targetFound: !rec.stepDef.target?.length || !!rec.target,
    journey,
  });
}
