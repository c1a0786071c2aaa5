// Firefox ESR: page obstructions (issue 22). A tarteaucitron cookie banner over mon ENT Occitanie's home and
// login, EduConnect's maintenance banner over its login: the ring goes on the banner's close control and the
// card says to close it first, off that control; once closed, the ring returns to the step's element. Also in a
// 360 px wide window.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import YAML from 'yaml';
import { fixtureByName } from '../support/fixtures.mjs';
import { fileBrowser, fixturePage, launch, shot, waitForStep } from './harness.mjs';

// The overlay follows the browser's UI language (Firefox ESR here may be English).
const LOCALES = ['fr', 'en'].map((l) => YAML.parse(fs.readFileSync(path.resolve(import.meta.dirname, `../../locales/${l}.yml`), 'utf8')));
const titles = (key) => LOCALES.map((m) => `${key}.title`.split('.').reduce((o, k) => o?.[k], m)).filter(Boolean);

const targetMatches = (page, css, timeout = 8000) =>
  page.waitForFunction((s) => document.querySelector('[data-compagnon-target]')?.matches(s), { timeout, polling: 100 }, css);

const titleIn = (page, want, timeout = 5000) =>
  page.waitForFunction(
    (w) => w.includes(document.querySelector('compagnon-ent')?.shadowRoot?.querySelector('[data-testid="ce-title"]')?.textContent),
    { timeout, polling: 100 },
    want,
  );

/** Boxes of the card and of an element of the page (viewport px). */
const boxes = (page, css) =>
  page.evaluate((css) => {
    const b = (el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const card = document.querySelector('compagnon-ent').shadowRoot.querySelector('[data-testid="ce-panel"]');
    return { card: b(card), el: b(document.querySelector(css)) };
  }, css);
const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const CASES = [
  { name: 'variants/mon-ent-occitanie/home-cookie-banner', step: 'home', close: '#tarteaucitronPersonalize2', help: 'obstruction.cookies', back: 'a.fo-connect__link' },
  { name: 'variants/mon-ent-occitanie/login-cookie-banner', step: 'login', close: '#tarteaucitronPersonalize2', help: 'obstruction.cookies', back: 'form.cas__login-form' },
  // Maintenance is a state of the login (the card says so, ring on the message); « Fermer » gives the login back.
  { name: 'variants/educonnect/login-chatbot-maintenance', step: 'login', ring: '#titreMaintenance', close: '#fermerMaintenance', help: 'educonnect.maintenance', back: ':not(#sidebar_maintenance *):not(#chatmd *)' },
];

async function run(browser, c, tag) {
  const page = await fixturePage(browser);
  try {
    await page.goto(fixtureByName(c.name).url);
    await waitForStep(page, c.step);
    await targetMatches(page, c.ring ?? c.close);
    await titleIn(page, titles(c.help));
    const b = await boxes(page, c.close);
    assert.equal(overlap(b.card, b.el), false, `${c.name}: the card covers the close control`);
    await shot(page, `firefox-obstruction-${tag}-${c.name.split('/').pop()}`);
    await page.click(c.close);
    await targetMatches(page, c.back);
    await page.waitForFunction(
      (w) => !w.includes(document.querySelector('compagnon-ent')?.shadowRoot?.querySelector('[data-testid="ce-title"]')?.textContent),
      { timeout: 5000, polling: 100 },
      titles(c.help),
    );
    assert.equal(await page.evaluate(() => document.querySelector('compagnon-ent')?.getAttribute('data-step')), c.step);
  } finally {
    await page.close();
  }
}

const browser = fileBrowser();

for (const c of CASES) {
  test(`firefox: ${c.name}: close it first, then the ring returns`, async () => {
    await run(browser(), c, 'desktop');
  });
}

test('firefox: 360 px wide window, the cookie banner over the login', async () => {
  const narrow = await launch({ width: 360, height: 740 });
  try {
    await run(narrow, CASES[1], 'narrow');
  } finally {
    await narrow.close();
  }
});
