/**
 * The situation data agrees with itself (issue 19), checked over the data, not case by case:
 * - for every portal × step × situation (× académie), on the step's fixture pages, the highlighted control's
 *   visible label is a label the card's text quotes, and the text quotes no other choice of the page;
 * - « Ensuite » (the help's `next`, announcing `leadsTo`) and « Étape suivante » (the journey's next step)
 *   agree in every journey of every situation;
 * - journeys: one per situation and portal, everyday ones short and without any activation step.
 */
import { describe, expect, it } from 'vitest';
import { DomView, elementText, normalize } from '@/utils/dom';
import { t, tList } from '@/utils/i18n';
import { allJourneys } from '@/utils/journey';
import { PORTALS, portalById } from '@/utils/portals';
import { ACADEMIES, type Academie, type PortalDef, SITUATIONS, type Situation, type StepDef } from '@/utils/portals/types';
import { recognize } from '@/utils/recognize';
import { entryDef, withFront } from '@/utils/portals/fronts';
import { everydayOf, situationAfter, variantFor } from '@/utils/situation';
import { loadFixtures } from '../support/fixtures.mjs';

const fixtures = loadFixtures();

/** A fixture's document; `r-wayf` gets the tiles its page script would render (happy-dom runs no script). */
export function fixtureDoc(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const labels = /const labels = (\{[^}]*\})/.exec(html);
  for (const el of doc.querySelectorAll('r-wayf')) {
    if (!labels) continue;
    const names = JSON.parse(labels[1]) as Record<string, string>;
    const root = el.attachShadow({ mode: 'open' });
    const ul = doc.createElement('ul');
    ul.className = 'wayf-tiles';
    for (const id of JSON.parse(el.getAttribute('idp-ids') ?? '[]') as string[]) {
      const li = doc.createElement('li');
      const a = doc.createElement('a');
      a.id = id;
      a.href = `${el.getAttribute('cas-url')}&idpId=${id}`;
      const span = doc.createElement('span');
      span.textContent = names[id];
      a.append(span);
      li.append(a);
      ul.append(li);
    }
    root.append(ul);
  }
  return doc;
}

/** Controls a family clicks or ticks: their label is what the card must quote. Fields and containers are not. */
const CONTROL = 'a, button, label, input[type=submit], input[type=button], input[type=radio], input[type=checkbox]';

/** The visible label of a control: a radio's or checkbox's <label>, a button's value, an element's own text. */
function labelOf(el: Element): string {
  if (el.matches('input[type=radio], input[type=checkbox]')) {
    const l = el.id ? el.ownerDocument.querySelector(`label[for="${el.id}"]`) : el.closest('label');
    return l ? labelOf(l) : '';
  }
  if (el.localName === 'input') return normalize(el.getAttribute('aria-label') ?? el.getAttribute('value') ?? '');
  // The accessible text (aria-label, words of nested elements apart), without a button's repeated `value`.
  const text = elementText(el);
  const value = normalize(el.getAttribute('value') ?? '');
  return value && text !== value && text.endsWith(` ${value}`) ? text.slice(0, -value.length - 1).trim() : text;
}

const bare = (s: string) => normalize(s).replace(/["\s.:!?*]+$/g, '').trim();

/** Does a quoted label name this choice? Equal, or the page adds a parenthesis (« Autre public (…) »). */
export function quotes(q: string, label: string): boolean {
  const a = bare(q);
  const b = bare(label);
  return !!a && (a === b || b.startsWith(`${a} (`));
}

/** The ring's label as the card quotes it: its first words at least (« J'ai lu et j'accepte les CGU » + « décrites ci-dessus »). */
function names(q: string, label: string): boolean {
  const a = bare(q);
  return quotes(q, label) || (!!a && bare(label).startsWith(`${a} `));
}

const quoted = (help: string) =>
  tList(`${help}.body`)
    .flatMap((line) => line.match(/«([^»]*)»/g) ?? [])
    .map((m) => m.slice(1, -1));

/** The choices of a chooser step shown on this page (tiles, radios): labels, and whether each is ticked. */
function choicesOn(step: StepDef, doc: Document): { label: string; el: Element; checked: boolean }[] {
  if (!step.choices) return [];
  const view = new DomView(doc);
  return view
    .queryAll(step.choices.css)
    .map((el) => {
      const l = el.localName === 'input' && el.id ? el.ownerDocument.querySelector(`label[for="${el.id}"]`) : null;
      return { el, label: labelOf(el), checked: (el as HTMLInputElement).checked === true, shown: view.shown(l ?? el) };
    })
    .filter((c) => c.label && c.shown);
}

/** Steps where the roads part: the ring and the text are this helper's data (the other steps' texts: issue 20). */
const parts = (step: StepDef) => !!(step.asks || step.bySituation);
/** Other steps: rings whose label the text does not quote, reported for the texts' review (issue 20). */
const notes: string[] = [];

function cases(p: PortalDef) {
  const out: { situation: Situation | null; academie: Academie | null }[] = [];
  for (const situation of [null, ...SITUATIONS]) {
    for (const academie of p.id === 'mon-ent-occitanie' ? [null, ...ACADEMIES] : [null]) out.push({ situation, academie });
  }
  return out;
}

describe('the ring and the text quote the same label (every portal × step × situation)', () => {
  for (const p of PORTALS) {
    for (const step of p.steps) {
      const pages = fixtures.filter((f) => f.expect?.portal === p.id && f.expect.step === step.id);
      it(`${p.id}/${step.id} (${pages.length} pages)`, () => {
        const problems: string[] = [];
        for (const f of pages) {
          // One document per page: recognition only reads it.
          const doc = fixtureDoc(f.html);
          for (const c of cases(p)) {
            const r = recognize(f.url, doc, PORTALS, c);
            const where = `${f.name} [${c.situation ?? 'unknown'}${c.academie ? `/${c.academie}` : ''}] ${r?.help}`;
            if (!r || r.step !== step.id) {
              problems.push(`${where}: not recognised`);
              continue;
            }
            if (!parts(step) && c.situation) continue;
            expect(t(`${r.help}.title`), `${where}: help has a title`).not.toBe('');
            const qs = quoted(r.help);
            const target = r.target;
            const isControl = !!target?.matches(CONTROL);
            const targetLabel = target && isControl ? labelOf(target) : null;
            // The ring is on a control: the card names it, with the page's own words.
            if (targetLabel !== null && !qs.some((q) => names(q, targetLabel))) {
              (parts(step) ? problems : notes).push(`${where}: ring on « ${targetLabel} », text quotes ${qs.map((q) => `« ${q} »`).join(' ') || 'nothing'}`);
            }
            // A choice the text names (shown on the page) is the one the ring is on, or the one ticked when the
            // ring is on « Valider »: never « choose X » beside a ring on Y.
            const choices = choicesOn(step, doc);
            const ringOnChoice = choices.some((ch) => ch.el === target || (targetLabel !== null && ch.label === targetLabel && target?.localName === 'label'));
            for (const ch of choices) {
              if (!qs.some((q) => quotes(q, ch.label))) continue;
              const ok = ringOnChoice ? targetLabel !== null && quotes(ch.label, targetLabel) : ch.checked;
              if (!ok) problems.push(`${where}: text names the choice « ${ch.label} », ring on « ${targetLabel ?? target?.localName} »`);
            }
          }
        }
        expect(problems).toEqual([]);
        // Many pages × every situation × académie: minutes on a loaded CI machine, not a hang.
      }, 180_000);
    }
  }

  it('reports the other steps whose ring the text does not quote (for the review of issue 20)', () => {
    if (notes.length) console.info(`steps outside the roads' parting, ring not quoted:\n${[...new Set(notes)].join('\n')}`);
    expect(Array.isArray(notes)).toBe(true);
  });

  it('the RECIA chooser follows the road: « Autre public » for *-ent, EduConnect for *-educonnect, legacy and r-wayf', () => {
    const pages = fixtures.filter((f) => /(netocentre|touraine-eschool)\/profile-chooser/.test(f.name));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const f of pages) {
      for (const s of ['first-ent', 'everyday-ent'] as const) {
        const r = recognize(f.url, fixtureDoc(f.html), PORTALS, { situation: s })!;
        expect(normalize(labelOf(r.target!)), `${f.name} ${s}`).toMatch(/^autre public/);
      }
      for (const s of ['first-educonnect', 'everyday-educonnect'] as const) {
        const r = recognize(f.url, fixtureDoc(f.html), PORTALS, { situation: s })!;
        expect(normalize(labelOf(r.target!)), `${f.name} ${s}`).toMatch(/^eleves? ou parent/);
        expect(normalize(labelOf(r.target!))).not.toContain('agricole');
      }
    }
    const rwayf = pages.find((f) => f.name.includes('rwayf'))!;
    const r = recognize(rwayf.url, fixtureDoc(rwayf.html), PORTALS, { situation: 'everyday-educonnect' })!;
    expect(r.target?.id).toBe('parentEleveEN-IdP');
    expect(r.help).toBe('recia.profile_chooser_educonnect_new');
    const legacy = pages.find((f) => f.name === 'netocentre/profile-chooser-legacy.html')!;
    expect(recognize(legacy.url, fixtureDoc(legacy.html), PORTALS, { situation: 'first-ent' })!.target?.className).toContain('autres-publics');
  });

  it('the Occitanie chooser rings the académie line of the road (open list), and « Valider » once it is ticked', () => {
    const open = fixtures.find((f) => f.name === 'mon-ent-occitanie/profile-chooser-open.html')!;
    const line = (situation: Situation, academie: Academie) =>
      recognize(open.url, fixtureDoc(open.html), PORTALS, { situation, academie })!.target?.getAttribute('for');
    expect(line('first-educonnect', 'montpellier')).toBe('idp-MONT-EDU_parent_eleve');
    expect(line('everyday-educonnect', 'toulouse')).toBe('idp-TOULO-EDU_parent_eleve');
    expect(line('first-ent', 'montpellier')).toBe('idp-MONT-ENT_parent_eleve');
    // Académie not known yet: the list, not a line, and the card asks it.
    const r = recognize(open.url, fixtureDoc(open.html), PORTALS, { situation: 'first-ent' })!;
    expect(r.target?.matches('label')).toBe(false);
    const checked = fixtures.find((f) => f.name === 'mon-ent-occitanie/profile-chooser-checked.html')!;
    const ok = recognize(checked.url, fixtureDoc(checked.html), PORTALS, { situation: 'first-educonnect', academie: 'montpellier' })!;
    expect(ok.target?.id).toBe('button-submit');
    const wrong = recognize(checked.url, fixtureDoc(checked.html), PORTALS, { situation: 'first-ent', academie: 'montpellier' })!;
    expect(wrong.target?.getAttribute('for')).toBe('idp-MONT-ENT_parent_eleve');
  });

  it('login pages: « Activer mon compte » only for first-ent; an everyday text never asks for the letter\'s password', () => {
    for (const f of fixtures.filter((x) => /(netocentre|touraine-eschool)\/login-(legacy|new)/.test(x.name))) {
      for (const s of [null, ...SITUATIONS]) {
        const r = recognize(f.url, fixtureDoc(f.html), PORTALS, { situation: s })!;
        if (r.state) continue;
        const activate = normalize(r.target?.textContent ?? '').includes('activer mon compte');
        expect(activate, `${f.name} ${s}`).toBe(s === 'first-ent');
        const body = normalize(tList(`${r.help}.body`).join(' '));
        if (s !== 'first-ent') expect(body, `${f.name} ${s}`).not.toContain('activer mon compte');
      }
    }
    for (const p of PORTALS) {
      for (const step of p.steps) {
        for (const s of ['everyday-ent', 'everyday-educonnect'] as const) {
          for (const h of [variantFor(step.bySituation, s)?.help, ...(step.states ?? []).map((st) => variantFor(st.bySituation, s)?.help ?? st.help)]) {
            if (!h || !step.asks?.includes(s)) continue;
            const body = normalize(tList(`${h}.body`).join(' '));
            expect(body, `${p.id}/${step.id} ${s} ${h}`).not.toMatch(/provisoire|(mot de passe|identifiant) du courrier/);
          }
        }
      }
    }
  });
});

describe('« Ensuite » and « Étape suivante » agree with the journey of the situation', () => {
  /** The help keys a step can show on this road (the variant's, and each target's own help). */
  function helpsOn(step: StepDef, s: Situation): { help: string; leadsTo?: readonly string[] }[] {
    const out: { help: string; leadsTo?: readonly string[] }[] = [];
    const vs = [variantFor(step.bySituation, s), ...ACADEMIES.map((a) => variantFor(step.bySituation, s, a))];
    for (const v of vs) {
      const leadsTo = v?.leadsTo ?? step.leadsTo;
      out.push({ help: v?.help ?? step.help, leadsTo });
      for (const tg of v?.target ?? []) if (typeof tg !== 'string' && tg.help) out.push({ help: tg.help, leadsTo });
    }
    return out;
  }

  for (const j of allJourneys(PORTALS)) {
    it(`${j.id} (${j.situations.join(', ')})`, () => {
      const problems: string[] = [];
      // The family's situation along the way: a first connection's is everyday once the account is active.
      let now = [...j.situations];
      j.steps.forEach((at, i) => {
        const step = entryDef(PORTALS, at);
        if (!step) {
          problems.push(`${at.portal}/${at.step}: no such step`);
          return;
        }
        const next = j.steps[i + 1];
        const here = now;
        now = now.map((s) => situationAfter(step, s));
        // An entry that names no front is met on any front's pages: each front's help agrees too, or announces
        // the next screen of the same step (MCE's lost-password card: choice, form, reset).
        const fronts = at.front === undefined ? (step.fronts ?? []).map((f) => ({ f: withFront(step, f), within: true })) : [];
        for (const s of here) {
          for (const { f, within } of [{ f: step, within: false }, ...fronts]) for (const h of helpsOn(f, s)) {
            if (!next) continue;
            if (!t(`${h.help}.next`)) problems.push(`${i + 1} ${at.step} ${h.help}: no « Ensuite » before ${next.step}`);
            else if (within && h.leadsTo?.length && h.leadsTo.every((x) => x === at.step)) continue;
            else if (!h.leadsTo?.includes(next.step)) {
              problems.push(`${i + 1} ${at.step} ${h.help}: « Ensuite » announces ${h.leadsTo?.join('/') ?? '?'}, « Étape suivante » is ${next.step}`);
            }
          }
        }
      });
      expect(problems).toEqual([]);
    });
  }
});

describe('journeys per situation', () => {
  const journeys = allJourneys(PORTALS);

  it('every journey serves at least one situation and has a name in the locale', () => {
    for (const j of journeys) {
      expect(j.situations.length, j.id).toBeGreaterThan(0);
      expect(t(j.name), j.id).not.toBe('');
    }
  });

  it('each ENT portal has a journey for each situation', () => {
    for (const p of PORTALS.filter((x) => x.id !== 'educonnect')) {
      for (const s of SITUATIONS) expect(p.journeys.some((j) => j.situations.includes(s)), `${p.id} ${s}`).toBe(true);
    }
    const edu = portalById('educonnect')!;
    for (const s of ['first-educonnect', 'everyday-educonnect'] as const) expect(edu.journeys.some((j) => j.situations.includes(s))).toBe(true);
  });

  it('everyday journeys are short (N ≤ 5) and hold no activation step', () => {
    for (const j of journeys.filter((x) => x.situations.some((s) => s.startsWith('everyday-')))) {
      expect(j.steps.length, j.id).toBeLessThanOrEqual(5);
      for (const at of j.steps) {
        const step = portalById(at.portal)!.steps.find((x) => x.id === at.step)!;
        expect(at.step, j.id).not.toMatch(/activation|identity-check|charter|preferences/);
        // No step whose page is the evidence of a first connection.
        expect(step.evidence ?? '', `${j.id} ${at.step}`).not.toMatch(/^first-/);
      }
    }
  });

  it('the page evidence on a journey\'s way is the journey\'s own situation (no journey crosses another road)', () => {
    for (const j of journeys) {
      for (const at of j.steps) {
        const ev = portalById(at.portal)!.steps.find((x) => x.id === at.step)!.evidence;
        if (ev) expect(j.situations, `${j.id} ${at.portal}/${at.step}`).toContain(ev);
      }
    }
  });
});
