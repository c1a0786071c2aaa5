// RECIA's new activation front, MCE (issue 22 §1), in Firefox ESR: the combined form walked as the family
// fills it (tick the charter → the ring on the e-mail → a valid e-mail → the ring on the password), the
// 12-character checklist on MCE's form against 8 on cerbere2's, and the code screen's state.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { fixtureByName } from '../support/fixtures.mjs';
import { passwordUi } from '../support/readers.mjs';
import { browserStore, fixturePage, launch, until, shot, storage, waitForStep } from './harness.mjs';

const browsers = [];
after(async () => {
  for (const b of browsers) await b.close().catch(() => {});
});

async function start() {
  const browser = await launch({ width: 1280, height: 800 });
  browsers.push(browser);
  await storage.setLanguage(browserStore(browser), 'fr');
  return { browser, page: await fixturePage(browser) };
}

/** The step, state and highlighted element's id (or text) as the overlay shows them. */
const where = (page) =>
  page.evaluate(() => {
    const h = document.querySelector('compagnon-ent');
    const t = document.querySelector('[data-compagnon-target]');
    return { step: h?.getAttribute('data-step') ?? null, state: h?.getAttribute('data-state') ?? null, target: t?.id || t?.textContent.trim() || null };
  });

test('firefox: MCE combined form, charter → e-mail → password', async () => {
  const { page } = await start();
  await page.goto(fixtureByName('netocentre/mce-activation-form').url);
  await waitForStep(page, 'activation-terms');
  assert.equal((await where(page)).target, "J'accepte la charte d'utilisation");
  await page.click('#activation-charte');
  await until(() => where(page), (w) => w.step === 'activation-email' && w.target === 'activation-email', 'ring on the e-mail');
  await page.click('#activation-email');
  await page.type('#activation-email', 'un.parent@exemple.fr');
  await page.keyboard.press('Tab');
  await until(() => where(page), (w) => w.step === 'activation-password' && w.target === 'activation-new-password', 'ring on the password');
  await page.close();
});

test('firefox: 12 characters on MCE, 8 on cerbere2; the code state', async () => {
  const { page } = await start();
  await page.goto(fixtureByName('netocentre/mce-activation-password').url);
  await waitForStep(page, 'activation-password');
  const pw = await page.$('#activation-new-password');
  assert.match(await pw.evaluate((e) => e.getAttribute('passwordrules')), /^minlength: 12; /);
  await pw.click();
  await pw.type('abcdefghijk1');
  let s = await until(() => page.evaluate(passwordUi), (x) => x.rules.length === 'true', 'length met at 12');
  assert.deepEqual(s.order, ['length', 'kinds', 'upper', 'lower', 'digit', 'special', 'chars']);
  assert.equal(s.rules.kinds, 'false');
  await pw.type('!');
  await until(() => page.evaluate(passwordUi), (x) => x.rules.kinds === 'true', '3 kinds met');
  await shot(page, 'firefox-mce-password');

  await page.goto(fixtureByName('netocentre/activation-password').url);
  await waitForStep(page, 'activation-password');
  const old = await page.$('input[type=password]');
  assert.match(await old.evaluate((e) => e.getAttribute('passwordrules')), /^minlength: 8; /);
  s = await until(() => page.evaluate(passwordUi), (x) => x.order.length > 0, 'cerbere2 checklist');
  assert.ok(!s.order.includes('kinds'), 'no « kinds » line on cerbere2');

  await page.goto(fixtureByName('netocentre/mce-activation-code').url);
  const o = await waitForStep(page, 'activation-email');
  await until(() => where(page), (w) => w.state === 'code' && w.target === 'verify-code', 'code state, ring on the code field');
  assert.ok(o);
  await page.close();
});
