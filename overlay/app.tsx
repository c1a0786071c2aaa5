/**
 * What the overlay renders for a recognised step: the highlight on the element to use, the features' page
 * layers, and the help card with the features' lead and panel content.
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { HelpPanel } from '@/components/HelpPanel';
import { Highlight } from '@/components/Highlight';
import { aroundCache, distance, rectOf, type Obstacle } from '@/components/placement';
import { contentOf } from '@/utils/help-content';
import { t } from '@/utils/i18n';
import type { JourneyView } from '@/utils/journey';
import type { PageBox } from '@/utils/obstruction';
import type { RecognitionResult } from '@/utils/recognize';
import type { Prefs } from '@/utils/storage/prefs';
import type { Box as BoxWH } from '@/components/help-panel/types';
import type { Feature, FeatureContext, SituationContext } from './feature';
import { deepActive, isOwnUi } from './host';

export interface AppProps {
  rec: RecognitionResult;
  journey: JourneyView | null;
  /** The card starts minimised (the family's choice on this step). */
  minimizedInit: boolean;
  doc: Document;
  features: readonly Feature[];
  prefs: { update(fn: (p: Prefs) => Prefs): Promise<unknown> };
  /** The family's road and how to change its answer (the card's question). */
  situation?: SituationContext;
}

export function App({ rec, journey, minimizedInit, doc, features, prefs, situation }: AppProps) {
  const [minimized, setMinimized] = useState(minimizedInit);
  const key = `${rec.portal}/${rec.step}`;
  useEffect(() => setMinimized(minimizedInit), [key, minimizedInit]);
  const onMinimize = useCallback(
    (min: boolean) => {
      setMinimized(min);
      void prefs.update((p) => ({ ...p, minimized: { ...p.minimized, [key]: min } })).catch(() => {});
    },
    [key, prefs],
  );
  const content = contentOf(rec, journey);
  // Which features apply is decided once per recognition (and road); only those render.
  const ctx: FeatureContext = { rec, doc, situation };
  const road = situation && `${situation.deduction.situation}|${situation.deduction.academie}|${situation.deduction.from}`;
  const active = useMemo(() => features.filter((f) => f.applies(ctx)), [features, rec, doc, road]);
  // Page areas the features keep the card off (a cookie banner, a chatbot): after the target, least important.
  const clear = useMemo(() => active.flatMap((f) => f.keepClear?.(ctx) ?? []), [active]);
  const { avoid, near } = useKeepClear(rec.target, doc, clear);
  const slots = featureSlots(active, ctx);
  return (
    <>
      {rec.target && !minimized && (
        <Highlight target={rec.target} label={t('overlay.target_hint')} dir={content.dir} lang={content.lang} />
      )}
      {slots.layers}
      <HelpPanel content={content} minimized={minimized} onMinimize={onMinimize} avoid={avoid} near={near} view={doc.defaultView} lead={slots.lead} stuck={slots.stuck}>
        {slots.panel}
      </HelpPanel>
    </>
  );
}

function featureSlots(features: readonly Feature[], ctx: FeatureContext) {
  const panel: ComponentChildren[] = [];
  const lead: ComponentChildren[] = [];
  const layers: ComponentChildren[] = [];
  const stuck: ComponentChildren[] = [];
  for (const f of features) {
    const p = f.panel?.(ctx);
    if (p) panel.push(<div key={f.id} data-feature={f.id}>{p}</div>);
    const ld = f.lead?.(ctx);
    if (ld) lead.push(<div key={f.id} data-feature-lead={f.id}>{ld}</div>);
    const l = f.layer?.(ctx);
    if (l) layers.push(<div key={f.id} data-feature-layer={f.id}>{l}</div>);
    const s = f.stuck?.(ctx);
    if (s) stuck.push(<div key={f.id} data-feature-stuck={f.id}>{s}</div>);
  }
  return { panel, lead, layers, stuck };
}

/** Page elements this far from the element to use count as its surroundings, for the card. */
const NEAR_CARD = 320;

/** What the card keeps clear of: the focused field and the target (`avoid`), and the form around them
 * (`near`: its fields, buttons and labels, and the form itself, when there is room). */
function useKeepClear(target: Element | null, doc: Document, clear: readonly (() => readonly PageBox[])[] = []) {
  const avoid = useCallback(() => {
    const rects: BoxWH[] = [];
    const active = deepActive(doc);
    if (active && active !== doc.body && !isOwnUi(active)) rects.push(active.getBoundingClientRect());
    if (target?.isConnected) rects.push(target.getBoundingClientRect());
    for (const c of clear) for (const b of c()) rects.push({ ...b, width: b.right - b.left, height: b.bottom - b.top });
    return rects;
  }, [target, doc, clear]);
  // Looked up again at most twice a second.
  const nearby = useRef(aroundCache(NEAR_CARD, isOwnUi));
  const near = useCallback((): Obstacle[] => {
    const active = deepActive(doc);
    const focused = active && active !== doc.body && !isOwnUi(active) ? active : null;
    const anchor = target?.isConnected ? target : focused;
    if (!anchor) return [];
    const a = nearby.current(anchor);
    const out: Obstacle[] = [];
    const t = rectOf(anchor);
    for (const el of [...a.neighbours, ...a.labels]) {
      const r = rectOf(el);
      // Right next to the target (the other profile tile, the field's own button) matters most.
      if (r) out.push({ rect: r, weight: t && distance(r, t) <= 24 ? 1.5 : 1 });
    }
    const f = a.form && rectOf(a.form);
    if (f) out.push({ rect: f, weight: 0.5 });
    return out;
  }, [target, doc]);
  return { avoid, near };
}
