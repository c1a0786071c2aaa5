// Firefox ESR: the mon ENT Occitanie chooser in each sub-state (by page, and live by clicking), once in a
// 360 px wide window, and the EduConnect login with and without its error (issue 4).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import YAML from 'yaml';
import { fixtureByName } from '../support/fixtures.mjs';
import { targetInView } from '../support/readers.mjs';
import { assertNoOverlay, fileBrowser, fixturePage, launch, waitForStep, waitInCard } from './harness.mjs';

const targetIs = (page, selector, timeout = 8000) =>
  page.waitForFunction((s) => document.querySelector(s)?.hasAttribute('data-compagnon-target'), { timeout, polling: 100 }, selector);

// The overlay follows the browser's UI language (Firefox ESR here may be English): a title is right when it is
// the text of the expected key in one of the locales.
const LOCALES = ['fr', 'en'].map((l) => YAML.parse(fs.readFileSync(path.resolve(import.meta.dirname, `../../locales/${l}.yml`), 'utf8')));
const textsOf = (key) => LOCALES.map((m) => key.split('.').reduce((o, k) => o?.[k], m)).filter(Boolean);

async function assertTitle(page, key) {
  const el = await waitInCard(page, '[data-testid="ce-title"]', 5000);
  const want = textsOf(`${key}.title`);
  assert.ok(want.length > 0, key);
  await page.waitForFunction(
    (w) => w.includes(document.querySelector('compagnon-ent')?.shadowRoot?.querySelector('[data-testid="ce-title"]')?.textContent),
    { timeout: 5000, polling: 100 },
    want,
  ).catch(() => {});
  assert.ok(want.includes(await el.evaluate((e) => e.textContent)), `title of ${key}`);
}

const browser = fileBrowser();

test('firefox: Occitanie chooser, each sub-state by page', async () => {
  const page = await fixturePage(browser());
  try {
    const expected = {
      closed: 'button.js-wayftoggle[aria-controls="choices-parent"]',
      open: '#choices-parent ul.list-radio',
      checked: '#button-submit',
    };
    for (const [sub, sel] of Object.entries(expected)) {
      await page.goto(fixtureByName(`mon-ent-occitanie/profile-chooser-${sub}`).url);
      const got = await waitForStep(page, 'profile-chooser');
      assert.equal(got.portal, 'mon-ent-occitanie');
      assert.equal(got.state, null);
      await targetIs(page, sel);
      await assertTitle(page, 'occitanie.profile_chooser');
    }
  } finally {
    await page.close();
  }
});

test('firefox: Occitanie chooser, live: "+" then a radio then « Valider »', async () => {
  const page = await fixturePage(browser());
  try {
    await page.goto(fixtureByName('mon-ent-occitanie/profile-chooser-closed').url);
    await waitForStep(page, 'profile-chooser');
    await targetIs(page, 'button.js-wayftoggle[aria-controls="choices-parent"]');
    await page.click('button.js-wayftoggle[aria-controls="choices-parent"]');
    await targetIs(page, '#choices-parent ul.list-radio');
    await page.click('label[for="idp-MONT-EDU_parent_eleve"]');
    await targetIs(page, '#button-submit');
  } finally {
    await page.close();
  }
});

test('firefox: Occitanie chooser in a 360 px wide window: overlay present, target visible', async () => {
  const narrow = await launch({ width: 360, height: 740 });
  try {
    const page = await fixturePage(narrow);
    await page.goto(fixtureByName('mon-ent-occitanie/profile-chooser-open').url);
    await waitForStep(page, 'profile-chooser');
    await targetIs(page, '#choices-parent ul.list-radio');
    const host = await page.$('compagnon-ent');
    assert.ok(host, 'overlay present');
    assert.equal(await host.evaluate((h) => h.getAttribute('data-portal')), 'mon-ent-occitanie');
    const card = (await page.$('pierce/[data-testid="ce-panel"]')) ?? (await page.$('pierce/[data-testid="ce-bar-title"]'));
    assert.ok(card, 'help card or its bar shown');
    await page.waitForFunction(
      () => {
        const t = document.querySelector('[data-compagnon-target]');
        const r = t?.getBoundingClientRect();
        return !!r && r.width > 0 && r.top >= 0 && r.top < innerHeight;
      },
      { timeout: 5000, polling: 100 },
    );
    assert.ok(await page.evaluate(targetInView));
    assert.equal(await page.evaluate(() => innerWidth <= 360), true);
  } finally {
    await narrow.close();
  }
});

test('firefox: EduConnect login, then its error state', async () => {
  const page = await fixturePage(browser());
  try {
    await page.goto(fixtureByName('educonnect/login').url);
    let got = await waitForStep(page, 'login');
    assert.equal(got.portal, 'educonnect');
    assert.equal(got.state, null);
    await targetIs(page, '#bouton_responsable');
    await assertTitle(page, 'educonnect.login');
    await page.click('#bouton_responsable');
    await targetIs(page, '#username');

    await page.goto(fixtureByName('educonnect/login-error').url);
    got = await waitForStep(page, 'login');
    await page.waitForFunction(() => document.querySelector('compagnon-ent')?.getAttribute('data-state') === 'error', { timeout: 5000, polling: 100 });
    await targetIs(page, '#password');
    await assertTitle(page, 'educonnect.login_error');
  } finally {
    await page.close();
  }
});

test('firefox: the EduConnect browser check (e1s1) gets no overlay', async () => {
  const page = await fixturePage(browser());
  try {
    await page.goto(fixtureByName('educonnect/e1s1').url);
    await assertNoOverlay(page);
  } finally {
    await page.close();
  }
});
