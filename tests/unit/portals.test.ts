/**
 * Convention test (model: refined-github's build/features.test.ts): a portal or a step is fully wired once it has
 * its data file, its line in utils/portals/ids.ts, its texts in fr, en and ar, and its fixture pages. tsc checks
 * the types; this checks the rest, and each failure says what to add where (README « Ajouter un portail / une
 * étape »). The checks are plain functions so the last test can prove they catch a half-wired portal.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { stepTitle } from '@/utils/help-content';
import { LANGS, setMessages, t, tList } from '@/utils/i18n';
import { parseMessage, parseWhereReply } from '@/utils/messages';
import { checkHost, checkUrl } from '@/utils/official/check';
import { PORTALS } from '@/utils/portals';
import { PORTAL_IDS, PORTAL_INFO } from '@/utils/portals/ids';
import { PORTAL_NAMES } from '@/utils/portals/names';
import type { PortalDef } from '@/utils/portals/types';
import { type Fixture, loadFixtures } from '../support/fixtures.mjs';
import { loadLocale } from '../support/i18n-setup';

const FIXTURES = loadFixtures();
const MESSAGES = Object.fromEntries(await Promise.all(LANGS.map(async (l) => [l, await loadLocale(l)] as const)));
afterAll(() => setMessages(MESSAGES.fr, 'fr'));

/** A fixture names a step in its first line: `<!-- fixture url="…" expect="portal/step" state="…" -->`. */
const header = (p: PortalDef, step: string, state?: string) =>
  `<!-- fixture url="https://<a ${p.id} address>/…" expect="${p.id}/${step}"${state ? ` state="${state}"` : ''} -->`;

/** Fixture pages: one per step in tests/fixtures/<portal>/, one per sub-state there or in variants/<portal>/. */
export function fixtureProblems(p: PortalDef, fixtures: readonly Fixture[] = FIXTURES): string[] {
  const problems: string[] = [];
  const shows = (f: Fixture, step: string, state: string | null) =>
    f.expect?.portal === p.id && f.expect.step === step && f.state === state;
  for (const s of p.steps) {
    if (!fixtures.some((f) => f.name.startsWith(`${p.id}/`) && shows(f, s.id, null))) {
      problems.push(`step ${p.id}/${s.id}: add a page saved from the real site as tests/fixtures/${p.id}/${s.id}.html, first line ${header(p, s.id)}`);
    }
    for (const state of new Set([...(s.states ?? []), ...(s.fronts ?? []).flatMap((f) => f.states ?? [])].map((x) => x.id))) {
      if (!fixtures.some((f) => (f.name.startsWith(`${p.id}/`) || f.name.startsWith(`variants/${p.id}/`)) && shows(f, s.id, state))) {
        problems.push(
          `state ${p.id}/${s.id} ${state}: add tests/fixtures/${p.id}/${s.id}-${state}.html (or under variants/${p.id}/), first line ${header(p, s.id, state)}`,
        );
      }
    }
  }
  return problems;
}

/** Every text key the overlay, the popup's guides and the demo read for this portal, in the language loaded. */
export function textProblems(p: PortalDef, lang: string): string[] {
  const problems: string[] = [];
  const file = `locales/${lang}.yml`;
  const helpKey = (where: string, help: string) => {
    if (!t(`${help}.title`)) problems.push(`${where}: add ${help}.title to ${file}`);
    if (!tList(`${help}.body`).length) problems.push(`${where}: add ${help}.body.b1 (b2, … one line each) to ${file}`);
  };
  for (const s of p.steps) {
    const at = `step ${p.id}/${s.id}`;
    helpKey(at, s.help);
    for (const st of s.states ?? []) helpKey(`${at} state ${st.id}`, st.help);
    for (const [road, v] of Object.entries(s.bySituation ?? {})) if (v?.help) helpKey(`${at} ${road}`, v.help);
    for (const f of s.fronts ?? []) {
      helpKey(`${at} front ${f.front}`, f.help);
      for (const st of f.states ?? []) helpKey(`${at} front ${f.front} state ${st.id}`, st.help);
      for (const tg of f.target ?? []) if (typeof tg !== 'string' && tg.help) helpKey(`${at} front ${f.front}`, tg.help);
    }
  }
  for (const j of p.journeys) if (!t(j.name)) problems.push(`journey ${j.id}: add its name ${j.name} to ${file}`);
  // Short titles (« Étape suivante : … », guides, demo): the portal's steps and every step its journeys go through.
  const steps = [...p.steps.map((s) => ({ portal: p.id, step: s.id })), ...p.journeys.flatMap((j) => j.steps)];
  for (const { portal, step } of steps) {
    if (stepTitle(portal, step)) continue;
    const titles = PORTAL_INFO[portal]?.titles ?? '<titles of utils/portals/ids.ts>';
    problems.push(`step ${portal}/${step}: add its short title ${titles}.${step.replace(/-/g, '_')} to ${file}`);
  }
  return [...new Set(problems)];
}

/** The rest of the one list: ids.ts, the message schema, the official-site check. */
export function wiringProblems(p: PortalDef, fixtures: readonly Fixture[] = FIXTURES): string[] {
  const problems: string[] = [];
  const ids = 'utils/portals/ids.ts';
  if (!(PORTAL_IDS as readonly string[]).includes(p.id)) problems.push(`portal ${p.id}: add its line (name, titles) to ${ids}`);
  if (!PORTAL_NAMES[p.id]) problems.push(`portal ${p.id}: give it a name in ${ids}`);
  if (!PORTAL_INFO[p.id]?.titles) problems.push(`portal ${p.id}: give it a step-title key prefix (titles) in ${ids}`);
  if (!PORTALS.includes(p)) problems.push(`portal ${p.id}: add its data to PORTALS in utils/portals/index.ts`);
  const step = p.steps[0]?.id ?? 'home';
  if (!parseMessage({ type: 'journey', portal: p.id, step, nav: 'navigate' })) {
    problems.push(`portal ${p.id}: the journey message refuses it (PortalIdSchema in utils/messages.ts derives from ${ids})`);
  }
  const where = { rec: { portal: p.id, step, state: null, help: 'x', minimized: false, journey: null } };
  if (!parseWhereReply(where)) problems.push(`portal ${p.id}: the popup's where-reply refuses it (utils/messages.ts)`);
  // The popup's "is this the official site?" reads the same host data: every host and every page of the portal is official.
  const official = checkUrl(p.officialUrl);
  if (official.kind !== 'official' || official.portal !== p.id) {
    problems.push(`portal ${p.id}: officialUrl ${p.officialUrl} is not one of its hosts (add the host to hosts in utils/portals/${p.id}.ts)`);
  }
  for (const [group, g] of Object.entries(p.hosts)) {
    for (const host of [...(g.exact ?? []), ...(g.suffix ?? [])]) {
      if (checkHost(host).kind !== 'official') problems.push(`portal ${p.id}: host ${host} (${group}) is not official for utils/official/check.ts`);
    }
  }
  for (const f of fixtures.filter((x) => x.expect?.portal === p.id)) {
    const r = checkUrl(f.url);
    if (r.kind !== 'official') problems.push(`fixture ${f.name}: ${f.url} is not on an official host of ${p.id} (hosts in utils/portals/${p.id}.ts)`);
  }
  for (const j of p.journeys) {
    for (const s of j.steps) {
      const owner = s.portal === p.id ? p : PORTALS.find((x) => x.id === s.portal);
      if (!owner?.steps.some((x) => x.id === s.step)) problems.push(`journey ${j.id}: step ${s.portal}/${s.step} has no data (add it to utils/portals/${s.portal}.ts)`);
    }
  }
  return problems;
}

describe('the portal list', () => {
  it('ids.ts and the portal data list the same portals', () => {
    const problems = PORTAL_IDS.filter((id) => !PORTALS.some((p) => p.id === id)).map(
      (id) => `portal ${id} is in utils/portals/ids.ts: add its data file utils/portals/${id}.ts and put it in PORTALS (utils/portals/index.ts)`,
    );
    expect(problems).toEqual([]);
    for (const p of PORTALS) expect(p.name, `utils/portals/${p.id}.ts: name: PORTAL_NAMES['${p.id}']`).toBe(PORTAL_NAMES[p.id]);
  });

  it('each portal’s data file default-exports it (the content script’s build imports it so)', async () => {
    for (const p of PORTALS) {
      const file = (await import(`../../utils/portals/${p.id}.ts`)) as { default?: PortalDef };
      expect(file.default, `utils/portals/${p.id}.ts: end it with export default <the portal>`).toBe(p);
    }
  });

  it('step ids are unique within a portal, state ids within a step', () => {
    for (const p of PORTALS) {
      const ids = p.steps.map((s) => s.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), `duplicate step ids in utils/portals/${p.id}.ts`).toEqual([]);
    }
  });
});

for (const p of PORTALS) {
  describe(`portal ${p.id}`, () => {
    it('has a fixture page for every step and sub-state', () => {
      expect(fixtureProblems(p)).toEqual([]);
    });

    for (const lang of LANGS) {
      it(`has every help, state, journey and step-title text in ${lang}`, () => {
        setMessages(MESSAGES[lang], lang);
        expect(textProblems(p, lang)).toEqual([]);
      });
    }

    it('is in ids.ts, accepted by the message schema, and official for the site check', () => {
      expect(wiringProblems(p)).toEqual([]);
    });
  });
}

describe('the convention test itself', () => {
  it('points at everything a half-wired portal and step miss', () => {
    // A new step on a real portal, with help keys, a state and a journey nobody wrote texts or pages for.
    const base = PORTALS.find((p) => p.id === 'educonnect')!;
    const half: PortalDef = {
      ...base,
      steps: [
        { id: 'new-step', sources: [], url: {}, confirm: [], help: 'educonnect.new_step', states: [{ id: 'error', sources: [], when: {}, help: 'educonnect.new_step_error' }] },
      ],
      journeys: [{ id: 'educonnect-new', name: 'educonnect.journeys.new', situations: ['everyday-educonnect'], sources: [], steps: [{ portal: 'educonnect', step: 'new-step' }] }],
    };
    expect(fixtureProblems(half)).toEqual([
      expect.stringMatching(/^step educonnect\/new-step: add .* as tests\/fixtures\/educonnect\/new-step\.html, first line <!-- fixture url=.* expect="educonnect\/new-step" -->$/),
      expect.stringMatching(/^state educonnect\/new-step error: add tests\/fixtures\/educonnect\/new-step-error\.html .* state="error" -->$/),
    ]);
    setMessages(MESSAGES.en, 'en');
    expect(textProblems(half, 'en')).toEqual([
      'step educonnect/new-step: add educonnect.new_step.title to locales/en.yml',
      'step educonnect/new-step: add educonnect.new_step.body.b1 (b2, … one line each) to locales/en.yml',
      'step educonnect/new-step state error: add educonnect.new_step_error.title to locales/en.yml',
      'step educonnect/new-step state error: add educonnect.new_step_error.body.b1 (b2, … one line each) to locales/en.yml',
      'journey educonnect-new: add its name educonnect.journeys.new to locales/en.yml',
      'step educonnect/new-step: add its short title educonnect.titles.new_step to locales/en.yml',
    ]);
    // A portal whose data exists but whose line in ids.ts (hence name, titles, message enum) does not.
    const ghost = { ...base, id: 'ghost-ent', journeys: [], officialUrl: 'https://www.ghost-ent.example/', hosts: { portal: { exact: ['www.ghost-ent.example'] } } } as unknown as PortalDef;
    expect(wiringProblems(ghost, [])).toEqual([
      'portal ghost-ent: add its line (name, titles) to utils/portals/ids.ts',
      'portal ghost-ent: give it a name in utils/portals/ids.ts',
      'portal ghost-ent: give it a step-title key prefix (titles) in utils/portals/ids.ts',
      'portal ghost-ent: add its data to PORTALS in utils/portals/index.ts',
      'portal ghost-ent: the journey message refuses it (PortalIdSchema in utils/messages.ts derives from utils/portals/ids.ts)',
      "portal ghost-ent: the popup's where-reply refuses it (utils/messages.ts)",
      'portal ghost-ent: officialUrl https://www.ghost-ent.example/ is not one of its hosts (add the host to hosts in utils/portals/ghost-ent.ts)',
      'portal ghost-ent: host www.ghost-ent.example (portal) is not official for utils/official/check.ts',
    ]);
  });
});
