/**
 * The family's situation in Chromium (issue 19): on the RECIA chooser (legacy and r-wayf), the Occitanie
 * chooser and the EduConnect login, the question shows with no answer kept; each answer moves the ring and the
 * counter; the answer survives a reload and a browser restart (same user-data-dir); page evidence overrides
 * it; « Ce n'est pas ma situation » changes it. Screenshots of the question card and of the chooser per road.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fixtureByName } from '../support/fixtures.mjs';
import { launchContext, SHOTS } from './harness';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

interface Opts {
  locale?: string;
  viewport?: { width: number; height: number };
  isMobile?: boolean;
  hasTouch?: boolean;
}

/** The extension in a browser whose profile is `dir` (kept across a restart). */
async function launch(dir: string, o: Opts = {}): Promise<BrowserContext> {
  const context = await launchContext(dir, o);
  if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 15_000 });
  return context;
}

const newDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ce-sit-'));
const url = (name: string) => fixtureByName(name).url;
const host = (page: Page) => page.locator('compagnon-ent');
const question = (page: Page) => host(page).locator('button[data-situation]');
const answer = (page: Page, id: string) => host(page).locator(`button[data-situation="${id}"]`);
const counter = (page: Page) => page.getByTestId('ce-counter');
/** The page element the ring is on, as HTML (inside r-wayf's shadow root too). */
const ringHtml = (page: Page) => page.locator('[data-compagnon-target]').first().evaluate((e) => e.outerHTML);

async function keep(context: BrowserContext, memory: unknown) {
  await context.serviceWorkers()[0].evaluate(async (m) => {
    const c = (globalThis as any).chrome;
    await c.storage.local.clear();
    await c.storage.session?.clear();
    if (m) await c.storage.local.set({ situation: m, situation$: { v: 1 } });
  }, memory);
}
const kept = (context: BrowserContext) =>
  context.serviceWorkers()[0].evaluate(async () => (await (globalThis as any).chrome.storage.local.get('situation')).situation);

async function shot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(SHOTS, `situation-${name}.png`) });
}

let dir = '';
let ctx: BrowserContext;
test.beforeAll(async () => {
  dir = newDir();
  ctx = await launch(dir);
});
test.afterAll(async () => {
  await ctx?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

for (const chooser of ['netocentre/profile-chooser-legacy', 'netocentre/profile-chooser-rwayf']) {
  test(`RECIA chooser (${chooser}): asked once, each answer moves the ring and the counter, kept on reload, changeable`, async () => {
    await keep(ctx, null);
    const page = await ctx.newPage();
    await page.goto(url(chooser));
    await expect(host(page)).toHaveAttribute('data-step', 'profile-chooser');
    await expect(question(page)).toHaveCount(5);
    await expect(host(page)).not.toHaveAttribute('data-situation', /./);
    // No road known: no counter, no « Étape suivante », and the ring picks no tile.
    await expect(counter(page)).toHaveCount(0);
    await expect(page.locator('#autres-publics[data-compagnon-target], a.autres-publics[data-compagnon-target]')).toHaveCount(0);

    await answer(page, 'first-ent').click();
    await expect(host(page)).toHaveAttribute('data-situation', 'first-ent');
    await expect.poll(() => ringHtml(page)).toContain('autres-publics');
    await expect(counter(page)).toHaveText(/Étape 2 sur 11/);
    await expect(page.getByTestId('ce-panel')).toContainText('Autre public');
    // The card shows the answer first and stores it just after.
    await expect.poll(() => kept(ctx)).toEqual({ netocentre: { situation: 'first-ent', academie: null } });

    // « Ce n'est pas ma situation »: asked again, no counter; another answer, another road.
    await page.getByTestId('situation-current-change').click();
    await expect(question(page)).toHaveCount(5);
    await expect(counter(page)).toHaveCount(0);
    await answer(page, 'everyday-educonnect').click();
    await expect(host(page)).toHaveAttribute('data-situation', 'everyday-educonnect');
    await expect.poll(() => ringHtml(page)).toContain('parentEleveEN-IdP');
    await expect(counter(page)).toHaveText(/Étape 2 sur [1-5]$/);

    await page.reload();
    await expect(host(page)).toHaveAttribute('data-situation', 'everyday-educonnect');
    await expect.poll(() => ringHtml(page)).toContain('parentEleveEN-IdP');
    await expect(question(page)).toHaveCount(0);
    await expect(page.getByTestId('situation-current')).toContainText("Je me connecte d'habitude avec EduConnect");
    await page.close();
  });
}

test('page evidence overrides the answer: an activation page is a first connection with the ENT letter', async () => {
  await keep(ctx, { netocentre: { situation: 'everyday-educonnect' } });
  const page = await ctx.newPage();
  await page.goto(url('netocentre/activation-login'));
  await expect(host(page)).toHaveAttribute('data-step', 'activation-login');
  await expect(host(page)).toHaveAttribute('data-situation', 'first-ent');
  await expect(question(page)).toHaveCount(0);
  await expect(page.getByTestId('situation-current')).toHaveCount(0);
  // …and kept: stored (the write waits for the chunk after the first paint, so not before the attribute), then,
  // back on the chooser, the ENT road.
  await expect.poll(() => kept(ctx)).toMatchObject({ netocentre: { situation: 'first-ent' } });
  await page.goto(url('netocentre/profile-chooser-legacy'));
  await expect(host(page)).toHaveAttribute('data-situation', 'first-ent');
  await expect.poll(() => ringHtml(page)).toContain('autres-publics');
  await page.close();
});

test('Occitanie chooser: the road, then the académie by département; the line of that académie', async () => {
  await keep(ctx, null);
  const page = await ctx.newPage();
  await page.goto(url('mon-ent-occitanie/profile-chooser-open'));
  await expect(host(page)).toHaveAttribute('data-step', 'profile-chooser');
  await expect(question(page)).toHaveCount(5);
  await expect(counter(page)).toHaveCount(0);
  await answer(page, 'first-educonnect').click();
  await expect(host(page)).toHaveAttribute('data-situation', 'first-educonnect');
  const acad = host(page).locator('button[data-academie]');
  await expect(acad).toHaveCount(2);
  await expect(acad.first()).toContainText('Hérault');
  await host(page).locator('button[data-academie="montpellier"]').click();
  await expect(acad).toHaveCount(0);
  await expect(counter(page)).toHaveText(/Étape \d+ sur \d+/);
  await expect.poll(async () => (await ringHtml(page)) + (await page.locator('[data-compagnon-target]').first().evaluate((e) => e.closest('li, div, label')?.textContent ?? ''))).toMatch(/Montpellier/i);
  await expect.poll(() => kept(ctx)).toEqual({ 'mon-ent-occitanie': { situation: 'first-educonnect', academie: 'montpellier' } });
  await page.getByTestId('academie-current-change').click();
  await expect(acad).toHaveCount(2);
  await page.close();
});

test('EduConnect login: the EduConnect roads; an everyday answer is a short journey', async () => {
  await keep(ctx, null);
  const page = await ctx.newPage();
  await page.goto(url('educonnect/login'));
  await expect(host(page)).toHaveAttribute('data-step', 'login');
  await expect(question(page)).toHaveCount(3);
  await expect(counter(page)).toHaveCount(0);
  await answer(page, 'everyday-educonnect').click();
  await expect(host(page)).toHaveAttribute('data-situation', 'everyday-educonnect');
  await expect(counter(page)).toHaveText(/Étape \d sur [1-5]$/);
  await page.getByTestId('situation-current-change').click();
  await answer(page, 'first-educonnect').click();
  await expect(host(page)).toHaveAttribute('data-situation', 'first-educonnect');
  await expect(counter(page)).toHaveText(/Étape \d+ sur \d+/);
  await page.reload();
  await expect(host(page)).toHaveAttribute('data-situation', 'first-educonnect');
  await expect(question(page)).toHaveCount(0);
  await page.close();
});

// Research §4.4: EduConnect asks a date of birth « after login for some accounts »: no evidence of a first
// connection; the family's answer says what comes next, and an everyday login stays one.
test('EduConnect identity check: no evidence; an everyday login stays everyday, with no answer the card asks', async () => {
  await keep(ctx, { educonnect: { situation: 'everyday-educonnect' } });
  const page = await ctx.newPage();
  await page.goto(url('educonnect/identity-check'));
  await expect(host(page)).toHaveAttribute('data-step', 'identity-check');
  await expect(host(page)).toHaveAttribute('data-situation', 'everyday-educonnect');
  await expect(page.getByTestId('ce-next')).toContainText("Vos services s'ouvrent ensuite");
  await expect(page.getByTestId('ce-panel')).not.toContainText('Créer mon compte');
  await expect.poll(() => kept(ctx)).toEqual({ educonnect: { situation: 'everyday-educonnect' } });
  await keep(ctx, null);
  await page.reload();
  await expect(question(page)).toHaveCount(2);
  await expect(host(page)).not.toHaveAttribute('data-situation', /./);
  await answer(page, 'first-educonnect').click();
  await expect(page.getByTestId('ce-next')).toContainText('« Créer mon compte »');
  await page.close();
});

// No letter at all: the parent creates an EduConnect account (« Je n'ai pas de compte », research §4.5, §5b). A
// first connection to EduConnect for the page; a journey of its own, never the letter's activation.
test('no letter: the EduConnect profile, then « Je n\'ai pas de compte », counted as its own journey', async () => {
  await keep(ctx, null);
  const page = await ctx.newPage();
  const card = page.getByTestId('ce-panel');
  const noLetter = host(page).locator('button[data-letter="none"]');
  await page.goto(url('netocentre/profile-chooser-legacy'));
  await expect(question(page)).toHaveCount(5);
  await expect(noLetter).toHaveText("Je n'ai pas de courrier");
  await noLetter.click();
  await expect(host(page)).toHaveAttribute('data-situation', 'first-educonnect');
  await expect.poll(() => ringHtml(page)).toContain('parentEleveEN-IdP');
  await expect(counter(page)).toHaveText(/Étape 2 sur 4$/);
  await expect(page.getByTestId('situation-current')).toContainText("Je n'ai pas de courrier");
  await expect(card).not.toContainText('Votre compte est');
  await expect.poll(() => kept(ctx)).toEqual({ netocentre: { situation: 'signup-educonnect', academie: null } });

  await page.goto(url('educonnect/login'));
  await expect(host(page)).toHaveAttribute('data-situation', 'first-educonnect');
  await expect(question(page)).toHaveCount(0);
  await expect.poll(() => ringHtml(page)).toContain("Je n'ai pas de compte");
  await expect(counter(page)).toHaveText(/Étape 3 sur 4$/);
  await expect(card).toContainText('Sans courrier, un parent crée lui-même son compte EduConnect');
  await expect(card).not.toContainText('mot de passe provisoire');
  await expect(page.getByTestId('ce-next')).toContainText('Vous allez créer votre compte EduConnect');
  await expect(card.locator('.ce-then')).toContainText('Étape suivante : Créer un compte EduConnect');
  await shot(page, 'no-letter-educonnect-login');

  await page.goto(url('educonnect/signup'));
  await expect(host(page)).toHaveAttribute('data-step', 'signup');
  await expect(counter(page)).toHaveText(/Étape 4 sur 4$/);
  await page.close();

  // Straight on EduConnect: the same answer on its login, two pages.
  await keep(ctx, null);
  const edu = await ctx.newPage();
  await edu.goto(url('educonnect/login'));
  await expect(question(edu)).toHaveCount(3);
  await host(edu).locator('button[data-letter="none"]').click();
  await expect(host(edu)).toHaveAttribute('data-situation', 'first-educonnect');
  await expect.poll(() => ringHtml(edu)).toContain("Je n'ai pas de compte");
  await expect(counter(edu)).toHaveText(/Étape 1 sur 2$/);
  await expect.poll(() => kept(ctx)).toEqual({ educonnect: { situation: 'signup-educonnect', academie: null } });
  // The letter's card, by contrast, says the letter's road only.
  await edu.getByTestId('situation-current-change').click();
  await answer(edu, 'first-educonnect').click();
  await expect(edu.getByTestId('ce-panel')).not.toContainText("Je n'ai pas de compte");
  await expect(edu.getByTestId('ce-next')).toContainText('confirmer votre identité');
  await edu.close();
});

// docs/decisions/lost-road-ends.md: after the recovery page, the login with the new password, never « Mot de
// passe oublié » again (nor on the next visit).
test('lost password: after the recovery page the login is the everyday one, to the ENT and on the next visit', async () => {
  await keep(ctx, null);
  const page = await ctx.newPage();
  const card = page.getByTestId('ce-panel');
  await page.goto(url('netocentre/home'));
  await expect(host(page)).toHaveAttribute('data-step', 'home');
  await page.goto(url('netocentre/profile-chooser-legacy'));
  await answer(page, 'lost').click();
  await expect(host(page)).toHaveAttribute('data-situation', 'lost');
  await page.goto(url('netocentre/login-new'));
  await expect(counter(page)).toHaveText(/Étape 3 sur 6/);
  await expect.poll(() => ringHtml(page)).toContain('password-forgotten');
  await page.goto(url('netocentre/lost-password'));
  await expect(host(page)).toHaveAttribute('data-step', 'lost-password');
  await expect(counter(page)).toHaveText(/Étape 4 sur 6/);
  await expect.poll(() => kept(ctx)).toEqual({ netocentre: { situation: 'everyday-ent' } });

  await page.goto(url('netocentre/login-new'));
  await expect(host(page)).toHaveAttribute('data-situation', 'everyday-ent');
  await expect(counter(page)).toHaveText(/Étape 5 sur 6/);
  await expect.poll(() => ringHtml(page)).toContain('id="username"');
  await expect(card).toContainText("C'est le mot de passe que vous avez choisi");
  await expect(card.locator('.ce-p', { hasText: 'Mot de passe oublié' })).toHaveCount(0);
  await expect(page.getByTestId('ce-next')).toContainText('Vous arrivez dans votre ENT');
  await expect(card.locator('.ce-then')).toContainText("Étape suivante : Services de l'ENT");
  await shot(page, 'lost-back-on-login');
  await page.goto(url('netocentre/services'));
  await expect(counter(page)).toHaveText(/Étape 6 sur 6/);

  // The next visit (the tab's journey forgotten): the everyday login, asked nothing.
  await ctx.serviceWorkers()[0].evaluate(() => (globalThis as any).chrome.storage.session.clear());
  await page.goto(url('netocentre/login-new'));
  await expect(host(page)).toHaveAttribute('data-situation', 'everyday-ent');
  await expect(question(page)).toHaveCount(0);
  await expect(card.locator('.ce-p', { hasText: 'Mot de passe oublié' })).toHaveCount(0);

  // EduConnect's own recovery: its login's everyday card afterwards.
  await keep(ctx, null);
  await page.goto(url('educonnect/login'));
  await answer(page, 'lost').click();
  await expect.poll(() => ringHtml(page)).toContain('Mot de passe perdu');
  await page.goto(url('educonnect/lost-password'));
  await expect(counter(page)).toHaveText(/Étape 2 sur 4/);
  await expect.poll(() => kept(ctx)).toEqual({ educonnect: { situation: 'everyday-educonnect' } });
  await page.goto(url('educonnect/login'));
  await expect(host(page)).toHaveAttribute('data-situation', 'everyday-educonnect');
  await expect(counter(page)).toHaveText(/Étape 3 sur 4/);
  await expect(card).toContainText("C'est le mot de passe que vous avez choisi");

  // Occitanie's académie account: its recovery pages are not known, but the family signed in on the ENT's home
  // has a working password: lost is forgotten (the académie kept), no lost journey's counter there, and the next
  // login asks once.
  await keep(ctx, { 'mon-ent-occitanie': { situation: 'lost', academie: 'montpellier' } });
  await page.goto(url('mon-ent-occitanie/login'));
  await expect(host(page)).toHaveAttribute('data-situation', 'lost');
  await page.goto(url('mon-ent-occitanie/services'));
  await expect(host(page)).toHaveAttribute('data-step', 'services');
  await expect.poll(() => kept(ctx)).toEqual({ 'mon-ent-occitanie': { situation: null, academie: 'montpellier' } });
  await expect(host(page)).not.toHaveAttribute('data-situation', /./);
  await expect(counter(page)).toHaveCount(0);
  await page.goto(url('mon-ent-occitanie/login'));
  await expect(question(page)).toHaveCount(3);
  await page.close();
});

// No « Compte activé » page on Occitanie's académie account (seed 004): signed in, the first connection is over.
test('first connection with the académie account: once signed in, the next login is the everyday one', async () => {
  await keep(ctx, { 'mon-ent-occitanie': { situation: 'first-ent', academie: 'montpellier' } });
  const page = await ctx.newPage();
  await page.goto(url('mon-ent-occitanie/login'));
  await expect(page.getByTestId('ce-title')).toHaveText("Tapez l'identifiant ATEN du courrier");
  await page.goto(url('mon-ent-occitanie/services'));
  await expect(host(page)).toHaveAttribute('data-step', 'services');
  await expect(counter(page)).toHaveText(/Étape 6 sur 6/);
  await expect.poll(() => kept(ctx)).toEqual({ 'mon-ent-occitanie': { situation: 'everyday-ent', academie: 'montpellier' } });
  await ctx.serviceWorkers()[0].evaluate(() => (globalThis as any).chrome.storage.session.clear());
  await page.goto(url('mon-ent-occitanie/login'));
  await expect(host(page)).toHaveAttribute('data-situation', 'everyday-ent');
  await expect(page.getByTestId('ce-title')).toHaveText('Connectez-vous');
  await expect(page.getByTestId('ce-next')).not.toContainText('charte');
  await page.close();
});

test('the answer survives a browser restart (same profile)', async () => {
  const d = newDir();
  try {
    let c = await launch(d);
    let page = await c.newPage();
    await page.goto(url('netocentre/profile-chooser-legacy'));
    await answer(page, 'first-educonnect').click();
    await expect(host(page)).toHaveAttribute('data-situation', 'first-educonnect');
    await c.close();
    c = await launch(d);
    page = await c.newPage();
    await page.goto(url('netocentre/profile-chooser-legacy'));
    await expect(host(page)).toHaveAttribute('data-situation', 'first-educonnect');
    await expect.poll(() => ringHtml(page)).toContain('parentEleveEN-IdP');
    await expect(question(page)).toHaveCount(0);
    await c.close();
  } finally {
    fs.rmSync(d, { recursive: true, force: true });
  }
});

test('screenshots: the question (desktop, phone, Arabic) and the RECIA chooser on each road', async () => {
  await keep(ctx, null);
  const page = await ctx.newPage();
  await page.goto(url('netocentre/profile-chooser-legacy'));
  await expect(question(page)).toHaveCount(5);
  await shot(page, 'question-desktop');
  for (const s of ['first-ent', 'first-educonnect', 'everyday-ent', 'everyday-educonnect', 'lost']) {
    await keep(ctx, { netocentre: { situation: s } });
    await page.reload();
    await expect(host(page)).toHaveAttribute('data-situation', s);
    await shot(page, `recia-chooser-${s}`);
  }
  await page.close();
  for (const [name, o] of [
    ['question-phone', { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }],
    ['question-arabic', { locale: 'ar' }],
  ] as const) {
    const d = newDir();
    const c = await launch(d, o);
    const p = await c.newPage();
    await p.goto(url('netocentre/profile-chooser-legacy'));
    await expect(question(p)).toHaveCount(5);
    if (name === 'question-phone') {
      // The collapsed sheet: opened, as a parent would.
      const toggle = p.getByTestId('ce-toggle');
      if (await toggle.count()) await toggle.click();
      // Touch targets of at least 48 px.
      for (const b of await question(p).all()) expect((await b.boundingBox())!.height).toBeGreaterThanOrEqual(48);
    }
    await shot(p, name);
    await c.close();
    fs.rmSync(d, { recursive: true, force: true });
  }
});
