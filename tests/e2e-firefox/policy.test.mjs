// School deployment with Firefox's REAL enterprise policy engine (issue 21), no stand-in for storage.managed:
// Firefox ESR reads a policies.json (deploy/firefox-policies.json's `3rdparty.Extensions` entry, as a school
// writes it) at start-up and gives it to the add-on's storage.managed. The card on a fixture page, the popup and
// the options page must show it.
//
// Where the file is: a school puts it in /usr/lib/firefox-esr/distribution/ (Debian) or /etc/firefox/policies/.
// Both are read by EVERY Firefox of the machine, and the other Firefox tests (which run beside this one, and use
// the same add-on id) must not see a school policy. So this test uses Firefox's own switch for testing policies:
// the pref `browser.policies.alternatePath` points the same policy engine at a file of ours; Firefox honours it
// only "in automation" (the pref security.turn_off_all_security_so_that_viruses_can_take_over_this_computer plus
// MOZ_DISABLE_NONLOCAL_CONNECTIONS=1 in this browser's environment; the pages are served by interception, no
// network is used). The parsing, validation and delivery are the real ones. ExtensionSettings' forced install
// needs addons.mozilla.org, so it is left out of the test file (documented in docs/deploiement.md).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { fixtureByName, loadFixtures, NOT_FOUND, pageFor } from '../support/fixtures.mjs';
import { ADDON_ID, EXT, extensionPage, UUID, waitForStep, waitInCard } from './harness.mjs';

const school = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../deploy/firefox-policies.json'), 'utf8'));
const config = school.policies['3rdparty'].Extensions[ADDON_ID];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-ff-policy-'));
const policyFile = path.join(tmp, 'policies.json');
const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');

let browser;
before(async () => {
  assert.ok(config?.support?.email, 'deploy/firefox-policies.json configures the add-on');
  fs.writeFileSync(policyFile, JSON.stringify({ policies: { '3rdparty': school.policies['3rdparty'] } }));
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    defaultViewport: { width: 1280, height: 800 },
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    args: ['--remote-allow-system-access', '--width=1280', '--height=800'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      'intl.locale.requested': 'fr',
      'intl.accept_languages': 'fr-FR, fr',
      'security.turn_off_all_security_so_that_viruses_can_take_over_this_computer': true,
      'browser.policies.alternatePath': policyFile,
    },
  });
  assert.equal(await browser.installExtension(EXT), ADDON_ID);
});
after(async () => {
  await browser?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

test('firefox: policies.json 3rdparty → managed storage, options page, popup and card show the school\'s settings', async () => {
  const options = await extensionPage(browser, 'options.html', () => !!document.querySelector('[data-testid="managed-info"]'));
  const managed = await options.evaluate(() => browser.storage.managed.get(null).then((r) => r, (e) => String(e)));
  assert.deepEqual(managed, config, 'the policy reached storage.managed');

  await options.waitForFunction(() => /Net O'Centre/.test(document.querySelector('[data-testid="managed-info"]')?.textContent ?? ''), {
    timeout: 10_000,
    polling: 100,
  });
  const info = await options.$eval('[data-testid="managed-info"]', (e) => e.textContent);
  for (const s of [config.establishment, config.suggestedChoice.label, config.support.name, config.support.email, config.support.phone])
    assert.ok(info.includes(s), `options page shows ${s}`);
  fs.mkdirSync(SHOTS, { recursive: true });
  await options.screenshot({ path: path.join(SHOTS, 'policy-firefox-options.png'), fullPage: true });

  const popup = await extensionPage(browser, 'popup.html', () => !!document.querySelector('[data-contact="managed"]'));
  const contact = await popup.$eval('[data-contact="managed"]', (e) => e.textContent);
  assert.match(contact, new RegExp(config.support.name));
  assert.ok(contact.includes(config.support.email) && contact.includes(config.support.phone), contact);
  assert.equal(await popup.$eval('[data-contact="managed"] a[href^="mailto:"]', (a) => a.getAttribute('href')), `mailto:${config.support.email}`);

  const page = await browser.newPage();
  const fixtures = loadFixtures();
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const url = req.url();
    if (!/^https?:/.test(url)) return req.continue();
    const f = pageFor(url, fixtures);
    return req.respond({ status: f ? 200 : 404, contentType: 'text/html; charset=utf-8', body: f ? f.html : NOT_FOUND });
  });
  await page.goto(fixtureByName('netocentre/profile-chooser-legacy').url);
  await waitForStep(page, 'profile-chooser');
  const offer = await waitInCard(page, '[data-testid="remember-offer"]', 8000);
  assert.match(await offer.evaluate((e) => e.textContent), new RegExp(`Votre établissement conseille «\\s?${config.suggestedChoice.label}\\s?»`));
  const support = await waitInCard(page, '[data-testid="support-contact"]', 5000);
  const text = await support.evaluate((e) => e.textContent);
  assert.ok(text.includes(config.support.name) && text.includes(config.support.email), text);
  await page.screenshot({ path: path.join(SHOTS, 'policy-firefox-card.png') });
});
