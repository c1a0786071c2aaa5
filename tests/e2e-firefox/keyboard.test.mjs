import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureByName } from '../support/fixtures.mjs';
import { activeElement } from '../support/readers.mjs';
import { fileBrowser, fixturePage, until, waitForStep, waitInCard } from './harness.mjs';

const browser = fileBrowser();

/** Where the focus is, read in the page (support/readers.mjs), as "overlay:<testid>" or "page:<id>". */
const focus = async (page) => {
  const a = await page.evaluate(activeElement);
  return `${a.where}:${a.testid}`;
};
const focusReaches = (page, want) => until(() => focus(page), (got) => got === want, want, { timeout: 4000, orLast: true });

async function shortcut(page) {
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press('KeyC');
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
}

test('firefox keyboard only: shortcut into the help and back, Tab, Enter, Escape', async () => {
  const page = await fixturePage(browser());
  try {
    await page.goto(fixtureByName('netocentre/login-new').url);
    await waitForStep(page, 'login');
    await page.focus('#username');
    await shortcut(page);
    assert.equal(await focusReaches(page, 'overlay:ce-panel'), 'overlay:ce-panel');
    await page.keyboard.press('Tab');
    assert.equal(await focusReaches(page, 'overlay:ce-minimize'), 'overlay:ce-minimize');
    // The card's question (no road known yet: one button per road), then « Je suis bloqué(e) »: all in the card.
    let seen = await focus(page);
    for (let i = 0; i < 8 && seen !== 'overlay:summary'; i++) {
      await page.keyboard.press('Tab');
      seen = await focus(page);
      assert.match(seen, /^overlay:/);
    }
    assert.equal(seen, 'overlay:summary');
    await page.keyboard.press('Enter');
    await waitInCard(page, 'details[open][data-testid="ce-stuck"]', 3000);
    await page.keyboard.press('Escape');
    assert.equal(await focusReaches(page, 'page:username'), 'page:username');
  } finally {
    await page.close();
  }
});
