/**
 * The read-only view of the demonstration for scripts/guide.mjs and the tests (`window.compagnonDemo`), and
 * the `data-stage-ready` mark they wait for.
 */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { DemoPlan } from '@/utils/demo/plan';
import { stepTitle } from '@/utils/help-content';
import { t } from '@/utils/i18n';
import { portalById } from '@/utils/portals';
import type { StageInfo } from './stage';
import { journeyLabel, stepText } from './step-text';

interface HookState {
  journey: string;
  index: number;
  info: StageInfo | null;
}

declare global {
  interface Window {
    /** Read-only view of the demo for the guide renderer (scripts/guide.mjs) and the tests. */
    compagnonDemo?: {
      plan(): {
        id: string;
        label: string;
        /** The family's letter alone (the journey's name), and its situation id. */
        letter: string;
        situation: string;
        portal: string;
        available: boolean;
        steps: { portal: string; step: string; front?: string | null; state?: string | null; title: string }[];
      }[];
      state(): { journey: string; index: number; ready: boolean };
      info(): ReturnType<typeof stepText> | null;
    };
  }
}

export interface DemoHook {
  /** A new page is being shown: not ready until its overlay has painted. */
  moved(journey: string, index: number): void;
  /** The page's overlay painted (ignored when the presenter has moved on since). */
  ready(journey: string, index: number, info: StageInfo): void;
}

export function useDemoHook(plan: DemoPlan, start: { journey: string; index: number }): DemoHook {
  const hook = useRef<HookState>({ journey: start.journey, index: start.index, info: null });
  useEffect(() => {
    window.compagnonDemo = {
      plan: () =>
        plan.journeys.map((j) => ({
          id: j.id,
          label: journeyLabel(j),
          letter: t(j.name),
          situation: j.situation,
          portal: portalById(j.owner)?.name ?? j.owner,
          available: j.available,
          steps: j.steps.map((s) => ({
            portal: s.portal,
            step: s.step,
            ...(s.front !== undefined ? { front: s.front } : {}),
            ...(s.state !== undefined ? { state: s.state } : {}),
            title: stepTitle(s.portal, s.step, s.state),
          })),
        })),
      state: () => ({ journey: hook.current.journey, index: hook.current.index, ready: !!hook.current.info }),
      info: () => {
        const h = hook.current;
        const s = plan.journeys.find((x) => x.id === h.journey)?.steps[h.index];
        const p = s && s.page !== null ? plan.pages[s.page] : undefined;
        return p ? stepText(h.info, p.url) : null;
      },
    };
  }, [plan]);
  return useMemo(
    () => ({
      moved(journey, index) {
        hook.current = { journey, index, info: null };
      },
      ready(journey, index, info) {
        if (hook.current.journey !== journey || hook.current.index !== index) return;
        hook.current = { ...hook.current, info };
        document.body.setAttribute('data-stage-ready', `${journey}:${index}`);
      },
    }),
    [],
  );
}
