/**
 * EduConnect as it is now (issue 22 §2), in Chromium with the built extension: the sign-up tab (the step follows
 * the tab the family opens, without a page load), the recovery pages and their journey, the captcha state and its
 * ring, the maintenance state. Screenshots (desktop and phone) of the sign-up and captcha cards.
 */
import type { Page, Worker } from '@playwright/test';
import { loadFixtures } from '../support/fixtures.mjs';
import { expect, expectNoOverlay, overlaps, resetStorage, settled, shot, test } from './harness';

const fixtures = loadFixtures();
const url = (name: string) => fixtures.find((f) => f.name === name)!.url;

async function keepSituation(sw: Worker, memory: Record<string, { situation: string }>) {
  await sw.evaluate(async (m) => {
    await (globalThis as any).chrome.storage.local.set({ situation: m, situation$: { v: 1 } });
  }, memory);
}

/** The ring is drawn around the element carrying `data-compagnon-target`. */
async function ringAround(page: Page, selector: string) {
  await expect(page.locator(selector)).toHaveAttribute('data-compagnon-target', '');
  await expect(page.getByTestId('ce-ring')).toBeVisible();
  await settled(page);
  const ring = await page.getByTestId('ce-ring').boundingBox();
  const el = await page.locator(selector).boundingBox();
  expect(ring && el && Math.abs(ring.x - el.x) < 12 && Math.abs(ring.y - el.y) < 12, `ring ${JSON.stringify(ring)} around ${JSON.stringify(el)}`).toBeTruthy();
}

test('sign-up: the « Je n\'ai pas de compte » tab is the signup step, ring on the SMS card; back to the login tab', async ({ page, ext }) => {
  await resetStorage(ext.serviceWorker);
  await page.goto(url('variants/educonnect/login-2026-tabs.html'));
  const host = page.locator('compagnon-ent');
  await expect(host).toHaveAttribute('data-step', 'login');
  await page.locator('#onglet-inscription').click();
  await expect(host).toHaveAttribute('data-step', 'signup');
  await expect(host).not.toHaveAttribute('data-state', /.+/);
  await expect(page.getByTestId('ce-title')).toHaveText(/sans courrier/);
  await ringAround(page, '#carte_sms');
  await shot(page, 'educonnect-signup');
  await page.locator('#onglet-connexion').click();
  await expect(host).toHaveAttribute('data-step', 'login');
});

test('captcha: data-state=captcha over the error, ring on the captcha field', async ({ page, ext }) => {
  await resetStorage(ext.serviceWorker);
  await page.goto(url('educonnect/login-captcha.html'));
  const host = page.locator('compagnon-ent');
  await expect(host).toHaveAttribute('data-step', 'login');
  await expect(host).toHaveAttribute('data-state', 'captcha');
  await expect(page.getByTestId('ce-title')).toHaveText(/caractères de l'image/);
  await ringAround(page, '#captchaFormulaireExtInput');
  await shot(page, 'educonnect-captcha');
});

test('maintenance: the card says so and to come back later; closed, the login help returns', async ({ page, ext }) => {
  await resetStorage(ext.serviceWorker);
  await page.goto(url('educonnect/login-maintenance.html'));
  const host = page.locator('compagnon-ent');
  await expect(host).toHaveAttribute('data-state', 'maintenance');
  await expect(page.getByTestId('ce-title')).toHaveText(/maintenance/);
  await expect(page.getByTestId('ce-panel')).toContainText('revenez plus tard');
  await shot(page, 'educonnect-login-maintenance');
  await page.locator('.modalMaintenance button').click();
  await expect(host).not.toHaveAttribute('data-state', /.+/);
  await expect(host).toHaveAttribute('data-step', 'login');
  for (const name of ['variants/educonnect/lost-id-maintenance.html', 'variants/educonnect/signup-maintenance.html']) {
    await page.goto(url(name));
    await expect(host, name).toHaveAttribute('data-state', 'maintenance');
  }
});

test('lost road: « Mot de passe perdu » on the login, the recovery page (Étape 2 sur 4), and « Identifiant perdu »', async ({ page, ext }) => {
  await resetStorage(ext.serviceWorker);
  await keepSituation(ext.serviceWorker, { educonnect: { situation: 'lost' } });
  await page.goto(url('variants/educonnect/login-2026-parent-chosen.html'));
  const host = page.locator('compagnon-ent');
  await expect(host).toHaveAttribute('data-step', 'login');
  await expect(host).toHaveAttribute('data-situation', 'lost');
  await expect(page.locator('#password_perdu_responsable a')).toHaveAttribute('data-compagnon-target', '');
  await expect(page.getByTestId('ce-counter')).toHaveText(/Étape 1 sur 4/);
  await page.locator('#password_perdu_responsable a').click();
  await expect(host).toHaveAttribute('data-step', 'lost-password');
  await expect(host).toHaveAttribute('data-situation', 'lost');
  await expect(page.getByTestId('ce-counter')).toHaveText(/Étape 2 sur 4/);
  await expect(page.locator('#identifiant')).toHaveAttribute('data-compagnon-target', '');
  await page.goto(url('educonnect/lost-id.html'));
  await expect(host).toHaveAttribute('data-step', 'lost-id');
  await expect(page.locator('#contact')).toHaveAttribute('data-compagnon-target', '');
  for (const name of ['variants/educonnect/lost-password-moncompte.html', 'variants/educonnect/lost-id-moncompte.html']) {
    await page.goto(url(name));
    await expect(host, name).toHaveAttribute('data-step', name.includes('lost-id') ? 'lost-id' : 'lost-password');
  }
});

test('no step on EduConnect\'s help pages and profile page, nor on the browser check', async ({ page, ext }) => {
  await resetStorage(ext.serviceWorker);
  for (const name of ['variants/negative/educonnect-help-lost-signup.html', 'variants/negative/educonnect-profile.html', 'educonnect/e1s1.html']) {
    await page.goto(url(name));
    await expectNoOverlay(page);
  }
});

test('phone 360×740: the sign-up and captcha cards', async ({ phone }) => {
  const page = await phone.context.newPage();
  await resetStorage(phone.serviceWorker);
  await page.goto(url('educonnect/signup.html'));
  await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'signup');
  await expect(page.getByTestId('ce-panel')).toBeVisible();
  await settled(page);
  await shot(page, 'phone-educonnect-signup');
  await page.goto(url('educonnect/login-captcha.html'));
  await expect(page.locator('compagnon-ent')).toHaveAttribute('data-state', 'captcha');
  await expect(page.locator('#captchaFormulaireExtInput')).toHaveAttribute('data-compagnon-target', '');
  await settled(page);
  // The « C'est ici » tag never hides the characters the family must copy.
  const tag = await page.locator('compagnon-ent .ce-tag').boundingBox();
  const img = (await page.locator('#captchaImage').boundingBox())!;
  if (tag) expect(overlaps(tag, img, 1), 'tag over the captcha image').toBe(false);
  await shot(page, 'phone-educonnect-captcha');
  await page.close();
});
