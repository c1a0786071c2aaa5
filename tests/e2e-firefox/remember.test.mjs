// Remembered choices (issue 6) in Firefox ESR: the user's pick on the RECIA chooser is recorded, offered
// back after leaving and coming back, and « Continuer » goes through; the options page lists and forgets it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fixtureByName } from '../support/fixtures.mjs';
import { fixturePage, launch, sleep, UUID, waitForStep } from './harness.mjs';

const OPTIONS = `moz-extension://${UUID}/options.html`;
let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function openOptions() {
  const page = await browser.newPage();
  page.goto(OPTIONS).catch(() => {});
  await page.waitForFunction(() => !!document.querySelector('h1'), { timeout: 15_000, polling: 100 });
  return page;
}

const stored = (ext) => ext.evaluate(() => browser.storage.local.get(null));

async function waitFor(fn, what, timeout = 8000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await sleep(150);
  }
}

test('firefox: pick on the RECIA chooser → leave → come back → offer → « Continuer » goes through; forget', async () => {
  const ext = await openOptions();
  // French texts whatever the browser's own language (the language setting of the popup)
  await ext.evaluate(async () => {
    await browser.storage.local.clear();
    await browser.storage.local.set({ lang: 'fr', lang$: { v: 1 } });
  });
  const page = await fixturePage(browser);
  try {
    const chooser = fixtureByName('netocentre/profile-chooser-legacy').url;
    await page.goto(chooser);
    await waitForStep(page, 'profile-chooser');
    await page.waitForSelector('pierce/[data-testid="ce-panel"]', { timeout: 5000 });
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
    const offer = await page.waitForSelector('pierce/[data-testid="remember-offer"]', { timeout: 8000 });
    const text = await offer.evaluate((e) => e.textContent);
    assert.match(text, /La dernière fois, vous avez choisi «\s?Personnel de l'éducation nationale\s?» pour lycees\.netocentre\.fr\./);
    await page.waitForSelector('pierce/[data-testid="remember-mark"]', { timeout: 5000 });

    // one click goes through
    const cont = await page.waitForSelector('pierce/[data-testid="remember-continue"]');
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
