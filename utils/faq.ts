/**
 * The popup's offline help: frequently asked questions (from the seeds and the research), the contacts each
 * seed gives, the step-by-step guides built from the journey/step data (same help keys as the overlay, no
 * copy), and an accent-insensitive search across guides and questions. Texts come from `t()` (popup section
 * of locales/*.yml and the overlay's step help).
 */
import { normalize } from './dom';
import { stepTitle } from './help-content';
import { t, tList } from './i18n';
import { PORTALS, portalById } from './portals';
import type { PortalDef, PortalId } from './portals/types';

/** FAQ entries: `popup.faq.<id>.q` is the question, `popup.faq.<id>.a.b1…` the answer. Order = display order. */
export const FAQ_IDS = [
  'temp_password',
  'letter_lost',
  'account_reset',
  'which_profile',
  'email_refused',
  'charter',
  'pronote_app',
  'secret_questions',
  'several_children',
  'android',
  'real_site',
] as const;
export type FaqId = (typeof FAQ_IDS)[number];

export interface FaqEntry {
  id: FaqId;
  q: string;
  a: string[];
}

export function faqEntries(): FaqEntry[] {
  return FAQ_IDS.map((id) => ({ id, q: t(`popup.faq.${id}.q`), a: tList(`popup.faq.${id}.a`) })).filter((e) => e.q);
}

/**
 * Help contacts, as the seeds give them (000/001: Net O'Centre and its CFA, 002/004: EduConnect and mon ENT
 * Occitanie online help, 003: Touraine e-school). `emails` are public addresses printed in those guides.
 */
export interface ContactDef {
  id: string;
  /** i18n prefix: `<key>.name`, `<key>.body`. */
  key: string;
  portal?: PortalId;
  emails?: readonly { address: string; role?: string }[];
  /** Show the portal's official address (portal data). */
  officialLink?: boolean;
}

export const CONTACTS: readonly ContactDef[] = [
  { id: 'school', key: 'popup.contacts.school' },
  {
    id: 'touraine',
    key: 'popup.contacts.touraine',
    portal: 'touraine-eschool',
    emails: [{ address: 'ce.0371122u@ac-orleans-tours.fr' }],
    officialLink: true,
  },
  {
    id: 'cfa',
    key: 'popup.contacts.cfa',
    portal: 'netocentre',
    emails: [
      { address: 'stephane.lesivillon@orleans-metropole.fr', role: 'popup.contacts.cfa.it' },
      { address: 'mourad.tricha@orleans-metropole.fr', role: 'popup.contacts.cfa.tic' },
    ],
  },
  { id: 'educonnect', key: 'popup.contacts.educonnect', portal: 'educonnect', officialLink: true },
  { id: 'occitanie', key: 'popup.contacts.occitanie', portal: 'mon-ent-occitanie', officialLink: true },
];

/** One step of a guide: its position, short title and the overlay's help key (when the step data has it). */
export interface GuideStep {
  portal: PortalId;
  step: string;
  title: string;
  /** Help key prefix of the step (`recia.login`…), as the overlay uses it; absent if the step has no data yet. */
  help?: string;
}

export interface GuideJourney {
  id: string;
  name: string;
  steps: GuideStep[];
}

export interface Guide {
  portal: PortalDef;
  journeys: GuideJourney[];
}

/** For each portal, the full step list of its journeys (journey and step data of utils/portals). */
export function buildGuides(portals: readonly PortalDef[] = PORTALS): Guide[] {
  return portals.map((p) => ({
    portal: p,
    journeys: p.journeys.map((j) => ({
      id: j.id,
      name: t(j.name) || j.id,
      steps: j.steps.map((s) => {
        const def = (portals.find((x) => x.id === s.portal) ?? portalById(s.portal))?.steps.find((x) => x.id === s.step);
        return { portal: s.portal, step: s.step, title: stepTitle(s.portal, s.step) || s.step, help: def?.help };
      }),
    })),
  }));
}

/** A searchable entry: a FAQ question or a guide step. */
export interface SearchDoc {
  kind: 'faq' | 'step';
  /** `faq:<id>` or `step:<portal>/<journey>/<index>`. */
  id: string;
  title: string;
  /** Where it comes from (portal and journey), for a step. */
  context?: string;
  text: string[];
  faq?: FaqEntry;
  step?: GuideStep & { guide: string; journey: string; index: number };
}

export function faqDocs(entries: FaqEntry[] = faqEntries()): SearchDoc[] {
  return entries.map((e) => ({ kind: 'faq', id: `faq:${e.id}`, title: e.q, text: e.a, faq: e }));
}

/** Guide steps as search entries: the step title, its help title, body, "next" and "stuck" texts. */
export function guideDocs(guides: Guide[] = buildGuides()): SearchDoc[] {
  const out: SearchDoc[] = [];
  const seen = new Set<string>();
  for (const g of guides) {
    for (const j of g.journeys) {
      j.steps.forEach((s, index) => {
        // A step shared by several journeys (the login…) is found once, under its first journey.
        const key = `${g.portal.id}|${s.portal}|${s.help ?? s.step}`;
        if (seen.has(key)) return;
        seen.add(key);
        const texts = s.help ? helpTexts(s.help) : [];
        out.push({
          kind: 'step',
          id: `step:${g.portal.id}/${j.id}/${index}`,
          title: s.title,
          context: `${g.portal.name} — ${j.name}`,
          text: texts,
          step: { ...s, guide: g.portal.name, journey: j.name, index },
        });
      });
    }
  }
  return out;
}

function helpTexts(help: string): string[] {
  const out = [t(`${help}.title`), ...tList(`${help}.body`), t(`${help}.next`)];
  for (let i = 1; i <= 8; i++) {
    const q = t(`${help}.stuck.s${i}.q`);
    if (!q) break;
    out.push(q, t(`${help}.stuck.s${i}.a`));
  }
  return out.filter(Boolean);
}

/** Little words that say nothing about the subject (French, after normalisation). */
const STOP = new Set(
  'le la les l de des du d un une et ou a au aux en je j me m mon ma mes ne n pas sur pour par que qu qui est ce c se s il elle on vous votre vos'.split(' '),
);

/** The search terms of a query: normalised (case and accents), little words dropped. */
export function queryTerms(query: string): string[] {
  return normalize(query)
    .split(/[^a-z0-9@]+/)
    .filter((w) => w.length >= 2 && !STOP.has(w));
}

function termIn(hay: string, term: string): boolean {
  if (hay.includes(term)) return true;
  // Singular and plural: « questions secrètes » finds « question secrète ».
  if (term.length > 3 && /[sx]$/.test(term)) return hay.includes(term.slice(0, -1));
  return false;
}

/**
 * Accent- and case-insensitive search: every term of the query must appear in the entry. Entries whose title
 * holds all the terms come first; otherwise the given order is kept (questions, then guides in order).
 */
export function searchDocs(docs: readonly SearchDoc[], query: string): SearchDoc[] {
  const terms = queryTerms(query);
  if (!terms.length) return [];
  const scored: { d: SearchDoc; s: number; i: number }[] = [];
  docs.forEach((d, i) => {
    const title = normalize(d.title);
    const all = `${title} ${normalize(d.context ?? '')} ${normalize(d.text.join(' '))}`;
    if (!terms.every((w) => termIn(all, w))) return;
    const s = terms.filter((w) => termIn(title, w)).length;
    scored.push({ d, s, i });
  });
  return scored.sort((a, b) => b.s - a.s || a.i - b.i).map((x) => x.d);
}
