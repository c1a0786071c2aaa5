/**
 * Playwright adapter of the shared scenario layer (tests/support/): Debian Chromium with the built extension
 * loaded, fixture pages served at their real URLs. The page-side readers, the fixture selection, storage and axe
 * live in tests/support/ and serve the Firefox runner too; this file only says how Chromium runs them.
 *
 * One `test` for every file: its worker-scoped browsers (French desktop, Arabic, English, phones) are launched
 * when a test first asks for one and shared by the files a worker runs. (Several `test.extend` with different
 * worker fixtures made Playwright give each its own worker process, restarting workers and browsers.)
 */
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadFixtures, NOT_FOUND, pageFor } from '../support/fixtures.mjs';
import { axe as axeIn } from '../support/axe.mjs';
import { layoutSettled, overlayAbsentAfterLoad } from '../support/readers.mjs';
import { NEGATIVE_AFTER_LOAD_MS } from '../support/schedule.mjs';
import * as storage from '../support/storage.mjs';
import type { StorageAdapter } from '../support/storage.mjs';

export { overlaps, type Box } from '../support/readers.mjs';
export { storage };

export const EXTENSION_PATH = path.resolve(import.meta.dirname, '../../.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HEADED = process.env.E2E_HEADED === '1';
export const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');

export interface LaunchOptions {
  locale?: string;
  viewport?: { width: number; height: number };
  isMobile?: boolean;
  hasTouch?: boolean;
  deviceScaleFactor?: number;
}

/**
 * Chromium with an extension loaded (default: the built one) in the profile `userDataDir`, fixture pages served at
 * their real URLs. The profile is the caller's: a test that restarts the browser passes the same one again.
 */
export async function launchContext(userDataDir: string, opts: LaunchOptions & { extensionPath?: string } = {}): Promise<BrowserContext> {
  const ext = opts.extensionPath ?? EXTENSION_PATH;
  if (!fs.existsSync(path.join(ext, 'manifest.json'))) {
    throw new Error(`No built extension at ${ext}: run "npx wxt build" first`);
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false,
    locale: opts.locale ?? 'fr-FR',
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    isMobile: opts.isMobile,
    hasTouch: opts.hasTouch,
    deviceScaleFactor: opts.deviceScaleFactor,
    args: [
      ...(HEADED ? [] : ['--headless=new']),
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      `--lang=${opts.locale ?? 'fr-FR'}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
  const fixtures = loadFixtures();
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return route.continue();
    const f = pageFor(url, fixtures);
    return route.fulfill({
      status: f ? 200 : 404,
      contentType: 'text/html; charset=utf-8',
      body: f ? f.html : NOT_FOUND,
    });
  });
  return context;
}

export async function launchWithExtension(opts: LaunchOptions = {}) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-pw-'));
  const context = await launchContext(userDataDir, opts);
  let [sw] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(sw.url()).host;
  const close = async () => {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, serviceWorker: sw, extensionId, close };
}

/** A phone: 360 × 740, touch, device scale factor 3 (issue 10). */
export const PHONE: LaunchOptions = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 };

export type Launched = Awaited<ReturnType<typeof launchWithExtension>>;
/** A worker-scoped browser with the extension, launched on first use and closed with the worker. */
const browserFixture = (opts: LaunchOptions) =>
  [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use: (l: Launched) => Promise<void>) => {
      const l = await launchWithExtension(opts);
      await use(l);
      await l.close();
    },
    { scope: 'worker' as const },
  ] as [(args: {}, use: (l: Launched) => Promise<void>) => Promise<void>, { scope: 'worker' }];

export const test = base.extend<
  { page: Page },
  { ext: Launched; fr: Launched; ar: Launched; en: Launched; phone: Launched; frPhone: Launched; arPhone: Launched }
>({
  /** French desktop 1280 × 800: most tests. `fr` is the same browser. */
  ext: browserFixture({}),
  fr: [async ({ ext }, use) => use(ext), { scope: 'worker' }],
  ar: browserFixture({ locale: 'ar' }),
  en: browserFixture({ locale: 'en-GB' }),
  /** French phone; `phone` is the same browser. */
  frPhone: browserFixture({ locale: 'fr-FR', ...PHONE }),
  phone: [async ({ frPhone }, use) => use(frPhone), { scope: 'worker' }],
  arPhone: browserFixture({ locale: 'ar', ...PHONE }),
  page: async ({ ext }, use) => {
    const page = await ext.context.newPage();
    await use(page);
    await page.close();
  },
});
export const expect = test.expect;
/** Former names of the same `test` (phone and locale browsers are fixtures of it). */
export const phoneTest = test;
export const localeTest = test;

/** The storage adapter of a Chromium browser: functions run in the extension's service worker. */
export const store = (sw: Worker): StorageAdapter => ({ run: (fn, arg) => sw.evaluate(fn as any, arg) as any });

/** Clear the extension's storage between tests that depend on it (with `lang`: that language chosen). */
export const resetStorage = (sw: Worker, o?: { lang?: string }) => storage.reset(store(sw), o);

/** axe-core (WCAG 2.2 AA) on our overlay, or with `{ include: null }` on a whole page of ours. */
export const axe = (page: Page, o?: Parameters<typeof axeIn>[1]) => axeIn((fn, arg) => page.evaluate(fn, arg), o);

/** The overlay must not appear: watched from the page's `load` through the entry's looks (support/schedule.mjs). */
export async function expectNoOverlay(page: Page) {
  const r = await page.evaluate(overlayAbsentAfterLoad, NEGATIVE_AFTER_LOAD_MS);
  expect(r.seen, `no overlay (watched until ${r.sinceLoad} ms after load)`).toBe(false);
  await expect(page.locator('compagnon-ent')).toHaveCount(0);
}

/** The card, ring and tag have stopped moving (smooth scroll, placement) across three frames. */
export async function settled(page: Page, timeout = 5000) {
  await page.waitForFunction(layoutSettled, null, { timeout, polling: 50 });
}

export async function shot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}
