import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fixtureByName } from '../support/fixtures.mjs';
import { fixturePage, launch, sleep, waitForStep } from './harness.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const activeInfo = () => {
  const a = document.activeElement;
  if (a?.localName === 'compagnon-ent') {
    const inner = a.shadowRoot?.activeElement;
    return `overlay:${inner?.getAttribute('data-testid') ?? inner?.localName}`;
  }
  return `page:${a?.id || a?.localName}`;
};

async function until(page, want, ms = 4000) {
  const end = Date.now() + ms;
  let got;
  while (Date.now() < end) {
    got = await page.evaluate(activeInfo);
    if (got === want) return got;
    await sleep(100);
  }
  return got;
}

async function shortcut(page) {
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press('KeyC');
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
}

test('firefox keyboard only: shortcut into the help and back, Tab, Enter, Escape', async () => {
  const page = await fixturePage(browser);
  try {
    await page.goto(fixtureByName('netocentre/login-new').url);
    await waitForStep(page, 'login');
    await page.focus('#username');
    await shortcut(page);
    assert.equal(await until(page, 'overlay:ce-panel'), 'overlay:ce-panel');
    await page.keyboard.press('Tab');
    assert.equal(await until(page, 'overlay:ce-minimize'), 'overlay:ce-minimize');
    await page.keyboard.press('Tab');
    assert.equal(await until(page, 'overlay:summary'), 'overlay:summary');
    await page.keyboard.press('Enter');
    await page.waitForSelector('pierce/details[open][data-testid="ce-stuck"]', { timeout: 3000 });
    await page.keyboard.press('Escape');
    assert.equal(await until(page, 'page:username'), 'page:username');
  } finally {
    await page.close();
  }
});
