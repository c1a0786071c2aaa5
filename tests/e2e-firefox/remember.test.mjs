// Remembered choices (issue 6) in Firefox ESR: the user's pick on the RECIA chooser is recorded, offered
// back after leaving and coming back, and « Continuer » goes through; the options page lists and forgets it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fixtureByName } from '../support/fixtures.mjs';
import { ADDON_ID, extensionPage, fileBrowser, fixturePage, launch, pageStore, shot, SHOTS, sleep, storage, until, waitForStep, waitInCard } from './harness.mjs';

const ff = fileBrowser();

async function openOptions(browser = ff()) {
  return extensionPage(browser, 'options.html', () => !!document.querySelector('h1'));
}

const stored = (ext) => storage.local(pageStore(ext));

/** Until `fn()` gives something (returned). */
const waitFor = (fn, what, timeout = 8000) => until(fn, Boolean, what, { timeout, every: 150 });

/** The options page (an extension page, to read storage) after clearing storage and choosing French (the
 * browser's own language here is English). */
async function freshOptions(browser = ff()) {
  const ext = await openOptions(browser);
  await storage.reset(pageStore(ext), { lang: 'fr' });
  return ext;
}

test('firefox: pick on the RECIA chooser → leave → come back → offer → « Continuer » goes through; forget', async () => {
  const ext = await freshOptions();
  const page = await fixturePage(ff());
  try {
    const chooser = fixtureByName('netocentre/profile-chooser-legacy').url;
    await page.goto(chooser);
    await waitForStep(page, 'profile-chooser');
    await waitInCard(page, '[data-testid="ce-panel"]', 5000);
    assert.equal(await page.$('pierce/[data-testid="remember-offer"]'), null, 'no offer before any choice');
    assert.equal((await stored(ext)).choices, undefined, 'nothing recorded on page load');

    // the user's own click
    await Promise.all([page.waitForNavigation({ timeout: 8000 }).catch(() => null), page.click('a.catel-IdP')]);
    assert.match(page.url(), /idpId=catel-IdP/);
    const entries = await waitFor(async () => (await stored(ext)).choices?.length && (await stored(ext)).choices, 'recorded');
    assert.deepEqual(
      { ...entries[0], lastUsed: 0 },
      {
        portal: 'netocentre',
        establishment: 'lycees.netocentre.fr',
        value: 'catel-IdP',
        label: "Personnel de l'éducation nationale",
        lastUsed: 0,
        auto: false,
      },
    );

    // leave, come back: the offer
    await page.goto(fixtureByName('netocentre/home').url);
    await waitForStep(page, 'home');
    await page.goto(chooser);
    await waitForStep(page, 'profile-chooser');
    const offer = await waitInCard(page, '[data-testid="remember-offer"]', 8000);
    const text = await offer.evaluate((e) => e.textContent);
    assert.match(text, /La dernière fois, vous avez choisi «\s?Personnel de l'éducation nationale\s?» pour lycees\.netocentre\.fr\./);
    await waitInCard(page, '[data-testid="remember-mark"]', 5000);

    // one click goes through
    const cont = await waitInCard(page, '[data-testid="remember-continue"]');
    await Promise.all([page.waitForNavigation({ timeout: 8000 }).catch(() => null), cont.click()]);
    assert.match(page.url(), /idpId=catel-IdP/);

    // the options page (open since the start) lists it live; forgetting it removes the offer
    await ext.waitForSelector('[data-testid="remember-entry"]', { timeout: 8000 });
    assert.match(await ext.$eval('[data-testid="remember-entry"]', (e) => e.textContent), /Personnel de l'éducation nationale/);
    await ext.click('[data-testid="remember-forget"]');
    await ext.waitForSelector('[data-testid="remember-empty"]', { timeout: 5000 });
    await page.goto(chooser);
    await waitForStep(page, 'profile-chooser');
    await sleep(1200);
    assert.equal(await page.$('pierce/[data-testid="remember-offer"]'), null, 'no offer after forgetting');
    assert.deepEqual((await stored(ext)).choices, []);
  } finally {
    await page.close();
    await ext.close();
  }
});

// School pre-configuration: Firefox reads managed storage from a native manifest in
// ~/.mozilla/managed-storage/<add-on id>.json — here in a throwaway HOME given to this browser only.
test('firefox: school pre-configuration (managed storage) suggests a choice and shows the support contact; the user\'s own choice wins', async () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-ff-home-'));
  fs.mkdirSync(path.join(home, '.mozilla', 'managed-storage'), { recursive: true });
  fs.writeFileSync(
    path.join(home, '.mozilla', 'managed-storage', `${ADDON_ID}.json`),
    JSON.stringify({
      name: ADDON_ID,
      description: 'Compagnon ENT — réglages du lycée (test)',
      type: 'storage',
      data: {
        portal: 'netocentre',
        establishment: 'lycees.netocentre.fr',
        suggestedChoice: { value: 'parentEleveEN-IdP', label: 'Élève ou parent' },
        support: { name: 'Vie scolaire', email: 'vie.scolaire@lycee-test.fr', phone: '02 38 00 00 00', hours: 'Du lundi au vendredi, 8 h – 17 h' },
      },
    }),
  );
  const b = await launch({ env: { ...process.env, HOME: home } });
  try {
    const ext = await freshOptions(b);
    const managed = await ext.evaluate(() => browser.storage.managed.get(null).catch((e) => String(e)));
    assert.equal(typeof managed, 'object', `managed storage readable: ${managed}`);
    await ext.evaluate(() => location.reload());
    await ext.waitForSelector('[data-testid="managed-info"]', { timeout: 10_000 });
    const info = await ext.$eval('[data-testid="managed-info"]', (e) => e.textContent);
    assert.match(info, /Net O'Centre/);
    assert.match(info, /Élève ou parent/);
    assert.match(info, /vie\.scolaire@lycee-test\.fr/);
    assert.equal(await ext.$('[data-testid="managed-info"] input, [data-testid="managed-info"] button'), null, 'read-only');

    // the chooser suggests the school's choice and shows its support contact
    const page = await fixturePage(b);
    const chooser = fixtureByName('netocentre/profile-chooser-legacy').url;
    await page.goto(chooser);
    await waitForStep(page, 'profile-chooser');
    const offer = await waitInCard(page, '[data-testid="remember-offer"]', 8000);
    assert.match(await offer.evaluate((e) => e.textContent), /Votre établissement conseille «\s?Élève ou parent\s?»/);
    const support = await waitInCard(page, '[data-testid="support-contact"]', 5000);
    assert.match(await support.evaluate((e) => e.textContent), /Vie scolaire.*vie\.scolaire@lycee-test\.fr.*02 38 00 00 00/s);
    await shot(page, 'remember-managed-firefox');
    await ext.screenshot({ path: path.join(SHOTS, 'remember-options-managed-firefox.png'), fullPage: true });

    // the user picks something else: next time their own choice is offered, not the school's
    await Promise.all([page.waitForNavigation({ timeout: 8000 }).catch(() => null), page.click('a.catel-IdP')]);
    await waitFor(async () => (await stored(ext)).choices?.length, 'recorded');
    await page.goto(fixtureByName('netocentre/home').url);
    await waitForStep(page, 'home');
    await page.goto(chooser);
    await waitForStep(page, 'profile-chooser');
    const offer2 = await waitInCard(page, '[data-testid="remember-offer"]', 8000);
    await sleep(600);
    const text2 = await offer2.evaluate((e) => e.textContent);
    assert.match(text2, /La dernière fois, vous avez choisi «\s?Personnel de l'éducation nationale\s?»/);
    assert.doesNotMatch(text2, /conseille/);
  } finally {
    await b.close();
    fs.rmSync(home, { recursive: true, force: true });
  }
});

// Occitanie and EduConnect choosers.

test('firefox: Occitanie category + académie radio + « Valider » remembered; « Continuer » opens, checks and validates', async () => {
  const ext = await freshOptions();
  const page = await fixturePage(ff());
  try {
    const chooser = fixtureByName('mon-ent-occitanie/profile-chooser-closed').url;
    await page.goto(chooser);
    await waitForStep(page, 'profile-chooser');
    await page.click('button[aria-expanded="false"]');
    await page.waitForFunction(() => !!document.querySelector('input[name=selection]')?.checkVisibility?.(), { timeout: 5000, polling: 100 });
    const value = await page.$eval('input[name=selection]', (r) => r.value);
    await page.click('input[name=selection]');
    await Promise.all([page.waitForNavigation({ timeout: 8000 }).catch(() => null), page.click('#button-submit, input[type=submit], button[type=submit]')]);
    const entries = await waitFor(async () => (await stored(ext)).choices?.length && (await stored(ext)).choices, 'recorded');
    assert.equal(entries[0].portal, 'mon-ent-occitanie');
    assert.equal(entries[0].value, value);
    await page.goto(fixtureByName('netocentre/home').url);
    await page.goto(chooser);
    await waitForStep(page, 'profile-chooser');
    const cont = await waitInCard(page, '[data-testid="remember-continue"]', 8000);
    await Promise.all([page.waitForNavigation({ timeout: 8000 }).catch(() => null), cont.click()]);
    assert.ok(page.url().includes(`selection=${encodeURIComponent(value)}`), page.url());
  } finally {
    await page.close();
    await ext.close();
  }
});

test('firefox: EduConnect « Responsable d\'élève » remembered and pressed again', async () => {
  const ext = await freshOptions();
  const page = await fixturePage(ff());
  try {
    const login = fixtureByName('educonnect/login').url;
    await page.goto(login);
    await waitForStep(page, 'login');
    await page.click('#bouton_responsable');
    const entries = await waitFor(async () => (await stored(ext)).choices?.length && (await stored(ext)).choices, 'recorded');
    assert.equal(entries[0].value, 'bouton_responsable');
    assert.equal(entries[0].label, "Responsable d'élève");
    await page.goto(fixtureByName('netocentre/home').url);
    await page.goto(login);
    await waitForStep(page, 'login');
    const cont = await waitInCard(page, '[data-testid="remember-continue"]', 8000);
    await cont.click();
    await page.waitForFunction(() => document.querySelector('#bouton_responsable')?.getAttribute('aria-pressed') === 'true', { timeout: 5000, polling: 100 });
  } finally {
    await page.close();
    await ext.close();
  }
});
