/**
 * A portal page whose own script arrives late, as over a phone's connection (the built extension in Chromium):
 * the entry and the UI module are there before the page is parsed, so the first card is rendered in the
 * DOMContentLoaded task itself and shows in the page's first frame (docs/decisions/first-card.md « In the
 * DOMContentLoaded task »). The page builds its form in its own DOMContentLoaded listener, as portals do:
 * the recognition runs after it and sees the form. The page: tests/support/late-page.mjs.
 */
import type { Page } from '@playwright/test';
import { fixtureByName, type Fixture } from '../support/fixtures.mjs';
import { LATE_MS, LATE_SCRIPT, latePage } from '../support/late-page.mjs';
import { expect, resetStorage, test } from './harness';

/** The fixture as a late page (tests/support/late-page.mjs) at its address, its script answered after LATE_MS. */
async function serve(page: Page, f: Fixture, o?: { stop?: boolean }) {
  await page.route(`**${LATE_SCRIPT}`, async (route) => {
    await new Promise((done) => setTimeout(done, LATE_MS));
    await route.fulfill({ status: 200, contentType: 'text/javascript', body: 'window.__late = true;' });
  });
  await page.route(f.url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: latePage(f, o) }));
}

test.describe('a page whose script arrives late', () => {
  for (const name of ['netocentre/login-new', 'educonnect/login']) {
    test(`${name}: the card is complete by the end of the DOMContentLoaded task`, async ({ page, ext }) => {
      await resetStorage(ext.serviceWorker);
      const f = fixtureByName(name);
      await serve(page, f);
      await page.goto(f.url);
      const atDcl = await page.waitForFunction(() => (window as unknown as { __atDcl?: unknown }).__atDcl ?? null);
      expect(await atDcl.jsonValue()).toEqual({ step: f.expect!.step, card: true });
      await expect(page.locator('compagnon-ent')).toHaveAttribute('data-portal', f.expect!.portal);
      await expect(page.getByTestId('ce-panel')).toBeVisible();
    });
  }

  test('a page that stops DOMContentLoaded at the document still gets its card (a task later)', async ({ page, ext }) => {
    await resetStorage(ext.serviceWorker);
    const f = fixtureByName('netocentre/login-new');
    await serve(page, f, { stop: true });
    await page.goto(f.url);
    await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', f.expect!.step);
    await expect(page.getByTestId('ce-panel')).toBeVisible();
    // No listener on window heard the event: the probe did not run.
    expect(await page.evaluate(() => (window as unknown as { __atDcl?: unknown }).__atDcl ?? null)).toBeNull();
  });
});
