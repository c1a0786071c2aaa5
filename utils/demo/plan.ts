/**
 * The demonstration plan (issue 7): for every journey of the portals' data, which fixture page shows each of
 * its steps. Built at build time (modules/demo-fixtures.ts) from tests/fixtures/** and bundled into the
 * demonstration page, so the page works offline. Pure: no file system, no DOM.
 *
 * New journeys and fixtures are picked up from data: a step is shown with a fixture whose header says
 * `expect="portal/step"` (error variants excluded); a journey is available when all its steps have one.
 */
import { ACADEMIES, type Academie, type PortalDef, type PortalId, type Situation } from '../portals/types';
import { situationsAlong, variantFor } from '../situation';
import { entryDef } from '../portals/fronts';

type DemoJourneyEntry = PortalDef['journeys'][number]['steps'][number];

/** What the demo needs of a fixture (scripts/fixtures.mjs `parseFixture`). */
export interface FixtureInput {
  name: string;
  url: string;
  expect: { portal: string; step: string } | null;
  state: string | null;
  /** The front whose page it is (`front="mce"`), or null / absent for the step's own pages. */
  front?: string | null;
  html: string;
}

export interface DemoPage {
  /** Fixture name, e.g. `netocentre/home.html`. */
  name: string;
  /** The real address the page lives at (recognition runs against it). */
  url: string;
  /** Prepared HTML: no scripts, no network (see `prepareFixtureHtml`). */
  html: string;
}

export interface DemoStep {
  portal: PortalId;
  step: string;
  /** The front and sub-state the journey's entry names (MCE's code screen), when it names them. */
  front?: string | null;
  state?: string | null;
  /** Index into `DemoPlan.pages`, or null when no fixture shows this step yet. */
  page: number | null;
  /**
   * The family's situation on this page: the journey's, and after the page that ends a first connection
   * (`activation-done`) the matching everyday one, as the overlay remembers it (utils/situation.ts).
   */
  situation: Situation;
}

export interface DemoJourney {
  id: string;
  /** The portal whose journey it is. */
  owner: PortalId;
  /** i18n key of the journey's name. */
  name: string;
  steps: DemoStep[];
  /** Every step has a page. */
  available: boolean;
  /** The situation the journey serves (its name is the family's letter): what the demo's overlay is told. */
  situation: Situation;
  /**
   * The académie the demo answers for, when a page of the journey asks for one on its road (mon ENT
   * Occitanie's chooser): the first one, so that the overlay shows a line rather than the question.
   */
  academie: Academie | null;
}

export interface DemoPlan {
  journeys: DemoJourney[];
  pages: DemoPage[];
}

function headerLine(html: string): string {
  return /^<!--\s*fixture\s+([^>]*?)-->/.exec(html)?.[1] ?? '';
}

/**
 * The fixture shown for a step. Among the pages recognised as that step (no error state): one whose header
 * carries `demo` first, then one from the step's own portal folder, then the current page over a `legacy`
 * one, then by name.
 */
export function pickFixture<F extends FixtureInput>(
  fixtures: readonly F[],
  portal: string,
  step: string,
  place: { front?: string | null; state?: string | null } = {},
): F | null {
  const rank = (f: F): [number, number, number, number, string] => [
    /(^|\s)demo(=|\s|$)/.test(headerLine(f.html)) ? 0 : 1,
    // A journey entry that names no front shows the step's own page first.
    f.front ? 1 : 0,
    f.name.startsWith(`${portal}/`) ? 0 : 1,
    /legacy/i.test(f.name) ? 1 : 0,
    f.name,
  ];
  const cmp = (a: F, b: F) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] < rb[i] ? -1 : 1;
    return 0;
  };
  // The journey's entry may name a front and a sub-state (MCE's code screen); error variants are never shown.
  const candidates = fixtures.filter(
    (f) =>
      f.expect?.portal === portal &&
      f.expect.step === step &&
      (place.state ? f.state === place.state : !f.state) &&
      (place.front === undefined || (f.front ?? null) === place.front),
  );
  return [...candidates].sort(cmp)[0] ?? null;
}

const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; form-action 'none'; base-uri 'self' https:";

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * A fixture page made safe to show in the demo's frame: the header comment and every script removed, and a
 * Content-Security-Policy that forbids any network request (the frame is also sandboxed without scripts or
 * forms). `<base>` is the page's real address, so its links read as they do on the real site.
 */
export function prepareFixtureHtml(html: string, url: string): string {
  let out = html.replace(/^<!--\s*fixture\b[^>]*-->\s*/, '');
  out = out.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '').replace(/<script\b[^>]*\/>/gi, '');
  out = out.replace(/<base\b[^>]*>/gi, '');
  const head = `<meta http-equiv="Content-Security-Policy" content="${CSP}"><base href="${escapeAttr(url)}">`;
  if (/<head\b[^>]*>/i.test(out)) return out.replace(/<head\b[^>]*>/i, (m) => m + head);
  if (/<html\b[^>]*>/i.test(out)) return out.replace(/<html\b[^>]*>/i, (m) => `${m}<head>${head}</head>`);
  return `<!doctype html><html><head>${head}</head><body>${out}</body></html>`;
}

/** Every journey of the portals, each step paired with the page that shows it. */
export function buildDemoPlan(portals: readonly PortalDef[], fixtures: readonly FixtureInput[]): DemoPlan {
  const pages: DemoPage[] = [];
  const pageIndex = new Map<string, number>();
  const journeys: DemoJourney[] = [];
  const stepDef = (s: DemoJourneyEntry) => entryDef(portals, s);
  for (const p of portals) {
    for (const j of p.journeys) {
      const situation = j.situations[0];
      if (!situation) continue;
      // Pages after the end of a first connection, or after a lost password's recovery page, are an everyday
      // login for the family.
      const along = situationsAlong(j.steps, situation, stepDef);
      const situationAt = (i: number) => along[i];
      const needsAcademie = j.steps.some((s, i) => !!variantFor(stepDef(s)?.bySituation, situationAt(i))?.byAcademie);
      const steps: DemoStep[] = j.steps.map((s, k) => {
        const f = pickFixture(fixtures, s.portal, s.step, s);
        if (!f) return { ...s, page: null, situation: situationAt(k) };
        let i = pageIndex.get(f.name);
        if (i === undefined) {
          i = pages.length;
          pages.push({ name: f.name, url: f.url, html: prepareFixtureHtml(f.html, f.url) });
          pageIndex.set(f.name, i);
        }
        return { ...s, page: i, situation: situationAt(k) };
      });
      journeys.push({
        id: j.id,
        owner: p.id,
        name: j.name,
        steps,
        available: steps.length > 0 && steps.every((s) => s.page !== null),
        situation,
        academie: needsAcademie ? ACADEMIES[0] : null,
      });
    }
  }
  return { journeys, pages };
}

/** Only the pages the available journeys use (what the extension bundles). */
export function trimPlan(plan: DemoPlan): DemoPlan {
  const keep = new Map<number, number>();
  const pages: DemoPage[] = [];
  for (const j of plan.journeys) {
    if (!j.available) continue;
    for (const s of j.steps) {
      if (s.page === null || keep.has(s.page)) continue;
      keep.set(s.page, pages.length);
      pages.push(plan.pages[s.page]);
    }
  }
  return {
    pages,
    journeys: plan.journeys.map((j) => ({
      ...j,
      steps: j.steps.map((s) => ({ ...s, page: s.page === null ? null : (keep.get(s.page) ?? null) })),
    })),
  };
}
