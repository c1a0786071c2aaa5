/**
 * The family's situation (issue 19): page evidence first, then the remembered answer for this portal, else
 * unknown; when the card asks; and the stored answers (ids only, checked on read, forgotten with "Tout oublier").
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PORTALS, portalById } from '@/utils/portals';
import type { PortalId, StepDef } from '@/utils/portals/types';
import { recognize } from '@/utils/recognize';
import { t } from '@/utils/i18n';
import {
  ACADEMIES,
  academieButtonKey,
  deduceSituation,
  QUESTION_KEYS,
  situationButtonKey,
  everydayOf,
  needsQuestion,
  rememberAnswer,
  SITUATIONS,
  type SituationMemory,
  situationsAt,
  situationToRemember,
  shownAs,
  variantFor,
} from '@/utils/situation';
import {
  forgetAllSituations,
  forgetSituation,
  rememberSituation,
  SITUATION_KEY,
  salvageSituations,
  situationItem,
} from '@/utils/storage/situation';
import { loadFixtures } from '../support/fixtures.mjs';
import { FIRST_PAINT_KEYS, situationsFromSnapshot } from '@/utils/storage/first-paint';
import { parseMessage } from '@/utils/messages';

const fixtures = loadFixtures();
const step = (portal: PortalId, id: string): StepDef => portalById(portal)!.steps.find((s) => s.id === id)!;
const page = (portal: PortalId, id: string, state: string | null = null) => ({ portal, stepDef: step(portal, id), state });

describe('deduceSituation: the page first, then the answer, else unknown', () => {
  const mem: SituationMemory = { netocentre: { situation: 'everyday-educonnect' } };

  it('a cerbere2 / activation page is first-ent, whatever was answered', () => {
    for (const id of ['activation-login', 'activation-terms', 'activation-email', 'activation-questions', 'activation-password', 'activation-done']) {
      expect(deduceSituation(page('netocentre', id), mem), id).toEqual({ situation: 'first-ent', academie: null, from: 'page' });
    }
  });

  it('EduConnect activation is first-educonnect; its forced password change is not', () => {
    expect(deduceSituation(page('educonnect', 'activation'), {}).situation).toBe('first-educonnect');
    expect(deduceSituation(page('educonnect', 'activation', 'password-change'), {}).situation).toBe('everyday-educonnect');
  });

  // Research §4.4: the date of birth is asked « after login for some accounts », a first connection or not.
  it('the identity check is no evidence: the answer says what comes next, else the card asks', () => {
    const check = page('educonnect', 'identity-check');
    expect(deduceSituation(check, {})).toEqual({ situation: null, academie: null, from: null });
    expect(needsQuestion(check, { situation: null, academie: null })).toBe('situation');
    const everyday = deduceSituation(check, { educonnect: { situation: 'everyday-educonnect' } });
    expect(everyday.situation).toBe('everyday-educonnect');
    expect(situationToRemember(check, everyday)).toBe('everyday-educonnect');
    const def = step('educonnect', 'identity-check');
    expect(variantFor(def.bySituation, 'everyday-educonnect')?.leadsTo).toEqual(['services']);
    expect(variantFor(def.bySituation, 'first-educonnect')?.leadsTo).toEqual(['activation']);
    expect(variantFor(def.bySituation, 'signup-educonnect')?.help).toBe('educonnect.identity_check_signup');
  });

  it('a lost-password page is lost', () => {
    expect(deduceSituation(page('touraine-eschool', 'lost-password'), mem).situation).toBe('lost');
  });

  it('after activation-done the answer to keep becomes the matching everyday-*', () => {
    const d = deduceSituation(page('netocentre', 'activation-done'), {});
    expect(situationToRemember(page('netocentre', 'activation-done'), d)).toBe('everyday-ent');
    const e = deduceSituation(page('educonnect', 'activation-done'), {});
    expect(situationToRemember(page('educonnect', 'activation-done'), e)).toBe('everyday-educonnect');
    expect(situationToRemember(page('netocentre', 'login'), { situation: 'first-ent', academie: null, from: 'remembered' })).toBe('first-ent');
    expect(SITUATIONS.map(everydayOf)).toEqual(['everyday-ent', 'everyday-educonnect', 'everyday-educonnect', 'everyday-ent', 'everyday-educonnect', 'lost']);
  });

  it('the remembered answer for this portal comes next, or the journey origin\'s on EduConnect', () => {
    expect(deduceSituation(page('netocentre', 'profile-chooser'), mem)).toEqual({ situation: 'everyday-educonnect', academie: null, from: 'remembered' });
    expect(deduceSituation(page('educonnect', 'login'), mem, 'netocentre').situation).toBe('everyday-educonnect');
    expect(deduceSituation(page('touraine-eschool', 'profile-chooser'), mem).situation).toBeNull();
  });

  // No letter is the letter's EduConnect road where the page does not tell them apart, and shown as such.
  it('no letter: the EduConnect road where no step names it, `first-educonnect` on the page', () => {
    const none: SituationMemory = { netocentre: { situation: 'signup-educonnect' } };
    expect(deduceSituation(page('netocentre', 'profile-chooser'), none).situation).toBe('signup-educonnect');
    expect(deduceSituation(page('educonnect', 'login'), none, 'netocentre').situation).toBe('signup-educonnect');
    // Not on the ENT's local login: the question comes back, as for any EduConnect answer.
    expect(deduceSituation(page('netocentre', 'login'), none).situation).toBeNull();
    expect(shownAs('signup-educonnect')).toBe('first-educonnect');
    expect(SITUATIONS.filter((s) => s !== 'signup-educonnect').every((s) => shownAs(s) === s)).toBe(true);
    const chooser = step('netocentre', 'profile-chooser').bySituation;
    expect(variantFor(chooser, 'signup-educonnect')).toBe(variantFor(chooser, 'first-educonnect'));
    // A step that names no variant for it: the letter's EduConnect one (the same road).
    expect(variantFor({ 'first-educonnect': { help: 'x' } }, 'signup-educonnect')?.help).toBe('x');
    expect(variantFor({ 'first-educonnect': { help: 'x' }, 'signup-educonnect': { help: 'y' } }, 'signup-educonnect')?.help).toBe('y');
  });

  it('an answer for the other road does not apply where it cannot be (EduConnect answer on the ENT\'s local login)', () => {
    const d = deduceSituation(page('netocentre', 'login'), mem);
    expect(d).toEqual({ situation: null, academie: null, from: null });
    expect(needsQuestion(page('netocentre', 'login'), d)).toBe('situation');
  });

  it('asks only where the roads part, with one button per situation possible there', () => {
    expect(situationsAt(step('netocentre', 'profile-chooser'))).toEqual(SITUATIONS);
    expect(situationsAt(step('netocentre', 'login'))).toEqual(['first-ent', 'everyday-ent', 'lost']);
    expect(situationsAt(step('educonnect', 'login'))).toEqual(['first-educonnect', 'signup-educonnect', 'everyday-educonnect', 'lost']);
    expect(situationsAt(step('netocentre', 'activation-terms'))).toEqual([]);
    expect(needsQuestion(page('netocentre', 'services'), { situation: null, academie: null })).toBeNull();
    expect(needsQuestion(page('netocentre', 'home'), { situation: null, academie: null })).toBe('situation');
    expect(needsQuestion(page('netocentre', 'home'), { situation: 'lost', academie: null })).toBeNull();
  });

  // A captcha or a maintenance notice has one text for every road: the family acts on it, no question first.
  it('no question on a state whose help is the same for every road', () => {
    const none = { situation: null, academie: null };
    expect(needsQuestion(page('educonnect', 'login'), none)).toBe('situation');
    expect(needsQuestion({ ...page('educonnect', 'login'), state: 'captcha' }, none)).toBeNull();
    expect(needsQuestion({ ...page('educonnect', 'login'), state: 'maintenance' }, none)).toBeNull();
    // the login error has a text per road (the letter's password or the family's own): still asked
    expect(needsQuestion({ ...page('educonnect', 'login'), state: 'error' }, none)).toBe('situation');
  });

  it('on the Occitanie chooser the académie is the second question, asked once the road is known', () => {
    const p = page('mon-ent-occitanie', 'profile-chooser');
    expect(needsQuestion(p, { situation: null, academie: null })).toBe('situation');
    expect(needsQuestion(p, { situation: 'first-educonnect', academie: null })).toBe('academie');
    expect(needsQuestion(p, { situation: 'first-educonnect', academie: 'toulouse' })).toBeNull();
    expect(needsQuestion(p, { situation: 'lost', academie: null })).toBeNull();
    const mem2: SituationMemory = { 'mon-ent-occitanie': { situation: 'everyday-ent', academie: 'montpellier' } };
    expect(deduceSituation(p, mem2)).toEqual({ situation: 'everyday-ent', academie: 'montpellier', from: 'remembered' });
  });

  it('works with a recognition result as the page (what the overlay holds)', () => {
    const f = fixtures.find((x) => x.name === 'netocentre/activation-login.html')!;
    const r = recognize(f.url, new DOMParser().parseFromString(f.html, 'text/html'), PORTALS)!;
    expect(deduceSituation(r, { netocentre: { situation: 'everyday-ent' } }).situation).toBe('first-ent');
  });

  it('the question, one button per situation and per académie, « Ce n\'est pas ma situation »: all in the locale', () => {
    for (const k of Object.values(QUESTION_KEYS)) expect(t(k), k).not.toBe('');
    expect(t(QUESTION_KEYS.question)).toMatch(/^Votre courrier de l'établissement.*\?$/);
    expect(t(QUESTION_KEYS.notMine)).toBe("Ce n'est pas ma situation");
    expect(SITUATIONS.map((s) => t(situationButtonKey(s)))).toEqual([
      "J'ai un courrier avec un identifiant ENT",
      "J'ai un courrier EduConnect",
      "Je n'ai pas de courrier",
      "Je me connecte d'habitude avec mon compte ENT",
      "Je me connecte d'habitude avec EduConnect",
      "J'ai perdu mon mot de passe",
    ]);
    for (const a of ACADEMIES) expect(t(academieButtonKey(a))).toMatch(/académie de (Montpellier|Toulouse)/);
  });

  it('rememberAnswer keeps the other portals and the académie', () => {
    let m: SituationMemory = {};
    m = rememberAnswer(m, 'mon-ent-occitanie', { situation: 'first-ent' });
    m = rememberAnswer(m, 'mon-ent-occitanie', { academie: 'toulouse' });
    m = rememberAnswer(m, 'netocentre', { situation: 'lost' });
    expect(m).toEqual({
      'mon-ent-occitanie': { situation: 'first-ent', academie: 'toulouse' },
      netocentre: { situation: 'lost', academie: null },
    });
  });
});

describe('storage: local:situation', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps ids per portal, survives a read, and forgets one portal or all', async () => {
    await rememberSituation('netocentre', { situation: 'everyday-ent' });
    await rememberSituation('mon-ent-occitanie', { situation: 'first-educonnect', academie: 'montpellier' });
    expect(await situationItem.get()).toEqual({
      netocentre: { situation: 'everyday-ent', academie: null },
      'mon-ent-occitanie': { situation: 'first-educonnect', academie: 'montpellier' },
    });
    const raw = await fakeBrowser.storage.local.get('situation');
    expect(Object.keys(raw.situation as object).sort()).toEqual(['mon-ent-occitanie', 'netocentre']);
    await forgetSituation('netocentre');
    expect(Object.keys(await situationItem.get())).toEqual(['mon-ent-occitanie']);
    await forgetAllSituations();
    expect(await situationItem.get()).toEqual({});
  });

  // The ids are written in one place (utils/portals/types.ts): the stored answer and the journey's message take
  // every one of them, the page's plain first-paint read too.
  it('every situation id is kept, read back at first paint and sent to the background', async () => {
    for (const s of SITUATIONS) {
      await rememberSituation('educonnect', { situation: s });
      expect((await situationItem.get()).educonnect?.situation, s).toBe(s);
      const raw = await fakeBrowser.storage.local.get(FIRST_PAINT_KEYS.map((k) => k.replace(/^local:/, '')));
      expect(situationsFromSnapshot(raw)?.educonnect?.situation, s).toBe(s);
      expect(parseMessage({ type: 'journey', portal: 'educonnect', step: 'login', nav: 'navigate', situation: s }), s).not.toBeNull();
    }
  });

  it('validation on read: unknown portals, situations and académies are dropped one by one', async () => {
    await fakeBrowser.storage.local.set({
      situation: {
        netocentre: { situation: 'everyday-ent' },
        'touraine-eschool': { situation: 'hacked', academie: 'toulouse' },
        evil: { situation: 'lost' },
        educonnect: 'garbage',
        'mon-ent-occitanie': { situation: 'first-ent', academie: 'paris' },
      },
      situation$: { v: 1 },
    });
    expect(await situationItem.get()).toEqual({
      netocentre: { situation: 'everyday-ent' },
      'touraine-eschool': { situation: null, academie: 'toulouse' },
      'mon-ent-occitanie': { situation: 'first-ent' },
    });
    expect(salvageSituations('x')).toEqual({});
    expect(salvageSituations([{ situation: 'lost' }])).toEqual({});
    expect(SITUATION_KEY).toBe('local:situation');
  });

  it('a corrupted value never breaks a page: the fallback is "nothing known"', async () => {
    await fakeBrowser.storage.local.set({ situation: 42, situation$: { v: 1 } });
    expect(await situationItem.get()).toEqual({});
    expect(situationItem.parse(null)).toEqual({});
  });

  it('never stores anything but ids (a typed value is refused by the schema)', async () => {
    await expect(
      situationItem.set({ netocentre: { situation: 'everyday-ent', name: 'Lucas' } } as unknown as SituationMemory),
    ).resolves.toBeUndefined();
    // zod/mini objects strip unknown keys: only the ids are written.
    const raw = await fakeBrowser.storage.local.get('situation');
    expect(JSON.stringify(raw)).not.toContain('Lucas');
  });
});
