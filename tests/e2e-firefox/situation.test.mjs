// The family's situation in Firefox ESR (issue 19): the question on the RECIA chooser (legacy and r-wayf),
// the Occitanie chooser and the EduConnect login with no answer kept; each answer moves the ring and the
// counter; the answer survives a reload and a browser restart (same profile); page evidence overrides it;
// « Ce n'est pas ma situation » changes it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import puppeteer from 'puppeteer-core';
import { fixtureByName } from '../support/fixtures.mjs';
import { ADDON_ID, EXT, extensionPage, fixturePage, launch, sleep, until as poll, UUID, waitForStep } from './harness.mjs';

const url = (name) => fixtureByName(name).url;
let browser;
let ext;
before(async () => {
  browser = await launch();
  ext = await extensionPage(browser);
});
after(async () => {
  await browser?.close();
});

async function keep(memory) {
  await ext.evaluate(async (m) => {
    await browser.storage.local.clear();
    await browser.storage.local.set({ lang: 'fr', lang$: { v: 1 } });
    if (m) await browser.storage.local.set({ situation: m, situation$: { v: 1 } });
  }, memory);
}
const kept = () => ext.evaluate(async () => (await browser.storage.local.get('situation')).situation);
/** The card shows the answer first and stores it just after: wait for the store, then compare it whole. */
const keptAs = async (expected) =>
  assert.deepEqual(await poll(kept, (k) => isDeepStrictEqual(k, expected), 'stored', { orLast: true }), expected);

/** What the overlay shows, read through its shadow root. */
const read = (page) =>
  page.evaluate(() => {
    const h = document.querySelector('compagnon-ent');
    const root = h?.shadowRoot;
    const deep = (r) => r.querySelector('[data-compagnon-target]') ?? [...r.querySelectorAll('*')].map((e) => e.shadowRoot && deep(e.shadowRoot)).find(Boolean) ?? null;
    const ring = deep(document);
    return {
      situation: h?.getAttribute('data-situation') ?? null,
      step: h?.getAttribute('data-step') ?? null,
      buttons: root ? [...root.querySelectorAll('button[data-situation]')].map((b) => b.dataset.situation) : [],
      academies: root ? [...root.querySelectorAll('button[data-academie]')].map((b) => b.dataset.academie) : [],
      counter: root?.querySelector('[data-testid="ce-counter"]')?.textContent ?? null,
      ring: ring ? `${ring.outerHTML} ${ring.closest('li, label, div')?.textContent ?? ''}` : '',
      // The ringed element and its parent, by id and class: which tile (or the list as a whole).
      ringTag: ring ? [ring, ring.parentElement].map((e) => (e ? `${e.localName}#${e.id}.${e.getAttribute('class') ?? ''}` : '')).join(' ') : '',
    };
  });

async function until(page, ok, what, timeout = 8000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await read(page);
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out: ${what} — ${JSON.stringify(v)}`);
    await sleep(150);
  }
}

const click = (page, sel) =>
  page.evaluate((s) => document.querySelector('compagnon-ent').shadowRoot.querySelector(s).click(), sel);

for (const chooser of ['netocentre/profile-chooser-legacy', 'netocentre/profile-chooser-rwayf']) {
  test(`firefox: RECIA chooser (${chooser}): question, each answer moves ring and counter, reload, change`, async () => {
    await keep(null);
    const page = await fixturePage(browser);
    try {
      await page.goto(url(chooser));
      await waitForStep(page, 'profile-chooser');
      let v = await until(page, (x) => x.buttons.length === 5, 'the question');
      assert.equal(v.situation, null);
      assert.equal(v.counter, null, 'no counter while no road is known');
      assert.doesNotMatch(v.ringTag, /autres-publics|parentEleveEN-IdP/, 'the ring picks no tile');

      await click(page, 'button[data-situation="first-ent"]');
      v = await until(page, (x) => x.situation === 'first-ent' && /autres-publics/.test(x.ringTag) && !!x.counter, 'first-ent');
      assert.match(v.counter, /Étape 2 sur 11/);
      await keptAs({ netocentre: { situation: 'first-ent', academie: null } });

      await click(page, '[data-testid="situation-current-change"]');
      v = await until(page, (x) => x.buttons.length === 5 && x.counter === null, 'asked again');
      await click(page, 'button[data-situation="everyday-educonnect"]');
      v = await until(page, (x) => x.situation === 'everyday-educonnect' && /parentEleveEN-IdP/.test(x.ringTag) && !!x.counter, 'everyday-educonnect');
      assert.match(v.counter, /Étape 2 sur [1-5]$/);

      await page.reload();
      await waitForStep(page, 'profile-chooser');
      v = await until(page, (x) => x.situation === 'everyday-educonnect' && /parentEleveEN-IdP/.test(x.ringTag), 'kept on reload');
      assert.deepEqual(v.buttons, []);
    } finally {
      await page.close();
    }
  });
}

test('firefox: page evidence overrides the answer (activation page → first-ent, kept)', async () => {
  await keep({ netocentre: { situation: 'everyday-educonnect' } });
  const page = await fixturePage(browser);
  try {
    await page.goto(url('netocentre/activation-login'));
    await waitForStep(page, 'activation-login');
    await until(page, (x) => x.situation === 'first-ent', 'first-ent from the page');
    // Stored before leaving (the write waits for the chunk after the first paint).
    await poll(kept, (k) => k?.netocentre?.situation === 'first-ent', 'first-ent kept');
    await page.goto(url('netocentre/profile-chooser-legacy'));
    await waitForStep(page, 'profile-chooser');
    await until(page, (x) => x.situation === 'first-ent' && /autres-publics/.test(x.ringTag), 'kept on the chooser');
  } finally {
    await page.close();
  }
});

test('firefox: Occitanie chooser: road, then académie; the line of that académie', async () => {
  await keep(null);
  const page = await fixturePage(browser);
  try {
    await page.goto(url('mon-ent-occitanie/profile-chooser-open'));
    await waitForStep(page, 'profile-chooser');
    await until(page, (x) => x.buttons.length === 5 && x.counter === null, 'the question');
    await click(page, 'button[data-situation="first-educonnect"]');
    await until(page, (x) => x.academies.join() === 'montpellier,toulouse', 'the académie question');
    await click(page, 'button[data-academie="montpellier"]');
    const v = await until(page, (x) => x.academies.length === 0 && !!x.counter && /Montpellier/i.test(x.ring), 'the Montpellier line');
    assert.match(v.counter, /Étape \d+ sur \d+/);
    await keptAs({ 'mon-ent-occitanie': { situation: 'first-educonnect', academie: 'montpellier' } });
  } finally {
    await page.close();
  }
});

test('firefox: EduConnect login: its three roads; an everyday answer is a short journey', async () => {
  await keep(null);
  const page = await fixturePage(browser);
  try {
    await page.goto(url('educonnect/login'));
    await waitForStep(page, 'login');
    const q = await until(page, (x) => x.buttons.length === 3, 'the question');
    assert.deepEqual(q.buttons, ['first-educonnect', 'everyday-educonnect', 'lost']);
    await click(page, 'button[data-situation="everyday-educonnect"]');
    const v = await until(page, (x) => x.situation === 'everyday-educonnect' && !!x.counter, 'everyday-educonnect');
    assert.match(v.counter, /Étape \d sur [1-5]$/);
  } finally {
    await page.close();
  }
});

// No letter: « Je n'ai pas de courrier » (its own button), a first connection to EduConnect for the page.
test('firefox: no letter: the ring on « Je n\'ai pas de compte », a journey of its own', async () => {
  await keep(null);
  const page = await fixturePage(browser);
  try {
    await page.goto(url('educonnect/login'));
    await waitForStep(page, 'login');
    await until(page, (x) => x.buttons.length === 3, 'the question');
    await click(page, 'button[data-letter="none"]');
    const v = await until(page, (x) => x.situation === 'first-educonnect' && /pas de compte/.test(x.ring) && !!x.counter, 'the no-letter road');
    assert.match(v.counter, /Étape 1 sur 2$/);
    await keptAs({ educonnect: { situation: 'signup-educonnect', academie: null } });
  } finally {
    await page.close();
  }
});

// docs/decisions/lost-road-ends.md: after the recovery page, the login with the new password.
test('firefox: lost password: after the recovery page the login is the everyday one', async () => {
  await keep(null);
  const page = await fixturePage(browser);
  try {
    await page.goto(url('netocentre/profile-chooser-legacy'));
    await waitForStep(page, 'profile-chooser');
    await until(page, (x) => x.buttons.length === 5, 'the question');
    await click(page, 'button[data-situation="lost"]');
    await until(page, (x) => x.situation === 'lost', 'answered lost');
    await page.goto(url('netocentre/login-new'));
    await waitForStep(page, 'login');
    await until(page, (x) => x.situation === 'lost' && /password-forgotten/.test(x.ring), 'the lost-password link');
    await page.goto(url('netocentre/lost-password'));
    await waitForStep(page, 'lost-password');
    await keptAs({ netocentre: { situation: 'everyday-ent' } });
    await page.goto(url('netocentre/login-new'));
    await waitForStep(page, 'login');
    const v = await until(page, (x) => x.situation === 'everyday-ent' && /id="username"/.test(x.ring) && !!x.counter, 'the everyday login');
    assert.match(v.counter, /Étape 5 sur 6/);
  } finally {
    await page.close();
  }
});

// A restart keeps the profile: the add-on is installed again (temporary add-ons go at shutdown) with the
// same id, and Firefox is told to keep its storage meanwhile.
test('firefox: the answer survives a browser restart (same profile)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-ff-sit-'));
  const start = async () => {
    const b = await puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
      userDataDir: dir,
      defaultViewport: { width: 1280, height: 800 },
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
        'extensions.webextensions.keepStorageOnUninstall': true,
        'intl.locale.requested': 'fr',
        'intl.accept_languages': 'fr-FR, fr',
      },
    });
    assert.equal(await b.installExtension(EXT), ADDON_ID);
    return b;
  };
  let b = await start();
  try {
    let page = await fixturePage(b);
    await page.goto(url('netocentre/profile-chooser-legacy'));
    await waitForStep(page, 'profile-chooser');
    await until(page, (x) => x.buttons.length === 5, 'the question');
    await click(page, 'button[data-situation="first-educonnect"]');
    await until(page, (x) => x.situation === 'first-educonnect', 'answered');
    await b.close();
    b = await start();
    page = await fixturePage(b);
    await page.goto(url('netocentre/profile-chooser-legacy'));
    await waitForStep(page, 'profile-chooser');
    const v = await until(page, (x) => x.situation === 'first-educonnect' && /parentEleveEN-IdP/.test(x.ringTag), 'kept after restart');
    assert.deepEqual(v.buttons, []);
  } finally {
    await b.close().catch(() => {});
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
