// Every fixture page in Firefox ESR: the overlay on each recognised step (portal, step, state, a title), none on
// the others; the r-wayf tile inside a shadow root; axe on the overlay of one page per portal.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { fixtureByName, loadFixtures } from '../support/fixtures.mjs';
import { onePerPortal } from '../support/select.mjs';
import { assertNoOverlay, axe, extensionPage, fileBrowser, fixturePage, waitForStep, waitInCard } from './harness.mjs';

const browser = fileBrowser();

// One tab for the fixture pages, each test a navigation in it (a new tab per page cost more than the page).
let shared;
const tab = async () => (shared ??= await fixturePage(browser()));
after(async () => {
  await shared?.close().catch(() => {});
});

for (const f of loadFixtures()) {
  test(`firefox: ${f.name}`, async () => {
    const page = await tab();
    await page.goto(f.url);
    if (!f.expect) return assertNoOverlay(page);
    const got = await waitForStep(page, f.expect.step);
    assert.equal(got.portal, f.expect.portal);
    assert.equal(got.state, f.state);
    const title = await waitInCard(page, '[data-testid="ce-title"]', 5000);
    assert.ok((await title.evaluate((e) => e.textContent)).length > 3);
  });
}

test('firefox: r-wayf tile inside the shadow root is highlighted; minimise and reopen', async () => {
  // The EduConnect road (without a known road the ring picks no tile: situation.test.mjs).
  const ext = await extensionPage(browser());
  await ext.evaluate(() => browser.storage.local.set({ situation: { netocentre: { situation: 'everyday-educonnect' } }, situation$: { v: 1 } }));
  await ext.close();
  const page = await fixturePage(browser());
  try {
    await page.goto(fixtureByName('netocentre/profile-chooser-rwayf').url);
    await waitForStep(page, 'profile-chooser');
    await page.waitForFunction(
      () => document.querySelector('r-wayf')?.shadowRoot?.querySelector('#parentEleveEN-IdP')?.hasAttribute('data-compagnon-target'),
      { timeout: 8000, polling: 100 },
    );
    await (await waitInCard(page, '[data-testid="ce-minimize"]')).click();
    await waitInCard(page, '[data-testid="ce-reopen"]', 5000);
    assert.equal(await page.$('pierce/[data-testid="ce-panel"]'), null);
    await (await page.$('pierce/[data-testid="ce-reopen"]')).click();
    await waitInCard(page, '[data-testid="ce-panel"]', 5000);
  } finally {
    await page.close();
  }
});

// The Chromium suite scans the overlay with the same helper (support/axe.mjs): here Firefox's rendering of it.
for (const f of onePerPortal()) {
  test(`firefox axe: overlay on ${f.name}, open and minimised`, async () => {
    const page = await fixturePage(browser());
    try {
      await page.goto(f.url);
      await waitForStep(page, f.expect.step);
      await waitInCard(page, '[data-testid="ce-panel"]', 5000);
      assert.deepEqual(await axe(page), []);
      await (await waitInCard(page, '[data-testid="ce-minimize"]')).click();
      await waitInCard(page, '[data-testid="ce-reopen"]', 5000);
      assert.deepEqual(await axe(page), []);
    } finally {
      await page.close();
    }
  });
}
