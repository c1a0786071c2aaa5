/**
 * Remembered choices (issue 6), Chromium: record the user's own pick on the RECIA choosers (legacy and
 * r-wayf), offer it back and go through in one click, automatic choice with countdown and cancel, the
 * options page (rename, auto, forget, forget all; axe; 360 px), and no typed identifier in storage.
 * Occitanie and EduConnect cases run when their fixtures exist.
 */
import type { Page, Worker } from '@playwright/test';
import { loadFixtures } from '../support/fixtures.mjs';
import { axe, expect, resetStorage, shot, storage, store, test } from './harness';

const fixtures = loadFixtures();
const byName = (n: string) => fixtures.find((f) => f.name === n)!;

const LEGACY = 'netocentre/profile-chooser-legacy.html';
const RWAYF = 'netocentre/profile-chooser-rwayf.html';
const ELSEWHERE = 'netocentre/home.html';

// Typed during the tests; must never reach extension storage.
const TYPED_ID = 'jean.dupont-e2e-4821';
const TYPED_PASSWORD = 'Motdepasse!E2E-9377';

/** Reset storage and choose French in the popup's language setting (the browser UI may be English here). */
const reset = (sw: Worker) => resetStorage(sw, { lang: 'fr' });
const storageDump = (sw: Worker): Promise<Record<string, unknown>> => storage.local(store(sw));
const setChoices = (sw: Worker, entries: unknown[]) => storage.setChoices(store(sw), entries);
const axeOverlay = (page: Page) => axe(page);

async function offerAfterComingBack(page: Page, fixture: string) {
  await page.goto(byName(ELSEWHERE).url);
  await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'home');
  await page.goto(byName(fixture).url);
  await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'profile-chooser');
  await expect(page.getByTestId('remember-offer')).toBeVisible();
}

test.describe.configure({ mode: 'serial' });

test('legacy RECIA chooser: pick → leave → come back → offer → one click goes through', async ({ page, ext }) => {
  await reset(ext.serviceWorker);
  await page.goto(byName(LEGACY).url);
  await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'profile-chooser');
  await expect(page.getByTestId('ce-panel')).toBeVisible();
  // nothing remembered yet: no offer, nothing recorded on page load
  await expect(page.getByTestId('remember-offer')).toHaveCount(0);
  expect((await storageDump(ext.serviceWorker)).choices ?? []).toEqual([]);

  // the user's own click on "Personnel de l'éducation nationale"
  const nav = page.waitForRequest((r) => r.url().includes('idpId=catel-IdP'));
  await page.locator('a.catel-IdP').click();
  await nav;
  await expect
    .poll(async () => ((await storageDump(ext.serviceWorker)).choices as any[] | undefined)?.[0])
    .toMatchObject({
      portal: 'netocentre',
      establishment: 'lycees.netocentre.fr',
      value: 'catel-IdP',
      label: "Personnel de l'éducation nationale",
      auto: false,
    });

  await offerAfterComingBack(page, LEGACY);
  const offer = page.getByTestId('remember-offer');
  await expect(offer).toContainText('La dernière fois, vous avez choisi « Personnel de l\'éducation nationale » pour lycees.netocentre.fr.');
  await expect(offer).toContainText('Continuer ?');
  // the remembered option is outlined
  await expect(page.getByTestId('remember-mark')).toBeVisible();
  const mark = await page.getByTestId('remember-mark').boundingBox();
  const tile = await page.locator('a.catel-IdP').boundingBox();
  expect(mark && tile && Math.abs(mark.x + 8 - tile.x) < 6 && Math.abs(mark.y + 8 - tile.y) < 6).toBeTruthy(); // 8 px outside the tile
  await shot(page, 'remember-offer-legacy');
  expect(await axeOverlay(page)).toEqual([]);

  const go = page.waitForRequest((r) => r.url().includes('idpId=catel-IdP'));
  await page.getByTestId('remember-continue').click();
  await go;
});

test('r-wayf chooser (shadow root): pick → leave → come back → offer → one click goes through', async ({ page, ext }) => {
  await reset(ext.serviceWorker);
  // A family on the ENT road: the ring is on the tile it picks (with no road known it surrounds all tiles).
  await ext.serviceWorker.evaluate(() =>
    (globalThis as any).chrome.storage.local.set({ situation: { netocentre: { situation: 'everyday-ent' } }, situation$: { v: 1 } }),
  );
  await page.goto(byName(RWAYF).url);
  await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'profile-chooser');
  const tile = page.locator('r-wayf').locator('a#autres-publics');
  await expect(tile).toBeVisible();
  const nav = page.waitForRequest((r) => r.url().includes('idpId=autres-publics'));
  await tile.click();
  await nav;
  await expect
    .poll(async () => ((await storageDump(ext.serviceWorker)).choices as any[] | undefined)?.[0]?.value)
    .toBe('autres-publics');

  await offerAfterComingBack(page, RWAYF);
  await expect(page.getByTestId('remember-offer')).toContainText('« Autre public (utilisateur local, entreprise,...) »');
  await expect(page.getByTestId('remember-mark')).toBeVisible();
  await shot(page, 'remember-offer-rwayf');
  const go = page.waitForRequest((r) => r.url().includes('idpId=autres-publics'));
  await page.getByTestId('remember-continue').click();
  await go;
});

test('several remembered choices are listed, most recent first, each with its own button', async ({ page, ext }) => {
  await reset(ext.serviceWorker);
  const now = Date.now();
  await setChoices(ext.serviceWorker, [
    { portal: 'netocentre', establishment: 'lycees.netocentre.fr', value: 'parentEleveEN-IdP', label: 'Élève ou parent', lastUsed: now, auto: false, name: 'Lucas — lycée Pothier' },
    { portal: 'netocentre', establishment: 'lycees.netocentre.fr', value: 'catel-IdP', label: 'Personnel', lastUsed: now - 1000, auto: false },
    { portal: 'touraine-eschool', establishment: 'www.touraine-eschool.fr', value: 'catel-IdP', label: 'Personnel', lastUsed: now - 500, auto: false },
  ]);
  await page.goto(byName(LEGACY).url);
  const buttons = page.getByTestId('remember-continue');
  await expect(buttons).toHaveCount(2);
  await expect(buttons.nth(0)).toHaveAttribute('data-value', 'parentEleveEN-IdP');
  await expect(buttons.nth(1)).toHaveText('Continuer avec « Personnel de l\'éducation nationale »');
  await expect(page.getByTestId('remember-offer')).toContainText('Lucas — lycée Pothier');
  await shot(page, 'remember-offer-several');
  const go = page.waitForRequest((r) => r.url().includes('idpId=catel-IdP'));
  await buttons.nth(1).click();
  await go;
});

// The card never says two things at once: the offer keeps only the tile the ring (the family's road) is on.
test('with the road known, only the remembered tile on that road is offered, and it is the ringed one', async ({ page, ext }) => {
  await reset(ext.serviceWorker);
  const now = Date.now();
  await setChoices(ext.serviceWorker, [
    { portal: 'netocentre', establishment: 'lycees.netocentre.fr', value: 'catel-IdP', label: 'Personnel', lastUsed: now, auto: false },
    { portal: 'netocentre', establishment: 'lycees.netocentre.fr', value: 'autres-publics', label: 'Autre public', lastUsed: now - 1000, auto: false },
  ]);
  const road = (situation: string) =>
    ext.serviceWorker.evaluate(
      (s) => (globalThis as any).chrome.storage.local.set({ situation: { netocentre: { situation: s } }, situation$: { v: 1 } }),
      situation,
    );
  await road('everyday-ent');
  await page.goto(byName(LEGACY).url);
  await expect(page.locator('compagnon-ent')).toHaveAttribute('data-situation', 'everyday-ent');
  const buttons = page.getByTestId('remember-continue');
  await expect(buttons).toHaveCount(1);
  await expect(buttons).toHaveAttribute('data-value', 'autres-publics');
  await expect(page.locator('[data-compagnon-target]')).toHaveClass(/autres-publics/);
  await shot(page, 'remember-offer-on-road');
  // A road where no remembered tile lies: no offer at all.
  await road('everyday-educonnect');
  await page.reload();
  await expect(page.locator('compagnon-ent')).toHaveAttribute('data-situation', 'everyday-educonnect');
  await expect(page.getByTestId('ce-panel')).toBeVisible();
  await expect(page.getByTestId('remember-offer')).toHaveCount(0);
});

test('automatic choice: visible 3-second countdown, then the choice is made; « Annuler » stops it', async ({ page, ext }) => {
  await reset(ext.serviceWorker);
  await setChoices(ext.serviceWorker, [
    { portal: 'netocentre', establishment: 'lycees.netocentre.fr', value: 'parentEleveEN-IdP', label: 'Élève ou parent', lastUsed: Date.now(), auto: true },
  ]);
  const started = Date.now();
  const go = page.waitForRequest((r) => r.url().includes('idpId=parentEleveEN-IdP'), { timeout: 10_000 });
  await page.goto(byName(LEGACY).url);
  const countdown = page.getByTestId('remember-countdown');
  await expect(countdown).toBeVisible();
  await expect(countdown).toContainText(/Choix automatique de «\s?Élève ou parent\s?» dans [123]\ss\./);
  await expect(page.getByTestId('remember-cancel')).toBeVisible();
  await shot(page, 'remember-countdown');
  await go;
  expect(Date.now() - started).toBeGreaterThanOrEqual(2500);

  // sent back to the chooser right after an automatic choice (the sign-in failed): no loop, just the offer
  await page.goto(byName(LEGACY).url);
  await expect(page.getByTestId('remember-offer')).toBeVisible();
  await page.waitForTimeout(1500);
  await expect(page.getByTestId('remember-countdown')).toHaveCount(0);

  // later (the pause is over), again, and cancel: nothing happens, the user chooses
  await storage.remove(store(ext.serviceWorker), 'choices-last-auto');
  await page.goto(byName(ELSEWHERE).url);
  await page.goto(byName(LEGACY).url);
  await expect(page.getByTestId('remember-countdown')).toBeVisible();
  let went = false;
  page.on('request', (r) => {
    if (r.url().includes('idpId=')) went = true;
  });
  await page.getByTestId('remember-cancel').click();
  await expect(page.getByTestId('remember-countdown')).toHaveCount(0);
  await expect(page.getByTestId('remember-notice')).toContainText('Choix automatique annulé');
  await page.waitForTimeout(4000);
  expect(went).toBe(false);
  expect(page.url()).not.toContain('idpId=');
  await expect(page.getByTestId('remember-continue')).toBeVisible();
  // (scanned after cancelling: a scan during the countdown would race the automatic choice)
  expect(await axeOverlay(page)).toEqual([]);
});

test('options page: list, rename, auto-choice, forget removes the offer, forget all; axe; 360 px', async ({ page, ext }) => {
  await reset(ext.serviceWorker);
  const now = Date.now();
  await setChoices(ext.serviceWorker, [
    { portal: 'netocentre', establishment: 'lycees.netocentre.fr', value: 'catel-IdP', label: "Personnel de l'éducation nationale", lastUsed: now, auto: false },
    { portal: 'touraine-eschool', establishment: 'www.touraine-eschool.fr', value: 'parentEleveEN-IdP', label: 'Élève ou parent', lastUsed: now - 86_400_000, auto: false },
  ]);
  const options = `chrome-extension://${ext.extensionId}/options.html`;
  await page.goto(options);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mes choix mémorisés');
  const rows = page.getByTestId('remember-entry');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText("Personnel de l'éducation nationale");
  await expect(rows.nth(0)).toContainText("Net O'Centre");
  await expect(page.getByTestId('managed-none')).toBeVisible();

  // rename
  await rows.nth(1).getByTestId('remember-rename').click();
  await rows.nth(1).getByLabel(/Nom de ce choix/).fill('Lucas — collège Jean Moulin');
  await rows.nth(1).getByTestId('remember-save').click();
  await expect(rows.nth(1).getByRole('heading')).toHaveText('Lucas — collège Jean Moulin');
  // auto-choice, off by default
  await expect(rows.nth(1).getByLabel('Choisir automatiquement la prochaine fois')).not.toBeChecked();
  await rows.nth(1).getByLabel('Choisir automatiquement la prochaine fois').check();
  await expect(page.getByTestId('remember-status')).toHaveText('Choix automatique activé.');
  const stored = (await storageDump(ext.serviceWorker)).choices as any[];
  expect(stored.find((e) => e.value === 'parentEleveEN-IdP')).toMatchObject({ name: 'Lucas — collège Jean Moulin', auto: true });

  const axePage = () => axe(page, { include: null });
  expect(await axePage()).toEqual([]);
  await page.screenshot({ path: 'test-results/screenshots/remember-options-desktop.png', fullPage: true });
  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await rows.nth(0).getByTestId('remember-forget').scrollIntoViewIfNeeded();
  await expect(rows.nth(0).getByTestId('remember-forget')).toBeInViewport();
  expect(await axePage()).toEqual([]);
  await shot(page, 'remember-options-360');
  await page.setViewportSize({ width: 1280, height: 800 });

  // the offer is there… then forgotten from the options page, it is gone
  const chooser = await ext.context.newPage();
  await chooser.goto(byName(LEGACY).url);
  await expect(chooser.getByTestId('remember-offer')).toBeVisible();
  await rows.nth(0).getByTestId('remember-forget').click();
  await expect(page.getByTestId('remember-status')).toHaveText('Choix oublié.');
  await expect(rows).toHaveCount(1);
  await expect(chooser.getByTestId('remember-offer')).toHaveCount(0);
  await chooser.reload();
  await expect(chooser.locator('compagnon-ent')).toHaveAttribute('data-step', 'profile-chooser');
  await chooser.waitForTimeout(800);
  await expect(chooser.getByTestId('remember-offer')).toHaveCount(0);
  await chooser.close();

  // forget all asks once more, then empties the list
  await page.getByTestId('remember-forget-all').click();
  await expect(page.getByRole('alert')).toContainText('Cliquez encore');
  await page.getByTestId('remember-forget-all').click();
  await expect(page.getByTestId('remember-empty')).toBeVisible();
  expect((await storageDump(ext.serviceWorker)).choices).toEqual([]);
  expect(await axePage()).toEqual([]);
});

test('phone width (360 × 740): the offer is in the help sheet and usable; no automatic choice while collapsed', async ({ page, ext }) => {
  await reset(ext.serviceWorker);
  await setChoices(ext.serviceWorker, [
    { portal: 'netocentre', establishment: 'lycees.netocentre.fr', value: 'catel-IdP', label: 'Personnel', lastUsed: Date.now(), auto: true },
  ]);
  await page.setViewportSize({ width: 360, height: 740 });
  let went = false;
  page.on('request', (r) => {
    if (r.url().includes('idpId=')) went = true;
  });
  await page.goto(byName(LEGACY).url);
  await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'profile-chooser');
  await expect(page.getByTestId('ce-toggle')).toBeVisible();
  // collapsed sheet: the countdown could not be seen, so nothing is chosen for the user
  await page.waitForTimeout(4000);
  expect(went).toBe(false);
  await page.getByTestId('ce-toggle').click();
  await expect(page.getByTestId('remember-offer')).toBeVisible();
  // Under the card's question (no road known yet), inside the expanded sheet: scrolled to, not off the screen.
  await page.getByTestId('remember-continue').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('remember-continue')).toBeInViewport();
  const box = await page.getByTestId('remember-continue').boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(40);
  await shot(page, 'remember-offer-360');
  expect(await axeOverlay(page)).toEqual([]);
  const go = page.waitForRequest((r) => r.url().includes('idpId=catel-IdP'));
  await page.getByTestId('remember-continue').click();
  await go;
  await page.setViewportSize({ width: 1280, height: 800 });
});

test('a corrupted stored value never breaks the chooser page; valid entries are still offered', async ({ page, ext }) => {
  await reset(ext.serviceWorker);
  await setChoices(ext.serviceWorker, [
    'x'.repeat(200_000),
    { portal: 'netocentre', establishment: 'lycees.netocentre.fr', value: 'catel-IdP', label: 'Personnel', lastUsed: Date.now(), auto: false },
    { portal: 42, value: null },
    null,
  ]);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(byName(LEGACY).url);
  await expect(page.getByTestId('remember-offer')).toBeVisible();
  await expect(page.getByTestId('remember-continue')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('Occitanie chooser: open the category, check the académie radio, press « Valider »', async ({ page, ext }) => {
  const closed = 'mon-ent-occitanie/profile-chooser-closed.html';
  await reset(ext.serviceWorker);
  await page.goto(byName(closed).url);
  await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'profile-chooser');
  // the user opens a category, checks a radio and presses « Valider »
  const plus = page.locator('[aria-expanded="false"], .plus, button:has-text("+")').first();
  if (await plus.isVisible()) await plus.click();
  const radio = page.locator('input[name=selection]').first();
  await expect(radio).toBeVisible();
  const value = await radio.getAttribute('value');
  await radio.check();
  const label = await page.locator(`label[for="${await radio.getAttribute('id')}"]`).innerText();
  await page.getByRole('button', { name: /Valider/ }).or(page.locator('input[type=submit][value*="Valider"]')).first().click();
  await expect
    .poll(async () => ((await storageDump(ext.serviceWorker)).choices as any[] | undefined)?.[0])
    .toMatchObject({ portal: 'mon-ent-occitanie', value });
  const entry = ((await storageDump(ext.serviceWorker)).choices as any[])[0];
  // the category is part of the label: « Élève ou parent de l'académie de … »
  expect(entry.label).toContain(label.trim());
  expect(entry.label.length).toBeGreaterThan(label.trim().length);
  await page.goto(byName(ELSEWHERE).url);
  await page.goto(byName(closed).url);
  await expect(page.getByTestId('remember-offer')).toBeVisible();
  await expect(page.getByTestId('remember-offer')).toContainText(entry.label);
  await shot(page, 'remember-offer-occitanie');
  // one click: the category opens, the radio is checked, « Valider » is pressed
  const submitted = page.waitForRequest((r) => r.url().includes(`selection=${encodeURIComponent(value!)}`));
  await page.getByTestId('remember-continue').click();
  await submitted;
});

test('EduConnect profile buttons: « Responsable d\'élève » remembered and pressed again', async ({ page, ext }) => {
  const login = 'educonnect/login.html';
  await reset(ext.serviceWorker);
  await page.goto(byName(login).url);
  await expect(page.locator('compagnon-ent')).toHaveAttribute('data-portal', 'educonnect');
  const button = page.locator('#bouton_responsable');
  await expect(button).toBeVisible();
  await button.click();
  await expect
    .poll(async () => ((await storageDump(ext.serviceWorker)).choices as any[] | undefined)?.[0])
    .toMatchObject({ portal: 'educonnect', establishment: 'educonnect.education.gouv.fr', value: 'bouton_responsable', label: "Responsable d'élève" });
  await page.goto(byName(ELSEWHERE).url);
  await page.goto(byName(login).url);
  await expect(page.getByTestId('remember-offer')).toContainText("« Responsable d'élève »");
  await shot(page, 'remember-offer-educonnect');
  const clicked = page.evaluate(
    () => new Promise<boolean>((r) => document.querySelector('#bouton_responsable')!.addEventListener('click', () => r(true), { once: true })),
  );
  await page.getByTestId('remember-continue').click();
  expect(await clicked).toBe(true);
  // the page took the choice (its own script marks the pressed profile); the offer steps aside
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('remember-offer')).toHaveCount(0);
});

test('after all flows: no typed identifier or password anywhere in extension storage', async ({ page, ext }) => {
  // type an identifier and a password on the login page, submit, then pick on the chooser
  await page.goto(byName('netocentre/login-legacy.html').url);
  await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'login');
  await page.locator('input[name=username], #username').first().fill(TYPED_ID);
  await page.locator('input[type=password]').first().fill(TYPED_PASSWORD);
  await page.locator('input[type=password]').first().press('Enter');
  await page.goto(byName(LEGACY).url);
  // a choice is recorded by the overlay: pick once its help card is there, as a family following it does
  await expect(page.getByTestId('ce-panel')).toBeVisible();
  await page.locator('a.parentEleveEN-IdP').click();
  await expect
    .poll(async () => JSON.stringify(await storageDump(ext.serviceWorker)))
    .toContain('parentEleveEN-IdP');
  const dump = JSON.stringify(await storageDump(ext.serviceWorker));
  expect(dump).not.toContain(TYPED_ID);
  expect(dump).not.toContain(TYPED_PASSWORD);
  expect(dump).not.toMatch(/dupont|motdepasse/i);
});
