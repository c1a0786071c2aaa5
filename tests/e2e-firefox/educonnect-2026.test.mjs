// EduConnect as it is now (issue 22 §2) in Firefox ESR: the sign-up tab (the step follows the tab, without a page
// load), the recovery pages, the captcha state with its ring on the captcha field, the maintenance state, and no
// step on a help page or the profile page.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { fixtureByName } from '../support/fixtures.mjs';
import { assertNoOverlay, extensionPage, fileBrowser, fixturePage, shot, until, waitForStep, waitInCard } from './harness.mjs';

const browser = fileBrowser();
let shared;
const tab = async () => (shared ??= await fixturePage(browser()));
after(async () => {
  await shared?.close().catch(() => {});
});

const attr = (page, name) => page.evaluate((n) => document.querySelector('compagnon-ent')?.getAttribute(n) ?? null, name);
const ringed = (page, sel) => page.evaluate((s) => document.querySelector(s)?.hasAttribute('data-compagnon-target') ?? false, sel);

test('firefox: the « Je n\'ai pas de compte » tab is signup, ring on the SMS card; the other tab is login', async () => {
  const page = await tab();
  await page.goto(fixtureByName('variants/educonnect/login-2026-tabs').url);
  await waitForStep(page, 'login');
  await page.click('#onglet-inscription');
  const got = await waitForStep(page, 'signup');
  assert.equal(got.state, null);
  await until(() => ringed(page, '#carte_sms'), Boolean, 'ring on the SMS card');
  await shot(page, 'firefox-educonnect-signup');
  await page.click('#onglet-connexion');
  await waitForStep(page, 'login');
});

test('firefox: captcha wins over the error, ring on #captchaFormulaireExtInput', async () => {
  const page = await tab();
  for (const name of ['educonnect/login-captcha', 'variants/educonnect/login-captcha-wrong']) {
    await page.goto(fixtureByName(name).url);
    const got = await waitForStep(page, 'login');
    assert.equal(got.state, 'captcha', name);
    await until(() => ringed(page, '#captchaFormulaireExtInput'), Boolean, `${name}: ring on the captcha field`);
  }
  await shot(page, 'firefox-educonnect-captcha');
});

test('firefox: maintenance state on the login and the recovery pages; closed, the login again', async () => {
  const page = await tab();
  await page.goto(fixtureByName('educonnect/login-maintenance').url);
  assert.equal((await waitForStep(page, 'login')).state, 'maintenance');
  const title = await waitInCard(page, '[data-testid="ce-title"]', 5000);
  assert.match(await title.evaluate((e) => e.textContent), /maintenance/);
  await page.click('.modalMaintenance button');
  await until(() => attr(page, 'data-state'), (s) => s === null, 'no state once the window is closed');
  await page.goto(fixtureByName('variants/educonnect/lost-password-maintenance').url);
  assert.equal((await waitForStep(page, 'lost-password')).state, 'maintenance');
});

test('firefox: lost-password and lost-id pages are the lost road; help and profile pages are no step', async () => {
  const ext = await extensionPage(browser());
  await ext.evaluate(() => browser.storage.local.set({ situation: {}, situation$: { v: 1 } }));
  await ext.close();
  const page = await tab();
  for (const [name, step, field] of [
    ['educonnect/lost-password', 'lost-password', '#identifiant'],
    ['educonnect/lost-id', 'lost-id', '#contact'],
    ['variants/educonnect/lost-password-stepper', 'lost-password', '#id'],
  ]) {
    await page.goto(fixtureByName(name).url);
    await waitForStep(page, step);
    await until(() => attr(page, 'data-situation'), (s) => s === 'lost', `${name}: the page is the lost road`);
    await until(() => ringed(page, field), Boolean, `${name}: ring on ${field}`);
  }
  for (const name of ['variants/negative/educonnect-help-lost-signup', 'variants/negative/educonnect-profile']) {
    await page.goto(fixtureByName(name).url);
    await assertNoOverlay(page);
  }
});
