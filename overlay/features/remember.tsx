/**
 * Remembered choices (issue 6), as an overlay feature on chooser steps (steps whose StepDef has `choices`):
 * - the layer records the user's own pick (click / submit, capture phase, shadow roots via composedPath)
 *   and outlines the option chosen last time;
 * - the lead offers it back in the help card (« Continuer »), lists several candidates, and runs the
 *   opt-in automatic choice with a visible 3-second countdown and « Annuler ».
 * Generic over ChoiceDef: nothing here names a portal.
 */
import { type Dispatch, type StateUpdater, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { RememberOffer, type OfferItem } from '@/components/RememberOffer';
import { RememberedMark } from '@/components/RememberedMark';
import type { Feature, FeatureContext } from '@/overlay/feature';
import { DomView, isShown, navigationKind } from '@/utils/dom';
import { t } from '@/utils/i18n';
import type { ChoiceDef } from '@/utils/portals/types';
import {
  anchorOf,
  applyChoice,
  autoCandidate,
  type Candidate,
  candidatesFor,
  type ChoiceOption,
  onRoad,
  choiceFromEvent,
  establishmentOf,
  pageOptions,
} from '@/utils/remember/page';
import { AUTO_PAUSE_MS, lastAutoItem } from '@/utils/storage/choices';
import { choicesStore, useChoices, useManaged } from './remember-store';

export const AUTO_SECONDS = 3;

/** The chooser's options, read again while the page renders late (tiles in a shadow root, lists loaded). */
function useOptions(doc: Document, def: ChoiceDef): ChoiceOption[] {
  const [opts, setOpts] = useState<ChoiceOption[]>(() => pageOptions(doc, def));
  useEffect(() => {
    let n = 0;
    let timer: ReturnType<typeof setTimeout>;
    const sig = (o: ChoiceOption[]) => o.map((x) => `${x.value}\u0001${x.label}\u0001${x.selected}`).join('\u0002');
    let last = sig(opts);
    let lastEls = opts.map((o) => o.el);
    const tick = () => {
      const next = pageOptions(doc, def);
      const s = sig(next);
      if (s !== last || next.some((o, i) => o.el !== lastEls[i])) {
        last = s;
        lastEls = next.map((o) => o.el);
        setOpts(next);
      }
      n++;
      timer = setTimeout(tick, n < 16 ? 500 : 2000);
    };
    timer = setTimeout(tick, 300);
    return () => clearTimeout(timer);
  }, [doc, def]);
  return opts;
}

interface Where {
  portal: string;
  establishment: string;
  def: ChoiceDef;
  doc: Document;
}

/** `target`: the overlay's ring, which the situation placed; the offer never points elsewhere. */
function useCandidates(w: Where, target: Element | null): Candidate[] {
  const entries = useChoices();
  const managed = useManaged();
  const options = useOptions(w.doc, w.def);
  return useMemo(() => {
    if (!entries) return [];
    // a profile button the user already pressed needs no offer (a checked radio still needs « Valider »)
    const cands = candidatesFor(entries, managed, w, options).filter((c) => w.def.submit || !c.option.selected);
    return onRoad(cands, options, target, (o) => anchorOf(o, w.def, w.doc));
  }, [entries, managed, options, w.portal, w.establishment, target]);
}

// ------------------------------------------------------------------ layer: recorder + outline
function Recorder({ w, target }: { w: Where; target: Element | null }) {
  const cands = useCandidates(w, target);
  useEffect(() => {
    void choicesStore.load();
    const view = () => new DomView(w.doc);
    const on = (ev: Event) => {
      // Only the user's own action (a page script's synthetic click is not a choice).
      if (!ev.isTrusted) return;
      try {
        const o = choiceFromEvent(ev, w.def, view());
        if (o) choicesStore.record({ portal: w.portal, establishment: w.establishment, value: o.value, label: o.label });
      } catch {
        /* never break the page */
      }
    };
    w.doc.addEventListener('click', on, true);
    w.doc.addEventListener('submit', on, true);
    return () => {
      w.doc.removeEventListener('click', on, true);
      w.doc.removeEventListener('submit', on, true);
    };
  }, [w.doc, w.def, w.portal, w.establishment]);
  const top = cands[0];
  // The option itself, or the "+" of its closed group; drawn further out when the overlay's ring is there too.
  const anchor = top ? anchorOf(top.option, w.def, w.doc) : null;
  if (!top || !anchor) return null;
  const label = t(top.source === 'managed' ? 'remember.mark_suggested' : 'remember.mark');
  return <RememberedMark target={anchor} label={label} key={top.value} around={anchor === target} />;
}

// ------------------------------------------------------------------ panel: offer, list, countdown
interface Countdown {
  value: string;
  left: number;
}

function itemText(c: Candidate): string {
  if (c.source === 'managed') return t('remember.suggested', c.choiceLabel);
  return t('remember.last_time', c.choiceLabel, c.establishment);
}

function offerItems(cands: Candidate[]): OfferItem[] {
  return cands.map((c) => ({
    key: c.value,
    text: cands.length === 1 ? `${itemText(c)} ${t('remember.question')}` : itemText(c),
    name: c.name,
    button: cands.length === 1 ? t('remember.continue') : t('remember.continue_with', c.choiceLabel),
  }));
}

/**
 * The automatic choice: on arrival only (not after Back or a reload), once per page, cancellable, and only
 * while its countdown can be seen (not in a collapsed phone sheet). `go` makes the choice when it reaches 0.
 */
function useAutoChoice(
  w: Where,
  cands: Candidate[],
  box: { current: HTMLElement | null },
  [count, setCount]: [Countdown | null, Dispatch<StateUpdater<Countdown | null>>],
  go: (value: string) => Promise<void>,
): void {
  const visible = () => !!box.current && box.current.getClientRects().length > 0 && isShown(box.current);
  const auto = autoCandidate(cands);
  useEffect(() => {
    if (!auto || count || choicesStore.autoHandled(w.doc) || !visible()) return;
    const nav = navigationKind(w.doc);
    if (nav === 'back_forward' || nav === 'reload') {
      choicesStore.markAutoHandled(w.doc);
      return;
    }
    choicesStore.markAutoHandled(w.doc);
    let live = true;
    // Back on this chooser soon after an automatic choice (the sign-in failed): offer, do not loop.
    void lastAutoItem.get().then((at) => {
      const now = Date.now();
      if (live && !(at <= now && now - at < AUTO_PAUSE_MS)) setCount({ value: auto.value, left: AUTO_SECONDS });
    });
    return () => {
      live = false;
    };
  }, [auto?.value]);
  useEffect(() => {
    if (!count) return;
    if (!visible()) {
      setCount(null);
      return;
    }
    if (count.left <= 0) {
      void lastAutoItem.set(Date.now()).catch(() => {});
      void go(count.value);
      return;
    }
    const id = setTimeout(() => setCount((c) => (c ? { ...c, left: c.left - 1 } : c)), 1000);
    return () => clearTimeout(id);
  }, [count]);
}

function Offer({ w, target }: { w: Where; target: Element | null }) {
  const cands = useCandidates(w, target);
  const box = useRef<HTMLDivElement>(null);
  const countState = useState<Countdown | null>(null);
  const [count, setCount] = countState;
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const candsRef = useRef(cands);
  candsRef.current = cands;

  const go = async (value: string) => {
    const c = candsRef.current.find((x) => x.value === value);
    if (!c) return;
    setBusy(true);
    setCount(null);
    choicesStore.markAutoHandled(w.doc);
    choicesStore.record({ portal: w.portal, establishment: w.establishment, value: c.value, label: c.choiceLabel });
    const ok = await applyChoice(c.option, w.def, w.doc).catch(() => false);
    if (!ok) setNotice(t('remember.failed'));
    setBusy(false);
  };
  useAutoChoice(w, cands, box, countState, go);

  if (!cands.length) return null;
  const counting = count ? cands.find((c) => c.value === count.value) : null;
  return (
    <div ref={box}>
      <RememberOffer
        title={t('remember.several')}
        items={offerItems(cands)}
        busy={busy}
        notice={notice}
        countdown={
          counting && count
            ? {
                key: counting.value,
                text: t('remember.countdown', counting.choiceLabel, count.left),
                cancel: t('remember.cancel'),
              }
            : null
        }
        onContinue={(v) => void go(v)}
        onCancel={() => {
          setCount(null);
          setNotice(t('remember.cancelled'));
        }}
      />
    </div>
  );
}

/** Where the chooser is: null when the step has no choices or the page's establishment cannot be told. */
function where({ rec, doc }: FeatureContext): Where | null {
  const def = rec.stepDef.choices;
  const establishment = def ? establishmentOf(doc.URL) : null;
  return def && establishment ? { portal: rec.portal, establishment, def, doc } : null;
}

const keyOf = (w: Where) => `${w.portal}|${w.establishment}|${w.doc.URL}`;

export const rememberFeature: Feature = {
  id: 'remember',
  applies: (ctx) => where(ctx) !== null,
  // The offer comes first in the card (right under the title): it is what the family acts on.
  lead(ctx) {
    const w = where(ctx)!;
    return <Offer key={keyOf(w)} w={w} target={ctx.rec.target} />;
  },
  layer(ctx) {
    const w = where(ctx)!;
    return <Recorder key={keyOf(w)} w={w} target={ctx.rec.target} />;
  },
};
