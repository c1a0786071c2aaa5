// puppeteer-core adapter of the shared scenario layer (tests/support/): Debian firefox-esr driven over WebDriver
// BiDi (no geckodriver, no download), the built Firefox extension installed as a temporary add-on, fixture pages
// served at their real URLs by request interception. The page-side readers, the fixture selection, storage and
// axe live in tests/support/ and serve the Chromium runner too; this file only says how Firefox runs them.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before } from 'node:test';
import puppeteer from 'puppeteer-core';
import { axe as axeIn } from '../support/axe.mjs';
import { loadFixtures, NOT_FOUND, pageFor } from '../support/fixtures.mjs';
import { overlayAbsentAfterLoad, overlayState } from '../support/readers.mjs';
import { NEGATIVE_AFTER_LOAD_MS } from '../support/schedule.mjs';
import * as storage from '../support/storage.mjs';

export { storage };
export const EXT = path.resolve(import.meta.dirname, '../../.output', process.env.FF_TARGET ?? 'firefox-mv2');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const ADDON_ID = 'compagnon-ent@compagnon-ent.fr';
export const UUID = '6f1c9a52-7d0e-4c38-9a57-2b1d0c6e4f11'; // fixed moz-extension:// host (pref below)
export const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');

/** Firefox with the extension installed. `env` for the browser process (a throwaway HOME: managed storage). */
export async function launch({ width = 1280, height = 800, prefs = {}, env } = {}) {
  assert.ok(fs.existsSync(path.join(EXT, 'manifest.json')), `build first: ${EXT}`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width, height },
    ...(env ? { env } : {}),
    args: ['--remote-allow-system-access', `--width=${width}`, `--height=${height}`],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      'intl.locale.requested': 'fr',
      'intl.accept_languages': 'fr-FR, fr',
      ...prefs,
    },
  });
  const id = await browser.installExtension(EXT);
  assert.equal(id, ADDON_ID);
  return browser;
}

/**
 * One browser for the tests of a file: launched before them, closed after. Returns a getter, since the browser
 * exists only once `before` has run: `const ff = fileBrowser(); … ff()`.
 */
export function fileBrowser(opts) {
  let browser;
  before(async () => {
    browser = await launch(opts);
  });
  after(async () => {
    await browser?.close();
  });
  return () => browser;
}

/**
 * A new tab whose requests are answered with fixture pages (anything else: a local 404). `serve(url)` may
 * answer first with a page of its own (a fixture with a spy or sabotage added), or a promise of one (an answer
 * that comes late).
 */
export async function fixturePage(browser, { serve } = {}) {
  const page = await browser.newPage();
  const fixtures = loadFixtures();
  await page.setRequestInterception(true);
  page.on('request', async (req) => {
    const url = req.url();
    if (!/^https?:/.test(url)) return req.continue();
    const own = await serve?.(url);
    const f = own == null ? pageFor(url, fixtures) : null;
    const body = own ?? f?.html ?? NOT_FOUND;
    return req.respond({ status: own != null || f ? 200 : 404, contentType: 'text/html; charset=utf-8', body });
  });
  return page;
}

/**
 * Waits for `sel` inside the card's shadow root. Puppeteer polls `pierce/` waits with a MutationObserver on the
 * document, which never sees a change inside a shadow root: a state the card reaches without touching the page's
 * own DOM (the report turning ready) would be missed. Polling each frame sees it.
 */
export const waitInCard = (page, sel, timeout) => page.waitForSelector(`pierce/${sel}`, { polling: 'raf', ...(timeout ? { timeout } : {}) });

/** The overlay's attributes (support/readers.mjs overlayState), waiting until it shows `step`. */
export async function waitForStep(page, step, timeout = 8000) {
  await page.waitForFunction(
    (s) => document.querySelector('compagnon-ent')?.getAttribute('data-step') === s,
    { timeout, polling: 100 },
    step,
  );
  return page.evaluate(overlayState);
}

/** The overlay must not appear: watched from the page's `load` through the entry's looks (support/schedule.mjs). */
export async function assertNoOverlay(page) {
  const r = await page.evaluate(overlayAbsentAfterLoad, NEGATIVE_AFTER_LOAD_MS);
  assert.equal(r.seen, false, `no overlay (watched until ${r.sinceLoad} ms after load)`);
  assert.equal(await page.$('compagnon-ent'), null, 'no overlay on a page that is not a step');
}

/** axe-core (WCAG 2.2 AA) on our overlay, or with `{ include: null }` on a whole page of ours. */
export const axe = (page, o) => axeIn((fn, arg) => page.evaluate(fn, arg), o);

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Poll `read()` until `pred(value)` holds; returns the value. On time-out: fails with `what` and the last value
 * (or returns it, with `{ orLast: true }`, for an assertion of its own to report).
 */
export async function until(read, pred, what, { timeout = 5000, every = 100, orLast = false } = {}) {
  const end = Date.now() + timeout;
  let v;
  for (;;) {
    v = await read();
    if (pred(v)) return v;
    if (Date.now() > end) break;
    await sleep(every);
  }
  if (orLast) return v;
  assert.fail(`timed out: ${what}: ${JSON.stringify(v)}`);
}

export async function shot(page, name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/**
 * A tab showing one of our extension pages, once its `browser` API is there. BiDi never reports the load of an
 * extension page, so `goto` is not awaited; the wait is repeated when it started on the blank page that the
 * navigation then replaced (puppeteer's "Waiting failed").
 */
export async function extensionPage(browser, file = 'popup.html', ready = () => !!globalThis.browser?.storage?.local) {
  const page = await browser.newPage();
  page.goto(`moz-extension://${UUID}/${file}`).catch(() => {});
  for (let i = 0; ; i++) {
    try {
      await page.waitForFunction(ready, { timeout: 10_000, polling: 100 });
      return page;
    } catch (e) {
      if (i >= 3) throw e;
      await sleep(200);
    }
  }
}

/** The storage adapter over an open extension page. */
export const pageStore = (page) => ({ run: (fn, arg) => page.evaluate(fn, arg) });

/** The storage adapter of a browser: each call in an extension page opened for it. */
export const browserStore = (browser) => ({
  async run(fn, arg) {
    const page = await extensionPage(browser);
    try {
      return await page.evaluate(fn, arg);
    } finally {
      await page.close();
    }
  },
});
