import { describe, expect, it } from 'vitest';
import { journeyAnswers, MemorySituations } from '@/entrypoints/demo/situation-memory';
import { buildDemoPlan, pickFixture, prepareFixtureHtml, trimPlan, type FixtureInput } from '@/utils/demo/plan';
import { t } from '@/utils/i18n';
import { advance, allJourneys } from '@/utils/journey';
import { PORTALS, portalById } from '@/utils/portals';
import type { PortalDef } from '@/utils/portals/types';
import { recognize } from '@/utils/recognize';
import { deduceSituation, everydayOf, needsQuestion } from '@/utils/situation';
import { loadFixtures } from '../support/fixtures.mjs';

const fx = (name: string, url: string, expect: string | null, state: string | null = null, extra = ''): FixtureInput => {
  const [portal, step] = (expect ?? '/').split('/');
  return {
    name,
    url,
    expect: expect ? { portal, step } : null,
    state,
    html: `<!-- fixture url="${url}" expect="${expect ?? 'none'}"${extra} -->\n<!doctype html><html><head><title>t</title></head><body><p>${name}</p><script>alert(1)</script></body></html>`,
  };
};

describe('demo plan', () => {
  it('picks the page of each step: no error variants, own portal folder, current page over legacy', () => {
    const list = [
      fx('netocentre/login-error.html', 'https://a/1', 'netocentre/login', 'error'),
      fx('netocentre/login-legacy.html', 'https://a/2', 'netocentre/login'),
      fx('netocentre/login-new.html', 'https://a/3', 'netocentre/login'),
      fx('other/login.html', 'https://a/4', 'netocentre/login'),
    ];
    expect(pickFixture(list, 'netocentre', 'login')?.name).toBe('netocentre/login-new.html');
    expect(pickFixture(list.slice(0, 2), 'netocentre', 'login')?.name).toBe('netocentre/login-legacy.html');
    expect(pickFixture(list.slice(0, 1), 'netocentre', 'login')).toBeNull();
    // a fixture can ask to be the demo's page for its step
    const chosen = [...list, fx('netocentre/login-zz.html', 'https://a/5', 'netocentre/login', null, ' demo')];
    expect(pickFixture(chosen, 'netocentre', 'login')?.name).toBe('netocentre/login-zz.html');
  });

  it('prepares pages: no header, no script, a CSP forbidding any request, the real address as base', () => {
    const html = prepareFixtureHtml(fx('p/x.html', 'https://ent.example.fr/cas/login?a=1&b="2"', 'p/x').html, 'https://ent.example.fr/cas/login?a=1&b="2"');
    expect(html).not.toContain('fixture url');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain(`Content-Security-Policy" content="default-src 'none'`);
    expect(html).toContain("form-action 'none'");
    expect(html).toContain('<base href="https://ent.example.fr/cas/login?a=1&amp;b=&quot;2&quot;">');
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<title>'));
    expect(prepareFixtureHtml('<p>bare</p>', 'https://x/')).toMatch(/^<!doctype html><html><head><meta http-equiv/);
  });

  it('new journeys and fixtures are picked up from data; journeys without all their pages are unavailable', () => {
    const portal: PortalDef = {
      id: 'mon-ent-occitanie',
      name: 'mon ENT Occitanie',
      officialUrl: 'https://www.mon-ent-occitanie.fr/',
      hosts: {},
      // a step of the account's activation is told by its data, not by its id
      steps: [{ id: 'activation-x', phase: 'activation', sources: [], url: {}, confirm: [], help: 'x' }],
      journeys: [
        { id: 'occ-a', name: 'j.a', situations: ['first-educonnect'], sources: [], steps: [{ portal: 'mon-ent-occitanie', step: 'home' }, { portal: 'educonnect', step: 'login' }] },
        { id: 'occ-b', name: 'j.b', situations: ['first-ent'], sources: [], steps: [{ portal: 'mon-ent-occitanie', step: 'home' }, { portal: 'mon-ent-occitanie', step: 'activation-x' }] },
      ],
    };
    const fixtures = [fx('mon-ent-occitanie/home.html', 'https://x.mon-ent-occitanie.fr/', 'mon-ent-occitanie/home')];
    let plan = buildDemoPlan([portal], fixtures);
    expect(plan.journeys.map((j) => [j.id, j.available])).toEqual([['occ-a', false], ['occ-b', false]]);
    plan = buildDemoPlan([portal], [...fixtures, fx('educonnect/login.html', 'https://educonnect.education.gouv.fr/', 'educonnect/login')]);
    expect(plan.journeys.map((j) => [j.id, j.available])).toEqual([['occ-a', true], ['occ-b', false]]);
    // one page per fixture, shared between journeys
    expect(plan.pages.map((p) => p.name)).toEqual(['mon-ent-occitanie/home.html', 'educonnect/login.html']);
    // each journey tells the overlay the family's situation, on every page
    expect(plan.journeys.map((j) => j.situation)).toEqual(['first-educonnect', 'first-ent']);
    expect(plan.journeys[1].steps.map((s) => s.situation)).toEqual(['first-ent', 'first-ent']);
    expect(plan.journeys.map((j) => j.academie)).toEqual([null, null]);
    // only the pages of available journeys are bundled
    const trimmed = trimPlan(buildDemoPlan([portal], [fx('mon-ent-occitanie/home.html', 'https://x/', 'mon-ent-occitanie/home')]));
    expect(trimmed.pages).toEqual([]);
    expect(trimmed.journeys.every((j) => j.steps.every((s) => s.page === null))).toBe(true);
  });

  it('real data: every journey listed, each available step shows a page recognised as that step', () => {
    const fixtures = loadFixtures();
    const plan = trimPlan(buildDemoPlan(PORTALS, fixtures));
    expect(plan.journeys.map((j) => j.id)).toEqual(PORTALS.flatMap((p) => p.journeys.map((j) => j.id)));
    expect(plan.journeys.filter((j) => j.available).length).toBeGreaterThan(0);
    for (const j of plan.journeys.filter((x) => x.available)) {
      for (const s of j.steps) {
        const page = plan.pages[s.page!];
        const f = fixtures.find((x) => x.name === page.name)!;
        expect(f.expect, `${j.id}/${s.step}`).toEqual({ portal: s.portal, step: s.step });
        // A sub-state only where the journey's entry names it (MCE's code screen).
        expect(f.state).toBe(s.state ?? null);
      }
    }
    // no page is bundled twice, none is unused
    const used = new Set(plan.journeys.filter((j) => j.available).flatMap((j) => j.steps.map((s) => s.page)));
    expect(used.size).toBe(plan.pages.length);
  });
});

describe("demo plan: one journey per situation, the family's situation on every page (issue 19)", () => {
  const fixtures = loadFixtures();
  const plan = trimPlan(buildDemoPlan(PORTALS, fixtures));
  const available = plan.journeys.filter((j) => j.available);
  const stepDef = (portal: string, step: string) => portalById(portal)!.steps.find((d) => d.id === step)!;
  const docOf = (html: string) => new DOMParser().parseFromString(html, 'text/html');

  it('every journey serves its situation and is named after the family\'s letter', () => {
    const data = allJourneys(PORTALS);
    for (const j of plan.journeys) {
      const d = data.find((x) => x.id === j.id)!;
      expect(d.situations).toContain(j.situation);
      expect(j.name).toBe(d.name);
      expect(j.name).toMatch(/^journey\./);
      expect(t(j.name), j.id).not.toBe(j.name);
    }
    // every situation a portal's data serves has a journey in the demo, and the ENT portals show them all
    for (const p of PORTALS) {
      const own = new Set(plan.journeys.filter((j) => j.owner === p.id).map((j) => j.situation));
      expect(own).toEqual(new Set(p.journeys.flatMap((j) => j.situations)));
    }
    for (const owner of ['netocentre', 'touraine-eschool', 'mon-ent-occitanie']) {
      const shown = new Set(available.filter((j) => j.owner === owner).map((j) => j.situation));
      expect([...shown].sort(), owner).toEqual(['everyday-educonnect', 'everyday-ent', 'first-educonnect', 'first-ent', 'lost', 'signup-educonnect']);
    }
  });

  it('pages after the end of a first connection or a recovery page are an everyday login; every other page is the journey\'s', () => {
    for (const j of plan.journeys) {
      const end = j.steps.findIndex((s) => stepDef(s.portal, s.step)?.endsFirstConnection);
      const recovery = j.steps.findIndex((s) => stepDef(s.portal, s.step)?.recovers);
      j.steps.forEach((s, i) => {
        const road = recovery >= 0 && i > recovery && j.situation === 'lost' ? `everyday-${stepDef(j.steps[recovery].portal, j.steps[recovery].step)!.recovers}` : null;
        expect(s.situation, `${j.id} #${i + 1}`).toBe(road ?? (end >= 0 && i > end ? everydayOf(j.situation) : j.situation));
      });
    }
    const act = plan.journeys.find((j) => j.id === 'netocentre-activation')!;
    expect(act.steps.at(-1)!.situation).toBe('everyday-ent');
    // After the recovery page, the login with the new password: the everyday login of the recovered account.
    const situations = (id: string) => plan.journeys.find((j) => j.id === id)!.steps.map((s) => `${s.step}:${s.situation}`);
    expect(situations('netocentre-lost-password')).toEqual([
      'home:lost', 'profile-chooser:lost', 'login:lost', 'lost-password:lost', 'login:everyday-ent', 'services:everyday-ent',
    ]);
    expect(situations('netocentre-lost-educonnect').slice(2)).toEqual([
      'login:lost', 'lost-password:lost', 'login:everyday-educonnect', 'services:everyday-educonnect',
    ]);
    expect(situations('educonnect-lost-id')).toEqual(['login:lost', 'lost-id:lost', 'login:everyday-educonnect', 'services:everyday-educonnect']);
  });

  it('walking each journey: no question, the page agrees with the situation, « Étape X sur N » is the journey\'s', () => {
    const now = Date.now();
    for (const j of available) {
      j.steps.forEach((s, i) => {
        const at = `${j.id} #${i + 1} ${s.portal}/${s.step}`;
        const page = { portal: s.portal, stepDef: stepDef(s.portal, s.step) };
        const d = deduceSituation(page, journeyAnswers(j, i), j.owner);
        expect(d.situation, at).toBe(s.situation);
        expect(needsQuestion(page, d), at).toBeNull();
        const state = { journey: j.id, index: i, origin: j.owner, updated: now };
        const v = advance(state, s, PORTALS, 'navigate', now, s.situation)?.view;
        const next = j.steps[i + 1];
        expect(v && [v.journey, v.x, v.n, v.next], at).toEqual([j.id, i + 1, j.steps.length, next ? { portal: next.portal, step: next.step, ...(next.state ? { state: next.state } : {}) } : null]);
      });
    }
  });

  it('the RECIA chooser rings the family\'s tile: « Autre public » for an ENT letter, EduConnect otherwise', () => {
    const ring = (id: string) => {
      const j = plan.journeys.find((x) => x.id === id)!;
      const i = j.steps.findIndex((s) => s.step === 'profile-chooser');
      const page = plan.pages[j.steps[i].page!];
      const r = recognize(page.url, docOf(page.html), PORTALS, { situation: j.steps[i].situation });
      return r?.target?.outerHTML ?? '';
    };
    for (const p of ['netocentre', 'touraine']) {
      expect(ring(`${p}-activation`)).toContain('autres-publics');
      expect(ring(`${p}-login`)).toContain('autres-publics');
      expect(ring(`${p}-educonnect`)).toContain('parentEleveEN-IdP');
      expect(ring(`${p}-educonnect-login`)).toContain('parentEleveEN-IdP');
    }
  });

  it('the mon ENT Occitanie journeys answer an académie (its chooser asks for one), the others do not', () => {
    for (const j of plan.journeys) {
      if (j.owner === 'mon-ent-occitanie' && j.situation !== 'lost') expect(j.academie, j.id).toBe('montpellier');
      if (j.owner !== 'mon-ent-occitanie') expect(j.academie, j.id).toBeNull();
    }
  });

  it('the demo keeps the answers in memory, for every portal of the journey, and says when they change', async () => {
    const j = plan.journeys.find((x) => x.id === 'netocentre-educonnect')!;
    const mem = new MemorySituations(journeyAnswers(j, 0));
    expect(await mem.get('educonnect')).toEqual({ situation: 'first-educonnect' });
    expect(await mem.get('netocentre')).toEqual({ situation: 'first-educonnect' });
    let calls = 0;
    const stop = mem.watch(() => calls++);
    await mem.set('netocentre', { situation: 'everyday-ent' });
    expect(mem.peek('netocentre')).toEqual({ situation: 'everyday-ent' });
    await mem.set('netocentre', null);
    expect(await mem.get('netocentre')).toBeNull();
    stop();
    mem.replace({});
    expect(calls).toBe(2);
    expect(await mem.get('educonnect')).toBeNull();
  });
});
