// Firefox: a portal page whose own script arrives late (tests/support/late-page.mjs), its form built by its own
// DOMContentLoaded listener: the card shows on it. Unlike Chromium (e2e/late-script.spec.ts), Firefox evaluated
// the entry only once the page was parsed, so the card comes in a task after DOMContentLoaded
// (docs/decisions/first-card.md « In the DOMContentLoaded task »); what the end of that task saw is not checked.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { fixtureByName } from '../support/fixtures.mjs';
import { LATE_MS, LATE_SCRIPT, latePage } from '../support/late-page.mjs';
import { fileBrowser, fixturePage, sleep, waitForStep, waitInCard } from './harness.mjs';

const browser = fileBrowser();
const pages = [];
after(async () => {
  for (const p of pages) await p.close().catch(() => {});
});

for (const name of ['netocentre/login-new', 'educonnect/login']) {
  test(`firefox: ${name} behind a late script, its form built at DOMContentLoaded: the card shows`, async () => {
    const f = fixtureByName(name);
    const page = await fixturePage(browser(), {
      serve: async (url) => {
        if (new URL(url).pathname === LATE_SCRIPT) return sleep(LATE_MS).then(() => 'window.__late = true;');
        return url === f.url ? latePage(f) : null;
      },
    });
    pages.push(page);
    await page.goto(f.url);
    const got = await waitForStep(page, f.expect.step);
    assert.equal(got.portal, f.expect.portal);
    assert.equal(await page.evaluate(() => window.__late), true, 'the late script ran');
    await waitInCard(page, '[data-testid="ce-panel"]', 5000);
  });
}
