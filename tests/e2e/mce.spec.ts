/**
 * RECIA's new activation front, MCE (issue 22 §1), in Chromium with the built extension: the one combined form
 * walked as the family fills it (tick the charter → the ring moves to the e-mail → a valid e-mail → the ring
 * moves to the password, « Étape X sur N » following), the 12-character checklist on MCE's form against 8 on
 * cerbere2's, the code screen's state, and a card whose content is swapped by script (no page load).
 */
import { type Page, type Worker } from '@playwright/test';
import { fixtureByName } from '../support/fixtures.mjs';
import { expect, phoneTest, resetStorage, shot, test } from './harness';

const french = (sw: Worker) => resetStorage(sw, { lang: 'fr' });
const host = (page: Page) => page.locator('compagnon-ent');
const ring = (page: Page) => page.locator('[data-compagnon-target]');
const rules = (page: Page) => page.getByTestId('password-checklist').locator('li[data-rule]');
const rule = (page: Page, id: string) => page.getByTestId('password-checklist').locator(`li[data-rule="${id}"]`);

test('MCE combined form: charter → e-mail → password, the ring and the counter follow', async ({ page, ext }) => {
  await french(ext.serviceWorker);
  await page.goto(fixtureByName('netocentre/mce-activation-form').url);
  await expect(host(page)).toHaveAttribute('data-step', 'activation-terms');
  await expect(ring(page)).toHaveText("J'accepte la charte d'utilisation");
  await expect(page.getByTestId('ce-counter')).toHaveText(/Étape 5 sur 11/);
  await page.locator('#activation-charte').check();
  await expect(host(page)).toHaveAttribute('data-step', 'activation-email');
  await expect(ring(page)).toHaveAttribute('id', 'activation-email');
  await expect(page.getByTestId('ce-counter')).toHaveText(/Étape 6 sur 11/);
  // Not an address yet: the ring stays on the e-mail.
  await page.locator('#activation-email').fill('parent@exemple');
  await page.locator('#activation-email').press('Tab');
  await expect(host(page)).toHaveAttribute('data-step', 'activation-email');
  await page.locator('#activation-email').fill('un.parent@exemple.fr');
  await page.locator('#activation-email').press('Tab');
  await expect(host(page)).toHaveAttribute('data-step', 'activation-password');
  await expect(ring(page)).toHaveAttribute('id', 'activation-new-password');
  await expect(page.getByTestId('ce-counter')).toHaveText(/Étape 7 sur 11/);
  // Unticking the charter brings the family back to it.
  await page.locator('#activation-charte').uncheck();
  await expect(host(page)).toHaveAttribute('data-step', 'activation-terms');
});

test('MCE password: 12 characters and 3 of 4 kinds; cerbere2 keeps 8', async ({ page, ext }) => {
  await french(ext.serviceWorker);
  await page.goto(fixtureByName('netocentre/mce-activation-password').url);
  await expect(host(page)).toHaveAttribute('data-step', 'activation-password');
  // The checklist comes with the card's later chunk, a frame or more after data-step: polled, not read once.
  await expect.poll(() => rules(page).evaluateAll((ls) => ls.map((l) => l.getAttribute('data-rule')))).toEqual([
    'length',
    'kinds',
    'upper',
    'lower',
    'digit',
    'special',
    'chars',
  ]);
  await expect(rule(page, 'length')).toContainText('12 caractères');
  await expect(rule(page, 'kinds')).toContainText('Au moins 3 sortes');
  await expect(page.locator('#activation-new-password')).toHaveAttribute('passwordrules', /^minlength: 12;/);
  const pw = page.locator('#activation-new-password');
  await pw.click();
  await pw.pressSequentially('abcdefgh');
  await expect(rule(page, 'length')).toHaveAttribute('data-met', 'false');
  await pw.pressSequentially('ijk1');
  await expect(rule(page, 'length')).toHaveAttribute('data-met', 'true');
  await expect(rule(page, 'kinds')).toHaveAttribute('data-met', 'false');
  await shot(page, 'mce-password-desktop-half');
  await pw.pressSequentially('!');
  await expect(rule(page, 'kinds')).toHaveAttribute('data-met', 'true');
  await page.locator('#activation-confirm-password').click();
  await page.locator('#activation-confirm-password').pressSequentially('abcdefghijk1!');
  await expect(page.getByTestId('password-match')).toHaveAttribute('data-match', 'true');
  await shot(page, 'mce-password-desktop-met');

  // The same step on cerbere2: seed 003's rule, no « kinds » line.
  await page.goto(fixtureByName('netocentre/activation-password').url);
  await expect(host(page)).toHaveAttribute('data-step', 'activation-password');
  await expect(rule(page, 'length')).toContainText('8 caractères');
  await expect(rule(page, 'kinds')).toHaveCount(0);
});

test('MCE lost-password reset form: the checklist follows MCE’s rule', async ({ page, ext }) => {
  await french(ext.serviceWorker);
  await page.goto(fixtureByName('netocentre/mce-lost-reset').url);
  await expect(host(page)).toHaveAttribute('data-step', 'lost-password');
  await expect(rule(page, 'length')).toContainText('12 caractères');
  await expect(rule(page, 'kinds')).toHaveCount(1);
});

test('MCE code screen: activation-email in state code, the ring on the code field', async ({ page, ext }) => {
  await french(ext.serviceWorker);
  await page.goto(fixtureByName('netocentre/mce-activation-code').url);
  await expect(host(page)).toHaveAttribute('data-step', 'activation-email');
  await expect(host(page)).toHaveAttribute('data-state', 'code');
  await expect(ring(page)).toHaveAttribute('id', 'verify-code');
  await expect(page.getByTestId('ce-panel')).toContainText('Vérifiez votre adresse e-mail');
  await expect(page.getByTestId('ce-panel')).toContainText('Vérifier mon email');
});

test('one card, its content swapped by script: sign-in → form → code, data-step follows', async ({ page, ext }) => {
  await french(ext.serviceWorker);
  await page.goto(fixtureByName('netocentre/mce-activation-login').url);
  await expect(host(page)).toHaveAttribute('data-step', 'activation-login');
  await expect(ring(page)).toHaveAttribute('id', 'connexion-login');
  const swap = async (name: string) => {
    const html = fixtureByName(name).html;
    await page.evaluate((h) => {
      const next = new DOMParser().parseFromString(h, 'text/html').getElementById('app')!;
      document.getElementById('app')!.replaceChildren(...[...next.childNodes].map((n) => document.importNode(n, true)));
    }, html);
  };
  await swap('netocentre/mce-activation-form');
  await expect(host(page)).toHaveAttribute('data-step', 'activation-terms');
  await swap('netocentre/mce-activation-code');
  await expect(host(page)).toHaveAttribute('data-step', 'activation-email');
  await expect(host(page)).toHaveAttribute('data-state', 'code');
  await swap('netocentre/mce-activation-done');
  await expect(host(page)).toHaveAttribute('data-step', 'activation-done');
  await expect(host(page)).not.toHaveAttribute('data-state', /./);
});

phoneTest('phone 360×740: MCE password screen with its 12-character checklist', async ({ phone }) => {
  await french(phone.serviceWorker);
  const page = await phone.context.newPage();
  await page.goto(fixtureByName('netocentre/mce-activation-password').url);
  await expect(host(page)).toHaveAttribute('data-step', 'activation-password');
  await page.locator('#activation-new-password').tap();
  await page.locator('#activation-new-password').pressSequentially('abcdefghijk1');
  await expect(rule(page, 'length')).toHaveAttribute('data-met', 'true');
  await expect(rule(page, 'length')).toContainText('12 caractères');
  await shot(page, 'mce-password-phone');
  await page.close();
});
