// Firefox ESR e2e harness: Debian firefox-esr driven over WebDriver BiDi by puppeteer-core (no geckodriver,
// no download), the built Firefox extension installed as a temporary add-on, fixture pages served at their
// real URLs by request interception.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { loadFixtures, NOT_FOUND, pageFor } from '../support/fixtures.mjs';

export const EXT = path.resolve(import.meta.dirname, '../../.output', process.env.FF_TARGET ?? 'firefox-mv2');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const ADDON_ID = 'compagnon-ent@compagnon-ent.fr';
export const UUID = '6f1c9a52-7d0e-4c38-9a57-2b1d0c6e4f11'; // fixed moz-extension:// host (pref below)

export async function launch({ width = 1280, height = 800, prefs = {} } = {}) {
  assert.ok(fs.existsSync(path.join(EXT, 'manifest.json')), `build first: ${EXT}`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width, height },
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

/** A new tab whose requests are answered with fixture pages (anything else: a local 404). */
export async function fixturePage(browser) {
  const page = await browser.newPage();
  const fixtures = loadFixtures();
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const url = req.url();
    if (!/^https?:/.test(url)) return req.continue();
    const f = pageFor(url, fixtures);
    return req.respond({
      status: f ? 200 : 404,
      contentType: 'text/html; charset=utf-8',
      body: f ? f.html : NOT_FOUND,
    });
  });
  return page;
}

/** Attributes of <compagnon-ent>, waiting until it shows `step` (or until timeout). */
export async function waitForStep(page, step, timeout = 8000) {
  await page.waitForFunction(
    (s) => document.querySelector('compagnon-ent')?.getAttribute('data-step') === s,
    { timeout, polling: 100 },
    step,
  );
  return page.evaluate(() => {
    const h = document.querySelector('compagnon-ent');
    return { portal: h.getAttribute('data-portal'), step: h.getAttribute('data-step'), state: h.getAttribute('data-state') };
  });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

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
