import { describe, expect, it } from 'vitest';
import { buildDemoPlan, pickFixture, prepareFixtureHtml, trimPlan, type FixtureInput } from '@/utils/demo/plan';
import { PORTALS } from '@/utils/portals';
import type { PortalDef } from '@/utils/portals/types';
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
    // a family walking a journey without its activation steps has activated that portal before
    expect(plan.journeys[0].activated).toEqual(['mon-ent-occitanie', 'educonnect']);
    expect(plan.journeys[1].activated).toEqual([]);
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
        expect(f.state).toBeNull();
      }
    }
    // no page is bundled twice, none is unused
    const used = new Set(plan.journeys.filter((j) => j.available).flatMap((j) => j.steps.map((s) => s.page)));
    expect(used.size).toBe(plan.pages.length);
  });
});
