/**
 * The recogniser: a pure function from (URL, Document) to the portal and step the page is, or null.
 * Order of evidence (research §6): host + path first, DOM second, visible text last (accent-insensitive).
 * Query parameters only add or remove confidence, because real URLs lag behind content (JSF postbacks,
 * redirects) — a page is recognised by what it shows.
 */
import { DomView, elementText, normalize } from './dom';
import type { Academie, HostGroup, PortalDef, Probe, Recognition, Situation, StepDef, TargetDef } from './portals/types';
import { variantFor } from './situation';
import { withFront } from './portals/fronts';

export function hostInGroup(host: string, g: HostGroup): boolean {
  if (g.except?.includes(host)) return false;
  if (g.exact?.includes(host)) return true;
  return !!g.suffix?.some((s) => host === s || host.endsWith(`.${s}`));
}

/** A host as the portals' data names it: lower case, no trailing dot (`ENT.netocentre.fr.` → `ent.netocentre.fr`). */
export function normalHost(url: URL): string {
  return url.hostname.toLowerCase().replace(/\.+$/, '');
}

/**
 * The path the URL tests read: lower case, without path parameters (`/login;jsessionid=…` → `/login`, which
 * servlet containers add when cookies are off) and with repeated slashes folded (`//portail/` → `/portail/`).
 */
export function normalPath(url: URL): string {
  // Every step of every portal reads it (gate and hint) in one pass over one address: remember the last one.
  if (url.pathname === lastPath.raw) return lastPath.normal;
  let p = url.pathname;
  try {
    p = decodeURI(p);
  } catch {
    // keep the raw path
  }
  const normal = p.toLowerCase().replace(/;[^/]*/g, '').replace(/\/{2,}/g, '/') || '/';
  lastPath = { raw: url.pathname, normal };
  return normal;
}
let lastPath = { raw: '', normal: '/' };

function portalHasHost(p: PortalDef, host: string): boolean {
  return Object.values(p.hosts).some((g) => hostInGroup(host, g));
}

function safeUrl(u: string | URL): URL | null {
  try {
    return u instanceof URL ? u : new URL(u);
  } catch {
    return null;
  }
}

/** The address of a web page (http or https), or null. */
function pageUrl(u: string | URL): URL | null {
  const url = safeUrl(u);
  return url && (url.protocol === 'https:' || url.protocol === 'http:') ? url : null;
}

/** The host of the `service` parameter (CAS), if any; tolerant to double encoding. */
export function serviceHost(url: URL): string | null {
  let s = url.searchParams.get('service') ?? url.searchParams.get('TARGET');
  for (let i = 0; s && i < 2; i++) {
    const u = safeUrl(s);
    if (u) return u.hostname.toLowerCase();
    try {
      s = decodeURIComponent(s);
    } catch {
      return null;
    }
  }
  return null;
}

/** Which portal a page belongs to. Shared hosts (the RECIA CAS) are decided by `service`, then by links. */
export function resolvePortal(url: URL, view: DomView | null, portals: readonly PortalDef[]): PortalDef | null {
  const host = normalHost(url);
  const candidates = portals.filter((p) => portalHasHost(p, host));
  if (candidates.length <= 1) return candidates[0] ?? null;
  const svc = serviceHost(url);
  const byService = candidates.find((p) => p.serviceHosts && svc && hostInGroup(svc, p.serviceHosts));
  if (byService) return byService;
  // No usable service parameter (URL lag, posted form): links on the page name the portal they lead back to.
  if (view) {
    for (const p of candidates) {
      if (!p.claimsSharedHostsByServiceOnly || !p.serviceHosts) continue;
      const sel = [
        ...(p.serviceHosts.exact ?? []).map((n) => `a[href*="//${n}/"]`),
        ...(p.serviceHosts.suffix ?? []).flatMap((n) => [`a[href*="//${n}/"]`, `a[href*=".${n}/"]`]),
        `[class*="theme-${p.id}"]`,
      ].join(', ');
      if (view.query(sel)) return p;
    }
  }
  return candidates.find((p) => !p.claimsSharedHostsByServiceOnly) ?? candidates[0];
}

const GAPPED = new Map<string, RegExp>();
/**
 * `a … b`: words in this order, each starting a word, at most a few words apart ("compte … active" matches
 * « Votre compte a bien été activé » and « Votre compte ÉduConnect est activé », not « désactivé »).
 */
function gapped(needle: string): RegExp {
  let re = GAPPED.get(needle);
  if (!re) {
    const esc = (x: string) => normalize(x).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    re = new RegExp(needle.split('…').map((x) => `\\b${esc(x)}`).join('.{0,40}?'));
    GAPPED.set(needle, re);
  }
  return re;
}

export function textHas(hay: string, needles: string | readonly string[] | undefined): boolean {
  if (needles === undefined) return true;
  const list = typeof needles === 'string' ? [needles] : needles;
  return list.some((n) => (n.includes('…') ? gapped(n).test(hay) : hay.includes(normalize(n))));
}

/** Does one probe hold on the page? */
export function probeHolds(view: DomView, p: Probe): boolean {
  if (p.css) {
    // Cheapest tests first (the visibility test reads computed styles), and stop at the count needed.
    const need = p.count ?? 1;
    const byText = p.text !== undefined || p.maxLength !== undefined || p.notText !== undefined;
    let found = 0;
    for (const e of view.queryAll(p.css)) {
      if (p.notIn && closestIn(e, p.notIn)) continue;
      if (p.checked !== undefined && isChecked(e) !== p.checked) continue;
      if (p.valid !== undefined && isValidField(e) !== p.valid) continue;
      if (byText) {
        const t = elementText(e);
        if ((p.maxLength !== undefined && t.length > p.maxLength) || !textHas(t, p.text)) continue;
        if (p.notText !== undefined && textHas(t, p.notText)) continue;
      }
      if (p.visible && !view.shown(e)) continue;
      if (++found >= need) return true;
    }
    return false;
  }
  if (p.text !== undefined) return textHas(view.text(), p.text);
  return false;
}

/** A checked radio/checkbox, or a label whose control (`for`, or the input inside it) is checked. */
function isChecked(el: Element): boolean {
  const input =
    el.localName === 'input'
      ? el
      : el.localName === 'label'
        ? ((el.getAttribute('for') && el.ownerDocument.getElementById(el.getAttribute('for')!)) || el.querySelector('input'))
        : null;
  return !!input && (input as HTMLInputElement).checked === true;
}

/** An e-mail's shape: a name, « @ », a domain with a dot, no spaces (the field's own check may be looser). */
const EMAIL_SHAPE = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/**
 * A text field holding a value its type accepts. The value is only tested here, never kept; a password
 * field is never read (false).
 */
function isValidField(el: Element): boolean {
  if (el.localName !== 'input') return false;
  const input = el as HTMLInputElement;
  const type = String(input.type).toLowerCase();
  if (type === 'password' || type === 'hidden') return false;
  const v = String(input.value ?? '').trim();
  if (!v || input.validity?.valid === false) return false;
  return type !== 'email' || EMAIL_SHAPE.test(v);
}

/** `el.closest(sel)`, tolerant to invalid selectors. */
function closestIn(el: Element, sel: string): boolean {
  try {
    return !!el.closest(sel);
  } catch {
    return false;
  }
}

function anyProbe(view: DomView, probes: readonly Probe[] | undefined): boolean {
  return !!probes?.some((p) => probeHolds(view, p));
}

function pathOk(step: StepDef, url: URL, p: PortalDef): boolean {
  const host = normalHost(url);
  if (step.url.hosts && !step.url.hosts.some((g) => p.hosts[g] && hostInGroup(host, p.hosts[g]))) return false;
  for (const [k, re] of Object.entries(step.url.queryGate ?? {})) {
    const v = url.searchParams.get(k);
    if (v !== null && !re.test(v)) return false;
  }
  const path = normalPath(url);
  return !step.url.path || step.url.path.test(path);
}

function queryScore(step: StepDef, url: URL): number {
  let s = 0;
  for (const [k, v] of Object.entries(step.url.queryHints ?? {})) {
    const val = url.searchParams.get(k);
    if (val !== null && (v === true || v.test(val))) s += 2;
  }
  for (const k of step.url.queryAgainst ?? []) if (url.searchParams.has(k)) s -= 3;
  if (step.url.pathHint?.test(normalPath(url))) s += 3;
  return s;
}

/** Why a step whose address fits is not the page's: a `require` probe fails, a `reject` probe holds, or no
 * evidence (`confirm`, or the text fallback) shows. */
export type Failed = 'require' | 'reject' | 'confirm';

/** Score of a step on this page, or -Infinity when it does not apply (`failed` is told why). */
export function scoreStep(step: StepDef, url: URL, view: DomView, p: PortalDef, failed?: Map<StepDef, Failed>): number {
  if (!pathOk(step, url, p)) return -Infinity;
  const fail = (why: Failed) => (failed?.set(step, why), -Infinity);
  if (step.require && !step.require.every((r) => probeHolds(view, r))) return fail('require');
  if (anyProbe(view, step.reject)) return fail('reject');
  let evidence = 0;
  if (anyProbe(view, step.confirm)) evidence = 10;
  // Text fallback: the step's words where the page shows them (short blocks), not quoted in a long paragraph.
  else if (step.text && textHas(view.shortText(), step.text) && textHas(view.text(), step.textAlso)) evidence = 6;
  if (!evidence) return fail('confirm');
  return evidence + queryScore(step, url) + (step.priority ?? 0);
}

/** The step's own pages and each of its fronts, as step definitions the scoring reads alike. */
function facesOf(step: StepDef): readonly StepDef[] {
  return step.fronts?.length ? [step, ...step.fronts.map((f) => withFront(step, f))] : [step];
}

/** The first target of the list that is on the page and shown, with the entry that found it. */
export function resolveTargetDef(targets: StepDef['target'], view: DomView): { el: Element; def: TargetDef } | null {
  for (const t of targets ?? []) {
    const def: TargetDef = typeof t === 'string' ? { css: t } : t;
    if (def.when && !probeHolds(view, def.when)) continue;
    const el = view.queryAll(def.css).find((e) => {
      if (def.text === undefined && def.notText === undefined) return view.shown(e);
      const txt = elementText(e);
      return textHas(txt, def.text) && !(def.notText !== undefined && textHas(txt, def.notText)) && view.shown(e);
    });
    if (el) return { el, def };
  }
  return null;
}

/** The first target of the list that is on the page and shown. */
export function resolveTarget(targets: StepDef['target'], view: DomView): Element | null {
  return resolveTargetDef(targets, view)?.el ?? null;
}

/** The sub-state (error…) the page shows, if any. */
export function resolveState(step: StepDef, view: DomView): NonNullable<StepDef['states']>[number] | null {
  return step.states?.find((s) => probeHolds(view, s.when)) ?? null;
}

/**
 * Host + path only, before the document exists: could this address show one of the steps? A cheap pre-filter
 * (the content entry starts loading the overlay early on such addresses); the DOM decides afterwards.
 */
export function couldBeStep(url: string | URL, portals: readonly PortalDef[]): boolean {
  const u = pageUrl(url);
  if (!u) return false;
  const host = normalHost(u);
  return portals.some((p) => portalHasHost(p, host) && p.steps.some((s) => facesOf(s).some((f) => pathOk(f, u, p))));
}

/** The steps this address can show (host + path), of every portal that has the host: what the DOM may make it. */
export function stepsAt(url: string | URL, portals: readonly PortalDef[]): StepDef[] {
  const u = pageUrl(url);
  if (!u) return [];
  const host = normalHost(u);
  return portals.flatMap((p) => (portalHasHost(p, host) ? p.steps.filter((s) => pathOk(s, u, p)) : []));
}

export interface RecognitionResult extends Recognition {
  stepDef: StepDef;
  portalDef: PortalDef;
  target: Element | null;
  /** The situation the help and target were chosen for (the one given in the options), or null. */
  situation: Situation | null;
}

export interface RecognizeOptions {
  /** The family's road (utils/situation.ts `deduceSituation`): picks the step's `bySituation` help and target. */
  situation?: Situation | null;
  /** mon ENT Occitanie: the family's académie (its chooser line). */
  academie?: Academie | null;
  /** Filled with the steps (and fronts) the page is not, and why (the entry's mutation lens reads it). */
  failed?: Map<StepDef, Failed>;
}

/**
 * Recognise a page. Never throws: a hostile or broken page gives null.
 */
export function recognize(
  url: string | URL,
  doc: Document,
  portals: readonly PortalDef[],
  opts: RecognizeOptions = {},
): RecognitionResult | null {
  try {
    const u = pageUrl(url);
    if (!u) return null;
    const view = new DomView(doc);
    const portal = resolvePortal(u, view, portals);
    if (!portal) return null;
    let best: StepDef | null = null;
    let bestScore = -Infinity;
    for (const face of portal.steps.flatMap(facesOf)) {
      const s = scoreStep(face, u, view, portal, opts.failed);
      if (s > bestScore) {
        best = face;
        bestScore = s;
      }
    }
    if (!best) return null;
    const state = resolveState(best, view);
    const situation = opts.situation ?? null;
    // A state (error…) has its own help, per situation too; the step's variants apply when no state shows.
    const variant = state
      ? variantFor(state.bySituation, situation, opts.academie)
      : variantFor(best.bySituation, situation, opts.academie);
    const base = state ?? best;
    const targets = variant?.target ?? base.target;
    const own = resolveTargetDef(targets, view);
    // A variant whose highlight is not on this page does not apply to it: the step's own ring and text, so
    // that the card never names a control the ring is not on.
    const found = own ?? (targets !== best.target ? resolveTargetDef(best.target, view) : null);
    const help = own ? (variant?.help ?? base.help) : variant?.target ? base.help : (variant?.help ?? base.help);
    return {
      portal: portal.id,
      step: best.id,
      // The target's own help first: it quotes the label the ring is on (the page's version decides it).
      help: found?.def.help ?? help,
      state: state?.id ?? null,
      front: (best as { front?: string }).front ?? null,
      score: bestScore,
      stepDef: best,
      portalDef: portal,
      target: found?.el ?? null,
      situation,
    };
  } catch {
    return null;
  }
}
