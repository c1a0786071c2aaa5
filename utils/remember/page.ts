/**
 * Remembered choices on a chooser page, generic over `ChoiceDef` (utils/portals/types.ts): read the page's
 * options (value + the portal's label), tell which option a user action picked, match remembered entries
 * and the school's suggestion to the page, and make a choice for the user.
 * Nothing here knows a portal; nothing typed is ever read (only tiles, radios and buttons).
 */
import { DomView, isShown } from '../dom';
import type { ChoiceDef } from '../portals/types';
import { serviceHost } from '../recognize';
import type { ManagedConfig } from '../storage/managed';
import { type ChoiceEntry, cleanText, MAX_LABEL, MAX_VALUE } from './entries';

export interface ChoiceOption {
  el: Element;
  value: string;
  label: string;
  /** Already picked on the page (checked radio, pressed profile button). */
  selected: boolean;
}

/** The establishment a chooser page is for: the host the CAS `service` parameter points to, else the page's. */
export function establishmentOf(url: string | URL): string | null {
  let u: URL;
  try {
    u = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  return (serviceHost(u) ?? u.hostname).toLowerCase() || null;
}

/** Inputs a user types into: never read, never recorded. */
function isTypedField(el: Element): boolean {
  if (el.localName === 'textarea' || el.localName === 'select') return true;
  if (el.localName !== 'input') return (el as HTMLElement).isContentEditable === true;
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  return !['radio', 'checkbox', 'submit', 'button', 'image'].includes(type);
}

function optionValue(el: Element, def: ChoiceDef): string {
  let v: string | null = null;
  if ('attr' in def.value) v = el.getAttribute(def.value.attr);
  else {
    const href = el.getAttribute('href');
    if (href) {
      try {
        v = new URL(href, el.ownerDocument?.baseURI ?? undefined).searchParams.get(def.value.hrefParam);
      } catch {
        v = null;
      }
    }
  }
  return v ? cleanText(v, MAX_VALUE) : '';
}

/** The element's text, without decorations hidden from assistive technology (a "+" icon) or scripts. */
function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  const parts: string[] = [];
  let size = 0;
  const walk = (n: Node) => {
    if (size > MAX_LABEL * 4) return;
    if (n.nodeType === 3) {
      parts.push(n.nodeValue ?? '');
      size += (n.nodeValue ?? '').length;
      return;
    }
    if (n.nodeType !== 1) return;
    const e = n as Element;
    if (e.getAttribute('aria-hidden') === 'true' || ['script', 'style', 'template', 'svg'].includes(e.localName)) return;
    for (let c = e.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(el);
  return cleanText(parts.join(' '), MAX_LABEL);
}

/**
 * The name of the group an option belongs to, when its own label needs it: radios grouped in a
 * <fieldset> with a <legend> (Occitanie: « Élève ou parent » + « de l'académie de Montpellier »).
 */
function groupName(el: Element): string {
  const fs = el.closest('fieldset');
  const legend = fs && Array.from(fs.children).find((c) => c.localName === 'legend');
  return legend ? textOf(legend) : '';
}

function labelFor(el: Element): string {
  const id = el.getAttribute('id');
  const root = el.getRootNode() as Document | ShadowRoot;
  if (id && root.querySelectorAll) {
    for (const l of Array.from(root.querySelectorAll('label'))) {
      if (l.getAttribute('for') === id) return textOf(l);
    }
  }
  const wrap = el.closest('label');
  return wrap ? textOf(wrap) : '';
}

function ownLabel(el: Element, def: ChoiceDef): string {
  if (def.label && 'attr' in def.label) return cleanText(el.getAttribute(def.label.attr) ?? '', MAX_LABEL);
  if (def.label && 'labelFor' in def.label) return labelFor(el) || cleanText(el.getAttribute('aria-label') ?? '', MAX_LABEL);
  if (el.localName === 'input') {
    return labelFor(el) || cleanText(el.getAttribute('aria-label') ?? el.getAttribute('value') ?? '', MAX_LABEL);
  }
  return textOf(el) || cleanText(el.getAttribute('aria-label') ?? el.getAttribute('title') ?? '', MAX_LABEL);
}

function optionLabel(el: Element, def: ChoiceDef): string {
  const own = ownLabel(el, def);
  const group = el.localName === 'input' ? groupName(el) : '';
  if (!group || normalizeLoose(own).includes(normalizeLoose(group))) return own;
  return cleanText(`${group} ${own}`, MAX_LABEL);
}

const normalizeLoose = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** One pickable element as an option, or null (no stable value, or a typed field). */
export function readOption(el: Element, def: ChoiceDef): ChoiceOption | null {
  if (isTypedField(el)) return null;
  const value = optionValue(el, def);
  if (!value) return null;
  const selected =
    isChecked(el) || el.getAttribute('aria-pressed') === 'true' || el.getAttribute('aria-checked') === 'true';
  return { el, value, label: optionLabel(el, def) || value, selected };
}

/** Every option on the page (open shadow roots included), first one per value. */
export function pageOptions(doc: Document | DomView, def: ChoiceDef): ChoiceOption[] {
  const view = doc instanceof DomView ? doc : new DomView(doc);
  const out: ChoiceOption[] = [];
  for (const el of view.queryAll(def.css)) {
    const o = readOption(el, def);
    if (o && !out.some((x) => x.value === o.value)) out.push(o);
  }
  return out;
}

function matches(el: Element, css: string): boolean {
  try {
    return el.matches(css);
  } catch {
    return false;
  }
}

function isChecked(el: Element): boolean {
  return (el as HTMLInputElement).checked === true;
}

/**
 * The option a user action picked, or null. `click` on an option (tiles, profile buttons; radios only when
 * the chooser has no validate button), `click` on the validate button or `submit` of the form (the checked
 * option then). Shadow roots: the event's composed path is searched, so clicks inside `r-wayf` count.
 */
export function choiceFromEvent(ev: Event, def: ChoiceDef, view: DomView): ChoiceOption | null {
  const path = (typeof ev.composedPath === 'function' ? ev.composedPath() : [ev.target]).filter(
    (n): n is Element => !!n && (n as Node).nodeType === 1,
  );
  const pickChecked = (scope: Element | null): ChoiceOption | null => {
    const opts = pageOptions(view, def).filter((o) => isChecked(o.el));
    const inScope = scope ? opts.filter((o) => scope.contains(o.el)) : [];
    return inScope[0] ?? opts[0] ?? null;
  };
  if (ev.type === 'submit') {
    const form = path[0]?.localName === 'form' ? path[0] : null;
    return def.submit || form ? pickChecked(form) : null;
  }
  if (ev.type !== 'click') return null;
  if (def.submit) {
    const submit = path.find((el) => matches(el, def.submit!));
    if (submit) return pickChecked(submit.closest('form'));
  }
  const hit = path.find((el) => matches(el, def.css));
  if (!hit) return null;
  const type = (hit.getAttribute('type') ?? '').toLowerCase();
  if (def.submit && hit.localName === 'input' && (type === 'radio' || type === 'checkbox')) return null;
  return readOption(hit, def);
}

export type CandidateSource = 'user' | 'managed';

export interface Candidate {
  source: CandidateSource;
  portal: string;
  establishment: string;
  value: string;
  /** The label to show: the user's name for it, else the page's current label, else the stored one. */
  label: string;
  /** The portal's label, as on the page. */
  choiceLabel: string;
  name?: string;
  auto: boolean;
  /** Remembered for this very establishment (else: same portal, another establishment). */
  exact: boolean;
  option: ChoiceOption;
  entry?: ChoiceEntry;
}

/**
 * What to offer on this chooser page: the user's entries for this portal whose value is on the page — this
 * establishment first, most recent first — then the school's suggestion, only when the user has no entry of
 * their own here (the user's choices win over the pre-set ones).
 */
export function candidatesFor(
  entries: readonly ChoiceEntry[],
  managed: ManagedConfig,
  at: { portal: string; establishment: string },
  options: readonly ChoiceOption[],
): Candidate[] {
  const byValue = new Map(options.map((o) => [o.value, o]));
  const mine = entries.filter((e) => e.portal === at.portal && byValue.has(e.value));
  const exact = mine.filter((e) => e.establishment === at.establishment);
  const others = mine.filter((e) => e.establishment !== at.establishment && !exact.some((x) => x.value === e.value));
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const e of [...exact, ...others]) {
    if (seen.has(e.value)) continue;
    seen.add(e.value);
    const option = byValue.get(e.value)!;
    const choiceLabel = option.label || e.label || e.value;
    out.push({
      source: 'user',
      portal: e.portal,
      establishment: e.establishment,
      value: e.value,
      label: e.name || choiceLabel,
      choiceLabel,
      name: e.name,
      auto: e.auto && e.establishment === at.establishment,
      exact: e.establishment === at.establishment,
      option,
      entry: e,
    });
  }
  const s = managed.suggested;
  const managedApplies =
    !!s &&
    (!managed.portal || managed.portal === at.portal) &&
    (!managed.establishment || managed.establishment === at.establishment);
  if (managedApplies && exact.length === 0 && !seen.has(s!.value) && byValue.has(s!.value)) {
    const option = byValue.get(s!.value)!;
    const choiceLabel = option.label || s!.label || s!.value;
    out.push({
      source: 'managed',
      portal: at.portal,
      establishment: at.establishment,
      value: s!.value,
      label: choiceLabel,
      choiceLabel,
      auto: false,
      exact: true,
      option,
    });
  }
  return out;
}

/**
 * The offer follows the family's road: when the overlay's ring (placed by the situation) designates one
 * option — the option, its label, something inside it, or the control that opens its group — only that
 * option is offered back. Otherwise (no ring, or a ring around several options: the road is not known)
 * every candidate stays.
 */
export function onRoad(
  cands: readonly Candidate[],
  options: readonly ChoiceOption[],
  target: Element | null,
  anchor: (o: ChoiceOption) => Element | null,
): Candidate[] {
  if (!target) return [...cands];
  const designates = (o: ChoiceOption) =>
    o.el === target ||
    o.el.contains(target) ||
    target.contains(o.el) ||
    (target as HTMLLabelElement).control === o.el ||
    anchor(o) === target;
  const values = new Set(options.filter(designates).map((o) => o.value));
  if (values.size !== 1) return [...cands];
  return cands.filter((c) => values.has(c.value));
}

/** The candidate to make automatically on arrival: an exact user entry marked `auto`, if any. */
export function autoCandidate(cands: readonly Candidate[]): Candidate | null {
  return cands.find((c) => c.source === 'user' && c.exact && c.auto) ?? null;
}

const nextFrame = (win: Window | null) =>
  new Promise<void>((r) => (win?.setTimeout ? win.setTimeout(r, 50) : setTimeout(r, 50)));

/** Depth of the deepest common ancestor of two elements (same tree), -1 if none. */
function commonDepth(a: Element, b: Element): number {
  const chain = (e: Element) => {
    const out: Node[] = [];
    for (let n: Node | null = e; n; n = n.parentNode) out.unshift(n);
    return out;
  };
  const ca = chain(a);
  const cb = chain(b);
  let i = 0;
  while (i < ca.length && i < cb.length && ca[i] === cb[i]) i++;
  return i - 1;
}

/** The `open` control belonging to the closed group that holds `el` (aria-controls, else the nearest one). */
function opener(el: Element, def: ChoiceDef, view: DomView): HTMLElement | null {
  if (!def.open) return null;
  const all = view.queryAll(def.open).filter((o) => isShown(o));
  const byAria = all.find((o) => {
    const ids = (o.getAttribute('aria-controls') ?? '').split(/\s+/).filter(Boolean);
    return ids.some((id) => {
      const c = (el.getRootNode() as Document | ShadowRoot).getElementById?.(id);
      return !!c && c.contains(el);
    });
  });
  if (byAria) return byAria as HTMLElement;
  let best: Element | null = null;
  let depth = -1;
  for (const o of all) {
    const d = commonDepth(o, el);
    if (d > depth) {
      depth = d;
      best = o;
    }
  }
  return best as HTMLElement | null;
}

/** What to point at for an option: itself when shown, else the control that opens its closed group. */
export function anchorOf(option: ChoiceOption, def: ChoiceDef, doc: Document): Element | null {
  if (!option.el.isConnected) return null;
  if (isShown(option.el)) return option.el;
  return def.open ? opener(option.el, def, new DomView(doc)) : null;
}

/**
 * Make a choice for the user: open its group if closed, click the tile / check the radio / press the
 * profile button, then press the validate button when the chooser has one. Resolves to false when the
 * option could not be used.
 */
export async function applyChoice(option: ChoiceOption, def: ChoiceDef, doc: Document): Promise<boolean> {
  const view = new DomView(doc);
  const win = doc.defaultView;
  let el = option.el;
  if (!el.isConnected) {
    const again = pageOptions(view, def).find((o) => o.value === option.value);
    if (!again) return false;
    el = again.el;
  }
  if (!isShown(el) && def.open) {
    const o = opener(el, def, view);
    if (o) {
      o.click();
      for (let i = 0; i < 20 && !isShown(el); i++) await nextFrame(win);
    }
  }
  const h = el as HTMLElement;
  const type = (h.getAttribute('type') ?? '').toLowerCase();
  if (h.localName === 'input' && (type === 'radio' || type === 'checkbox')) {
    if (!isChecked(h)) h.click();
  } else {
    h.click();
    if (!def.submit) return true;
  }
  if (def.submit) {
    await nextFrame(win);
    const form = h.closest('form');
    let submit: Element | null = null;
    try {
      submit = form?.querySelector(def.submit) ?? null;
    } catch {
      submit = null;
    }
    submit ??= new DomView(doc).queryAll(def.submit).find((s) => isShown(s)) ?? null;
    if (!submit) return false;
    (submit as HTMLElement).click();
  }
  return true;
}
