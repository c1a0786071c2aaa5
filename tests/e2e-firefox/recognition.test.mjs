import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fixtureByName, loadFixtures } from '../support/fixtures.mjs';
import { extensionPage, fixturePage, launch, sleep, waitForStep } from './harness.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

for (const f of loadFixtures()) {
  test(`firefox: ${f.name}`, async () => {
    const page = await fixturePage(browser);
    try {
      await page.goto(f.url);
      if (!f.expect) {
        await sleep(700);
        assert.equal(await page.$('compagnon-ent'), null, 'no overlay on a page that is not a step');
        return;
      }
      const got = await waitForStep(page, f.expect.step);
      assert.equal(got.portal, f.expect.portal);
      assert.equal(got.state, f.state);
      const title = await page.waitForSelector('pierce/[data-testid="ce-title"]', { timeout: 5000 });
      assert.ok((await title.evaluate((e) => e.textContent)).length > 3);
    } finally {
      await page.close();
    }
  });
}

test('firefox: r-wayf tile inside the shadow root is highlighted; minimise and reopen', async () => {
  // The EduConnect road (without a known road the ring picks no tile: situation.test.mjs).
  const ext = await extensionPage(browser);
  await ext.evaluate(() => browser.storage.local.set({ situation: { netocentre: { situation: 'everyday-educonnect' } }, situation$: { v: 1 } }));
  await ext.close();
  const page = await fixturePage(browser);
  try {
    await page.goto(fixtureByName('netocentre/profile-chooser-rwayf').url);
    await waitForStep(page, 'profile-chooser');
    await page.waitForFunction(
      () => document.querySelector('r-wayf')?.shadowRoot?.querySelector('#parentEleveEN-IdP')?.hasAttribute('data-compagnon-target'),
      { timeout: 8000, polling: 100 },
    );
    await (await page.waitForSelector('pierce/[data-testid="ce-minimize"]')).click();
    await page.waitForSelector('pierce/[data-testid="ce-reopen"]', { timeout: 5000 });
    assert.equal(await page.$('pierce/[data-testid="ce-panel"]'), null);
    await (await page.$('pierce/[data-testid="ce-reopen"]')).click();
    await page.waitForSelector('pierce/[data-testid="ce-panel"]', { timeout: 5000 });
  } finally {
    await page.close();
  }
});
