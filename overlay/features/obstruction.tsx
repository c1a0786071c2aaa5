/**
 * Page obstructions (issue 22): what a portal puts over its own page — a cookie banner, a chatbot, a
 * maintenance notice (`PortalDef.obstructions`). The card keeps clear of them; when one hides the element to
 * use, the help says to close it first and the ring goes on its close control; once it is gone, the next pass
 * gives the step's own help and ring back. Portal-agnostic: the list comes from the portal's data.
 */
import type { Feature } from '@/overlay/feature';
import { DomView } from '@/utils/dom';
import { firstHiding, type PageBox } from '@/utils/obstruction';
import type { ObstructionDef } from '@/utils/portals/types';
import { resolveTargetDef, type RecognitionResult } from '@/utils/recognize';

/** The help when no close control is found: the ring is on the obstruction itself. */
export const NO_CLOSE_HELP = 'obstruction.none';

interface Shown {
  def: ObstructionDef;
  el: Element;
  rect: DOMRect;
}

/** The obstructions rendered now, with their boxes (one layout read for the lot). */
function shownObstructions(defs: readonly ObstructionDef[], view: DomView): Shown[] {
  const out: Shown[] = [];
  for (const def of defs) {
    for (const el of view.queryAll(def.css)) {
      const rect = el.getBoundingClientRect();
      // A zero-size wrapper (tarteaucitron's root holds fixed children) covers nothing itself.
      if (rect.width > 0 && rect.height > 0 && view.shown(el)) out.push({ def, el, rect });
    }
  }
  return out;
}

/**
 * The recognition as the family must act on it now: while an obstruction hides the target, its close
 * control and the « close it first » help; otherwise unchanged.
 */
export function unobstructed(rec: RecognitionResult, doc: Document): RecognitionResult {
  const defs = rec.portalDef.obstructions;
  const target = rec.target;
  if (!defs?.length || !target?.isConnected) return rec;
  const view = new DomView(doc);
  // The target inside the obstruction is part of it, not hidden by it.
  const shown = shownObstructions(defs, view).filter((o) => !o.el.contains(target));
  if (!shown.length) return rec;
  const hit = firstHiding(target.getBoundingClientRect(), shown);
  if (!hit) return rec;
  const close = resolveTargetDef(hit.def.close, view);
  return { ...rec, target: close?.el ?? hit.el, help: close ? (close.def.help ?? hit.def.help) : NO_CLOSE_HELP };
}

/**
 * The boxes of the portal's obstructions shown now, for the card to keep clear of: smallest first, as the
 * placement gives up the last ones first — a corner free of a chatbot is often there, one free of a banner
 * across the page rarely (then the card, above it, may lie over part of it, never under it).
 */
export function obstructionBoxes(defs: readonly ObstructionDef[] | undefined, doc: Document): PageBox[] {
  if (!defs?.length) return [];
  const area = (r: DOMRect) => r.width * r.height;
  return shownObstructions(defs, new DomView(doc))
    .map((o) => o.rect)
    .sort((a, b) => area(a) - area(b))
    // Plain boxes: a DOMRect's sides are prototype getters, lost by a spread.
    .map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
}

export const obstructionFeature: Feature = {
  id: 'obstruction',
  applies: (ctx) => !!ctx.rec.portalDef.obstructions?.length,
  adjust: unobstructed,
  keepClear: (ctx) => () => obstructionBoxes(ctx.rec.portalDef.obstructions, ctx.doc),
};
