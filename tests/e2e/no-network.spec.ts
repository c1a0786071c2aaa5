/**
 * Hardening (issue 9): no network. Every request made in the browser while the extension runs in each of its
 * contexts — background service worker, popup, content script on every fixture page, demonstration page —
 * is recorded (`context.on('request')`, which also reports the service worker's requests; a canary proves
 * it). Allowed: the fixture pages the test itself navigates to, and the extension's own files
 * (`chrome-extension://`, `data:`). Anything else is a request the extension made, and fails the test.
 */
import type { BrowserContext, Request } from '@playwright/test';
import { loadFixtures } from '../support/fixtures.mjs';
import { onePerStepAndState } from '../support/select.mjs';
import { expect, resetStorage, test } from './harness';

interface Seen {
  url: string;
  type: string;
  from: string;
}

/** Record every http(s)/ws request of the context; `visited` are the pages the test navigates to itself. */
function recorder(context: BrowserContext) {
  const visited = new Set<string>();
  const seen: Seen[] = [];
  const on = (r: Request) => {
    const url = r.url();
    if (!/^(https?|wss?|ftp):/i.test(url)) return; // chrome-extension:, data:, blob:, about: never leave the machine
    let from = 'page';
    if (r.serviceWorker()) from = `service worker ${r.serviceWorker()!.url()}`;
    else {
      try {
        from = r.frame().url();
      } catch {
        from = 'unknown';
      }
    }
    seen.push({ url, type: r.resourceType(), from });
  };
  context.on('request', on);
  return {
    visit(url: string) {
      visited.add(url);
      // as the browser sends it (variant fixtures drift their URLs: upper-case host, :443, hash)
      const sent = new URL(url);
      sent.hash = '';
      visited.add(sent.href);
      return url;
    },
    /** Requests other than the test's own navigations to fixture pages. */
    foreign: () =>
      seen.filter(
        (s) =>
          !(s.type === 'document' && visited.has(s.url)) &&
          // The browser's own favicon probe for a visited page is not the extension's.
          !(s.type === 'other' && /\/favicon\.ico$/.test(s.url)),
      ),
    all: () => seen,
    stop: () => context.off('request', on),
  };
}

test('canary: the recorder sees requests made by the service worker and from a page', async ({ page, ext }) => {
  const rec = recorder(ext.context);
  await ext.serviceWorker.evaluate(() => fetch('https://canary.invalid/probe').catch(() => null));
  await expect.poll(() => rec.all().some((s) => s.url === 'https://canary.invalid/probe' && s.from.startsWith('service worker'))).toBe(true);
  await page.goto(rec.visit(loadFixtures()[0].url));
  await page.evaluate(() => fetch('https://canary.invalid/page').catch(() => null));
  await expect.poll(() => rec.foreign().map((s) => s.url)).toEqual(['https://canary.invalid/probe', 'https://canary.invalid/page']);
  rec.stop();
});

// One page per step and state of every portal, and every negative page (each code path of the overlay once;
// markup variants of a step run the same code), in groups per portal folder so that each test has its own budget.
const fixtureGroups = new Map<string, ReturnType<typeof loadFixtures>>();
for (const f of onePerStepAndState()) {
  const parts = f.name.split('/');
  const group = parts.slice(0, parts[0] === 'variants' ? 2 : 1).join('/');
  fixtureGroups.set(group, [...(fixtureGroups.get(group) ?? []), f]);
}

for (const [group, fixtures] of fixtureGroups) {
  test(`content script on each step and state of ${group}, with typing and clicks: 0 requests`, async ({ page, ext }) => {
    // A budget, not an assertion: in CI the page work shares 2 cores with the Firefox and unit suites.
    test.setTimeout(60_000 + fixtures.length * 15_000);
    await resetStorage(ext.serviceWorker);
    const rec = recorder(ext.context);
    for (const f of fixtures) await test.step(f.name, async () => {
      await page.goto(rec.visit(f.url));
      if (f.expect) await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', f.expect.step);
      // Use the card: minimise and reopen (stored preferences, re-render).
      const min = page.getByTestId('ce-minimize');
      if (await min.isVisible()) {
        await min.click({ timeout: 5000 });
        await page.getByTestId('ce-reopen').click({ timeout: 5000 });
      }
      for (const field of (await page.locator('input[type=password], input[type=text], input:not([type])').all()).slice(0, 2)) {
        if (await field.isVisible()) await field.pressSequentially('Abc-12', { delay: 1 }).catch(() => {});
      }
    });
    // Late work (settle timers, journey round trips) gets a chance to run.
    await page.waitForTimeout(1500);
    rec.stop();
    expect(rec.foreign()).toEqual([]);
  });
}

test('popup, with every control used: 0 requests', async ({ page, ext }) => {
  const rec = recorder(ext.context);
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await expect(page.locator('#app')).not.toBeEmpty();
  for (const select of await page.locator('select').all()) {
    for (const value of await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))) {
      await select.selectOption(value);
    }
  }
  for (const box of await page.locator('input[type=checkbox], input[type=radio]').all()) await box.click().catch(() => {});
  for (const button of await page.locator('button').all()) await button.click().catch(() => {});
  // Links to our own pages (demo, options, in-page anchors). Links to the portals' official sites are the
  // user's own navigation to those sites, not requests of the extension.
  for (const link of await page.locator('a[href]:not([href^="http"]):visible').all()) {
    const [opened] = await Promise.all([ext.context.waitForEvent('page', { timeout: 3000 }).catch(() => null), link.click()]);
    await opened?.waitForLoadState().catch(() => {});
    await opened?.close();
  }
  await page.waitForTimeout(800);
  rec.stop();
  expect(rec.foreign()).toEqual([]);
});

test('demonstration page, walking a journey: 0 requests', async ({ page, ext }) => {
  const rec = recorder(ext.context);
  await page.goto(`chrome-extension://${ext.extensionId}/demo.html`);
  await page.waitForFunction(() => !!(window as any).compagnonDemo?.state().ready);
  const next = page.getByTestId('demo-next');
  for (let i = 0; i < 15 && (await next.isEnabled()); i++) {
    await next.click();
    await page.waitForFunction(() => (window as any).compagnonDemo.state().ready);
  }
  await page.waitForTimeout(800);
  rec.stop();
  expect(rec.foreign()).toEqual([]);
});

test('background: language change, tab closed, storage events: 0 requests', async ({ ext }) => {
  const rec = recorder(ext.context);
  const page = await ext.context.newPage();
  await page.goto(rec.visit(loadFixtures().find((f) => f.expect)!.url));
  await ext.serviceWorker.evaluate(async () => {
    const c = (globalThis as any).chrome;
    for (const lang of ['en', 'ar', 'fr', 'auto']) await c.storage.local.set({ lang });
  });
  await page.waitForTimeout(500);
  await page.close();
  await ext.serviceWorker.evaluate(() => new Promise((r) => setTimeout(r, 500)));
  rec.stop();
  expect(rec.foreign()).toEqual([]);
});
