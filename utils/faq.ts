/**
 * The popup's offline help: frequently asked questions (from the seeds and the research), the contacts each
 * seed gives, the step-by-step guides built from the journey/step data (same help keys as the overlay, no
 * copy), and an accent-insensitive search across guides and questions. Texts come from `t()` (popup section
 * of locales/*.yml and the overlay's step help).
 */
import { normalize } from './dom';
import { stepTitle } from './help-content';
import { situationsAlong, variantFor } from './situation';
import { t, tList } from './i18n';
import { PORTALS } from './portals';
import { entryDef } from './portals/fronts';
import type { PortalDef, PortalId } from './portals/types';

/**
 * FAQ entries: `popup.faq.<id>.q` is the question, `popup.faq.<id>.a.b1…` the answer. Order = display order.
 * `sources`: where each answer comes from (ids of docs/sources.md, tests/unit/sources.test.ts).
 */
export const FAQ = [
  { id: 'temp_password', sources: ['seed-003:2', 'seed-002:Étape 1', 'research-5b:EduConnect'] },
  { id: 'letter_lost', sources: ['seed-000:cerbere2', 'research-5b:EduConnect', 'research-4.5'] },
  { id: 'account_reset', sources: ['seed-000:cerbere2', 'research-1.4'] },
  { id: 'which_profile', sources: ['research-1.3', 'seed-003:1', 'seed-004:connexion', 'seed-002:Étape 1'] },
  { id: 'email_refused', sources: ['research-1.7', 'seed-003:4', 'seed-003:5'] },
  { id: 'charter', sources: ['seed-002:charte', 'seed-004:charte', 'research-3.5', 'seed-003:3', 'seed-000:vie scolaire'] },
  { id: 'pronote_app', sources: ['seed-002:application'] },
  { id: 'secret_questions', sources: ['seed-003:5', 'seed-000:cerbere2'] },
  { id: 'several_children', sources: ['research-1.6', 'seed-004:Profil affiché', 'research-4.5'] },
  { id: 'franceconnect', sources: ['seed-002:Étape 1', 'research-4.5'] },
  { id: 'aten', sources: ['seed-004:connexion', 'research-3.3'] },
  { id: 'academie', sources: ['research-5b:Occitanie'] },
  { id: 'agricultural', sources: ['research-3.3', 'research-1.3'] },
  { id: 'shared_computer', sources: ['seed-000:ARTICLE 4', 'seed-001:ARTICLE 4', 'research-1.4'] },
  { id: 'android', sources: ['product-manifest'] },
  { id: 'real_site', sources: ['research-6', 'seed-002:Étape 1'] },
] as const satisfies readonly { id: string; sources: readonly string[] }[];
export const FAQ_IDS = FAQ.map((f) => f.id);
export type FaqId = (typeof FAQ)[number]['id'];

export interface FaqEntry {
  id: FaqId;
  q: string;
  a: string[];
  sources: readonly string[];
}

export function faqEntries(): FaqEntry[] {
  return FAQ.map(({ id, sources }) => ({ id, q: t(`popup.faq.${id}.q`), a: tList(`popup.faq.${id}.a`), sources })).filter((e) => e.q);
}

/**
 * Help contacts. No one's personal address and no single school's mailbox: the family's own establishment
 * (its address is on the letter, on its web site, in the ENT), the school's contact from managed storage
 * (shown first, App.tsx), and the official help of each ENT and of EduConnect. `sources` as in docs/sources.md.
 */
export interface ContactDef {
  id: string;
  /** i18n prefix: `<key>.name`, `<key>.body`. */
  key: string;
  /** Portals whose official address (portal data) is shown and opened. */
  portals?: readonly PortalId[];
  sources: readonly string[];
}

export const CONTACTS: readonly ContactDef[] = [
  { id: 'school', key: 'popup.contacts.school', sources: ['seed-000:Adresses de messagerie', 'seed-002:Étape 1', 'research-1.7'] },
  {
    id: 'recia',
    key: 'popup.contacts.recia',
    portals: ['netocentre', 'touraine-eschool'],
    sources: ['seed-000:Adresses de messagerie', 'seed-003:4', 'research-1.1'],
  },
  { id: 'educonnect', key: 'popup.contacts.educonnect', portals: ['educonnect'], sources: ['seed-002:Étape 1'] },
  { id: 'occitanie', key: 'popup.contacts.occitanie', portals: ['mon-ent-occitanie'], sources: ['seed-004:aide en ligne'] },
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
    journeys: p.journeys.map((j) => {
      const defs = j.steps.map((s) => entryDef(portals.some((x) => x.id === s.portal) ? portals : PORTALS, s));
      // The family's road along the way: a first connection's login after `activation-done`, or a lost
      // password's after the recovery page, is the everyday one (as the card and the printed guide show it).
      const along = j.situations[0] ? situationsAlong(defs, j.situations[0], (d) => d) : [];
      return {
        id: j.id,
        name: t(j.name) || j.id,
        steps: j.steps.map((s, k) => {
          const def = defs[k];
          // The help of this journey's road, as the card shows it to a family on that road (no académie chosen:
          // the guide serves both académies).
          const road = variantFor(def?.bySituation, along[k]);
          return { portal: s.portal, step: s.step, title: stepTitle(s.portal, s.step, s.state) || s.step, help: road?.help ?? def?.help };
        }),
      };
    }),
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

/** `normalize`, and Arabic as families type it: no short vowels or tatweel (NFD has already split the hamza off
 * its seat: أ إ آ → ا), ى as ي, ة as ه. */
function fold(s: string): string {
  return normalize(s)
    .replace(/[\u0640\u064b-\u065f\u0670]/g, '')
    .replace(/\u0649/g, '\u064a')
    .replace(/\u0629/g, '\u0647');
}

/** « المرور » finds « مرور » and « للأولياء » « الأولياء »: the article and the particles glued to it go. */
const ARTICLE = /^(?:[وف]?[بكل]?ال|لل)(?=\p{L}{2})/u;

/** One word of a query as it is looked for. */
const term = (w: string) => w.replace(ARTICLE, '');

/** Little words that say nothing about the subject, in the popup's three languages (folded as queries are). */
const STOP = new Set(
  [
    'le la les l de des du d un une et ou a au aux en je j me m mon ma mes ne n pas sur pour par que qu qui est ce c se s il elle on vous votre vos',
    'the an to of in on at my is are be how do does what can for and or it with you your',
    'في من على عن إلى أن أو ما هل هو هي أنا لا لم لن هذا هذه ذلك التي الذي مع كيف ماذا لماذا',
  ].join(' ').split(' ').map((w) => term(fold(w))),
);

/** The search terms of a query: folded (case, accents, Arabic spellings), little words dropped; letters of any
 * script (an Arabic query is words too). */
export function queryTerms(query: string): string[] {
  return fold(query)
    .split(/[^\p{L}\p{N}@]+/u)
    .map(term)
    .filter((w) => w.length >= 2 && !STOP.has(w));
}

function termIn(hay: string, term: string): boolean {
  if (hay.includes(term)) return true;
  // Singular and plural: « questions secrètes » finds « question secrète ».
  if (term.length > 3 && /[sx]$/.test(term)) return hay.includes(term.slice(0, -1));
  return false;
}

/** Each entry's title and whole text, folded once: the search runs again at every key the family presses. */
const folded = new WeakMap<SearchDoc, { title: string; all: string }>();
function foldedDoc(d: SearchDoc): { title: string; all: string } {
  let f = folded.get(d);
  if (!f) {
    const title = fold(d.title);
    f = { title, all: `${title} ${fold(d.context ?? '')} ${fold(d.text.join(' '))}` };
    folded.set(d, f);
  }
  return f;
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
    const { title, all } = foldedDoc(d);
    if (!terms.every((w) => termIn(all, w))) return;
    const s = terms.filter((w) => termIn(title, w)).length;
    scored.push({ d, s, i });
  });
  return scored.sort((a, b) => b.s - a.s || a.i - b.i).map((x) => x.d);
}
