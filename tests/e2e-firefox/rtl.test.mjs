// Firefox: the help follows the browser's language (Arabic here), right to left and mirrored.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureByName } from '../support/fixtures.mjs';
import { extensionPage, fileBrowser, fixturePage, until, waitForStep } from './harness.mjs';

const browser = fileBrowser({ prefs: { 'intl.locale.requested': 'ar', 'intl.accept_languages': 'ar, fr' } });

const overlay = () => {
  const root = document.querySelector('compagnon-ent')?.shadowRoot?.querySelector('.ce-root');
  const card = root?.querySelector('[data-testid=ce-panel]');
  const min = root?.querySelector('[data-testid=ce-minimize]');
  const title = root?.querySelector('[data-testid=ce-title]');
  if (!root || !card || !min || !title) return null;
  const c = card.getBoundingClientRect();
  const m = min.getBoundingClientRect();
  return {
    dir: root.getAttribute('dir'),
    lang: root.getAttribute('lang'),
    title: title.textContent,
    direction: getComputedStyle(title).direction,
    cardCentre: c.left + c.width / 2,
    minCentre: m.left + m.width / 2,
    width: innerWidth,
    bdi: root.querySelector('.ce-p bdi')?.getAttribute('dir') ?? null,
  };
};

test('firefox, Arabic browser: Arabic help, dir=rtl lang=ar, card and minimise button on the left', async () => {
  // A known road: the login help then quotes the page's French labels (checked below as left-to-right islands).
  const ext = await extensionPage(browser());
  await ext.evaluate(() => browser.storage.local.set({ situation: { netocentre: { situation: 'everyday-ent' } }, situation$: { v: 1 } }));
  await ext.close();
  const page = await fixturePage(browser());
  await page.goto(fixtureByName('netocentre/login-new').url);
  await waitForStep(page, 'login');
  const o = await until(() => page.evaluate(overlay), Boolean, 'overlay rendered', { timeout: 4000, orLast: true });
  assert.ok(o, 'overlay rendered');
  assert.equal(o.dir, 'rtl');
  assert.equal(o.lang, 'ar');
  assert.match(o.title, /\p{Script=Arabic}/u);
  assert.equal(o.direction, 'rtl');
  assert.ok(o.cardCentre < o.width / 2, `card on the left (${o.cardCentre} of ${o.width})`);
  assert.ok(o.minCentre < o.cardCentre, 'minimise button at the left end of the card');
  assert.equal(o.bdi, 'ltr');
  await page.close();
});
