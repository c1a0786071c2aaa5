/**
 * Which DOM mutations can change a recognition answer (why: docs/decisions/steady-state.md). A portal home with
 * widgets changes its DOM all the time; recognising again after every text change of a widget cost a third of
 * a core. A record counts when it touches what recognition reads:
 * - the elements of the probes that can decide the answer (the current step's, or the steps possible at this
 *   address), with their words when the probe reads an element's text (`{ css: 'a', text: 'pronote' }`);
 * - the page's structure whatever the step: forms, fields, buttons, headings, labels, dialogs, alerts and
 *   error blocks, added, removed or changed (id, class, type, checked, hidden, style…), and words appearing
 *   inside headings, labels, buttons, alerts and error blocks;
 * - anything on, in or around the highlighted element;
 * - custom elements (they may attach a shadow root: RECIA's `r-wayf`).
 * Pure: reads the records and the nodes they name, never layout or style.
 */
import { normalize } from './dom';
import type { StepDef } from './portals/types';
import { textHas, type Failed } from './recognize';

/** Elements read by a probe: `text` set when the probe reads the element's own words. */
export interface Watched {
  css: string;
  text?: string | readonly string[];
  /** A word-reading target at or after the one highlighted in its list: the first shown match wins, so only an
   * element before the highlighted one can move the highlight through it. */
  tail?: boolean;
}

/** Page structure that can make or unmake any step. */
export const STRUCTURE =
  'form, input, select, textarea, button, fieldset, dialog, iframe, [role=dialog], [role=form], [role=alert], ' +
  '[role=checkbox], [role=radio], [role=button], h1, h2, h3, h4, h5, h6, label, legend, .error, .errors';

/** What a block whose attributes changed (a panel shown or hidden by its class) must hold to count: fields,
 * forms, alerts and dialogs; a widget toggled around its heading or its links does not. */
export const CONTAINED =
  'form, input, select, textarea, dialog, iframe, [role=dialog], [role=form], [role=alert], [role=checkbox], ' +
  '[role=radio], .error, .errors';

/** Elements whose words are evidence: a change of text inside them counts. */
export const WORDS = 'h1, h2, h3, h4, h5, h6, label, legend, button, summary, [role=alert], [aria-live], .error, .errors';

interface Worded {
  css: string;
  needles: readonly string[];
  tail?: boolean;
}

/** A compiled lens: one selector for the element-only probes and the structure, the word-reading probes apart. */
export interface MutationLens {
  /** Elements that count when they change, come or go (structure, element-only probes). */
  plain: string;
  /** What a block whose attributes changed must hold to count (fields, alerts; element-only probes). */
  inside: string;
  /** Word-reading probes, their needles normalised once (`tail`: see `Watched`). */
  worded: readonly Worded[];
  /** Those that count after the highlighted element too (not `tail`). */
  lead: readonly Worded[];
  /** Every word-reading probe's selector, as one. */
  wordedCss: string;
  /** The highlighted element, if any. */
  target: Element | null;
}

function validSelector(css: string): boolean {
  try {
    document.createDocumentFragment().querySelector(css);
    return true;
  } catch {
    return false;
  }
}

export function lensOf(watched: readonly Watched[], target: Element | null = null): MutationLens {
  const plain = new Set([STRUCTURE]);
  const inside = new Set([CONTAINED]);
  const worded: Worded[] = [];
  const seen = new Set<string>();
  for (const w of watched) {
    if (!w.css || !validSelector(w.css)) continue;
    if (w.text === undefined) {
      plain.add(w.css);
      inside.add(w.css);
    }
    else {
      const key = `${w.css}\u0000${String(w.text)}\u0000${!w.tail}`;
      const list = typeof w.text === 'string' ? [w.text] : w.text;
      // Gapped needles (`a … b`) stay as written: `textHas` compiles them.
      if (!seen.has(key)) worded.push({ css: w.css, needles: list.map((n) => (n.includes('…') ? n : normalize(n))), tail: w.tail });
      seen.add(key);
    }
  }
  const wordedCss = [...new Set(worded.map((w) => w.css))].join(', ');
  return { plain: [...plain].join(', '), inside: [...inside].join(', '), worded, lead: worded.filter((w) => !w.tail), wordedCss, target };
}

/** Does normalised text hold one of the needles? */
function hasWords(hay: string, needles: readonly string[]): boolean {
  return needles.some((n) => (n.includes('…') ? textHas(hay, n) : hay.includes(n)));
}

/** Every element a step's recognition reads: its probes, its states' probes, its targets (all roads).
 * `tailFrom`: where each target list's `tail` entries start (none without it). */
export function stepWatched(step: Partial<StepDef>, tailFrom?: (targets: readonly unknown[]) => number): Watched[] {
  const out: Watched[] = [];
  const visit = (x: unknown, depth: number, inTarget: boolean, tail?: boolean) => {
    if (depth > 8 || x === null || typeof x !== 'object' || x instanceof RegExp) {
      if (inTarget && typeof x === 'string') out.push({ css: x });
      return;
    }
    if (Array.isArray(x)) {
      const from = inTarget && tailFrom ? tailFrom(x) : Infinity;
      x.forEach((y, i) => visit(y, depth + 1, inTarget, i >= from));
      return;
    }
    const o = x as Record<string, unknown>;
    if (typeof o.css === 'string') out.push({ css: o.css, text: o.text as Watched['text'], tail });
    for (const [k, v] of Object.entries(o)) if (k !== 'css' && k !== 'text') visit(v, depth + 1, k === 'target');
  };
  visit(step, 0, false);
  return out;
}

/**
 * What can make one of the steps possible at an address the page's answer, as the last recognition found the
 * page: a step that lacked a `require` probe only through those, one that met a `reject` probe only through
 * those, one that lacked evidence only through its `confirm` probes (its targets and states matter once it is
 * the answer). The links of a page full of widgets are then not read for the words of a step that lacks its
 * heading, nor of one whose words would only rule it out. A step not judged yet, or with fronts (each front
 * fails for reasons of its own), is read in full.
 */
export function stepsWatched(steps: readonly StepDef[], failed: ReadonlyMap<StepDef, Failed>): Watched[] {
  return steps.flatMap((s) => {
    const why = s.fronts?.length ? undefined : failed.get(s);
    return stepWatched(why ? ({ [why]: s[why] } as Partial<StepDef>) : s);
  });
}

/** Does `el`, or anything inside it, count (an element added or removed; `changed`: whose attributes changed)? The words
 * of the subtree are read once: a word-reading probe counts when an element it matches is there and the
 * subtree has its words (a widget's feed full of links does not name the ENT's services). */
function holds(el: Element, lens: MutationLens, changed: boolean, cache?: WordsCache): boolean {
  if (el.localName.includes('-') || el.shadowRoot) return true;
  if (el.matches(lens.plain) || el.querySelector(changed ? lens.inside : lens.plain)) return true;
  const worded = wordedAt(el, lens);
  if (!worded.length || !(el.matches(lens.wordedCss) || el.querySelector(lens.wordedCss))) return false;
  const words = wordsOf(el, cache);
  return worded.some((w) => hasWords(words, w.needles) && (el.matches(w.css) || !!el.querySelector(w.css)));
}

/** The word-reading probes that can count for `el`: not the `tail` ones after the highlighted element (a
 * portal home's widgets below its services), nor for a node the page took out (it cannot be highlighted; the
 * highlighted element's own removal counts apart). In another tree (a shadow root): all of them. */
function wordedAt(el: Element, lens: MutationLens): readonly Worded[] {
  const t = lens.target;
  return t && (!el.isConnected || (t.compareDocumentPosition(el) & 5) === 4) ? lens.lead : lens.worded;
}

/** Words of elements already read while judging one batch of records. */
export type WordsCache = Map<Element, string>;

function wordsOf(el: Element, cache?: WordsCache): string {
  let w = cache?.get(el);
  if (w === undefined) {
    w = subtreeWords(el);
    cache?.set(el, w);
  }
  return w;
}

/** The normalised text of a subtree with the attributes recognition reads as words. */
function subtreeWords(el: Element): string {
  const parts = [el.textContent ?? ''];
  const read = (e: Element) => {
    for (const a of NAMED) parts.push(e.getAttribute(a) ?? '');
  };
  read(el);
  el.querySelectorAll('[aria-label], [value], [placeholder]').forEach(read);
  return normalize(parts.join(' '));
}
const NAMED = ['aria-label', 'value', 'placeholder'] as const;

/** Do words changing inside `el` count? `changed`: the text that appeared and the text that went (read only
 * when it decides: most changes are in no heading and no probe's element). */
function wordsCount(el: Element, lens: MutationLens, changed: () => string): boolean {
  const worded = wordedAt(el, lens);
  // One walk up in the common case (words of a widget, in no heading and no probe's element).
  const near = el.closest(worded.length ? `${WORDS}, ${lens.wordedCss}` : WORDS);
  if (!near) return false;
  if (near.matches(WORDS) || near.parentElement?.closest(WORDS)) return true;
  // Inside an element a word-reading probe reads, the words that came or went decide: a probe's needle among
  // them can start or stop holding (the element's other words hold it or not either way).
  const words = normalize(changed());
  return !!words && worded.some((w) => hasWords(words, w.needles) && !!el.closest(w.css));
}

function nearTarget(n: Node, lens: MutationLens): boolean {
  const t = lens.target;
  return !!t && (n === t || t.contains(n) || n.contains(t));
}

/** The element a node sits in (a shadow root's host for its top-level nodes). */
function elementOf(n: Node): Element | null {
  const p = n.nodeType === 1 ? (n as Element) : n.parentNode;
  if (!p) return null;
  if (p.nodeType === 1) return p as Element;
  return (p as ShadowRoot).host ?? null;
}

/** Can this record change the answer? */
export function mutationMatters(r: MutationRecord, lens: MutationLens, cache?: WordsCache): boolean {
  const el = elementOf(r.target);
  if (!el) return false;
  if (r.type === 'attributes') return nearTarget(el, lens) || holds(el, lens, true, cache);
  if (r.type === 'characterData') {
    if (lens.target?.contains(r.target)) return true;
    return wordsCount(el, lens, () => `${(r.target as CharacterData).data} ${r.oldValue ?? ''}`);
  }
  if (lens.target && (el === lens.target || lens.target.contains(el))) return true;
  // The node lists are walked in place (this runs for every record of a busy page).
  let texts = false;
  for (const list of [r.addedNodes, r.removedNodes]) {
    for (let i = 0; i < list.length; i++) {
      const n = list[i];
      if (n.nodeType === 1) {
        if ((lens.target && n.contains(lens.target)) || holds(n as Element, lens, false, cache)) return true;
        texts = true;
      } else if (n.nodeType === 3) texts = true;
    }
  }
  return texts && wordsCount(el, lens, () => changedText(r));
}

/** The text a childList record added and removed. */
function changedText(r: MutationRecord): string {
  let words = '';
  for (const list of [r.addedNodes, r.removedNodes]) {
    for (let i = 0; i < list.length; i++) {
      const n = list[i];
      if (n.nodeType === 1 || n.nodeType === 3) words += ` ${n.textContent ?? ''}`;
    }
  }
  return words;
}
