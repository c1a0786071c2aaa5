/**
 * Playwright harness: Debian Chromium with the built extension loaded, fixture pages served at their real
 * URLs. One browser per test file (worker-scoped) keeps the suite fast; each test gets a fresh page.
 */
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadFixtures } from '../support/fixtures.mjs';
import { NOT_FOUND, pageFor } from '../support/fixtures.mjs';

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

export async function launchWithExtension(opts: LaunchOptions = {}) {
  if (!fs.existsSync(path.join(EXTENSION_PATH, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_PATH}: run "npx wxt build" first`);
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-pw-'));
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
      `--disable-extensions-except=${EXTENSION_PATH}`,
      `--load-extension=${EXTENSION_PATH}`,
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
  let [sw] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(sw.url()).host;
  const close = async () => {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, serviceWorker: sw, extensionId, close };
}

export const test = base.extend<
  { page: Page },
  { ext: { context: BrowserContext; serviceWorker: Worker; extensionId: string } }
>({
  ext: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const l = await launchWithExtension();
      await use(l);
      await l.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ ext }, use) => {
    const page = await ext.context.newPage();
    await use(page);
    await page.close();
  },
});
export const expect = test.expect;

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

/** Tests that run in their own phone-sized browser (worker-scoped fixture `phone`). */
export const phoneTest = base.extend<{}, { phone: Launched }>({ phone: browserFixture(PHONE) });

/** Tests over French and Arabic browsers, desktop and phone (each launched once per worker, when used). */
export const localeTest = base.extend<{}, { fr: Launched; ar: Launched; frPhone: Launched; arPhone: Launched }>({
  fr: browserFixture({ locale: 'fr-FR' }),
  ar: browserFixture({ locale: 'ar' }),
  frPhone: browserFixture({ locale: 'fr-FR', ...PHONE }),
  arPhone: browserFixture({ locale: 'ar', ...PHONE }),
});

export type Box = { x: number; y: number; width: number; height: number };
/** Do two boxes overlap by more than `slack` CSS pixels on both axes? */
export const overlaps = (a: Box, b: Box, slack = 0.5) =>
  a.x < b.x + b.width - slack && b.x < a.x + a.width - slack && a.y < b.y + b.height - slack && b.y < a.y + a.height - slack;

/** Clear the extension's storage between tests that depend on it. */
export async function resetStorage(sw: Worker) {
  await sw.evaluate(async () => {
    const c = (globalThis as any).chrome;
    await c.storage.local.clear();
    await c.storage.session?.clear();
  });
}

export async function shot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}
