/**
 * School deployment with the browser's REAL policy mechanism (issue 21), no stand-in for storage.managed:
 * Debian's Chromium reads every JSON file of /etc/chromium/policies/managed/ at start-up. The test writes one
 * (a unique name, removed in `finally`) holding `3rdparty.extensions.<test id>` — the school's contact and
 * portal as in deploy/chromium-linux.json — and starts Chromium with the TEST build: the built extension
 * with deploy/test-key.ts's public key in its manifest (what `CE_TEST_KEY=1 npx wxt build` writes), so its id
 * is the one of the policy. Other browsers started meanwhile (other spec files, other runs) load the extension
 * without that key, under another id: the policy cannot reach them. The card on a fixture page, the popup and
 * the options page must show what the policy says; the popup opened right after the start shows at once and
 * fills in the school's contact when the policy service answers.
 */
import { expect, test, type BrowserContext } from '@playwright/test';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TEST_EXTENSION_ID, TEST_PUBLIC_KEY } from '../../deploy/test-key';
import { fixtureByName } from '../support/fixtures.mjs';
import { EXTENSION_PATH, launchContext, SHOTS } from './harness';

const POLICY_DIR = process.env.CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';
/** deploy/chromium-linux.json is the file a school copies; the test uses it as it is. */
const SCHOOL = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../deploy/chromium-linux.json'), 'utf8'));

test('Chromium with a managed policy file: card, popup and options show the school\'s contact and portal', async () => {
  test.setTimeout(120_000);
  const config = SCHOOL['3rdparty'].extensions[TEST_EXTENSION_ID];
  expect(config?.support?.email, 'deploy/chromium-linux.json configures the test id').toBeTruthy();

  // Chromium derives an unpacked extension's id from its manifest key.
  const der = Buffer.from(TEST_PUBLIC_KEY, 'base64');
  const id = [...crypto.createHash('sha256').update(der).digest('hex').slice(0, 32)]
    .map((h) => String.fromCharCode(97 + parseInt(h, 16)))
    .join('');
  expect(id).toBe(TEST_EXTENSION_ID);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-policy-'));
  const ext = path.join(tmp, 'ext');
  fs.cpSync(EXTENSION_PATH, ext, { recursive: true });
  const manifest = JSON.parse(fs.readFileSync(path.join(ext, 'manifest.json'), 'utf8'));
  fs.writeFileSync(path.join(ext, 'manifest.json'), JSON.stringify({ ...manifest, key: TEST_PUBLIC_KEY }));

  fs.mkdirSync(POLICY_DIR, { recursive: true });
  const policyFile = path.join(POLICY_DIR, `compagnon-ent-e2e-${process.pid}-${crypto.randomUUID()}.json`);
  let context: BrowserContext | undefined;
  try {
    fs.writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [TEST_EXTENSION_ID]: config } } }));
    context = await launchContext(path.join(tmp, 'profile'), { extensionPath: ext });
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    expect(new URL(sw.url()).host).toBe(TEST_EXTENSION_ID);

    // Opened right after the browser starts, before Chromium's policy service answers: the popup shows at once,
    // the school's contact fills in when managed storage answers (issue 23).
    const early = await context.newPage();
    await early.goto(`chrome-extension://${TEST_EXTENSION_ID}/popup.html`);
    await expect(early.locator('#pp-where-h')).toBeVisible();
    await expect(early.locator('[data-contact="managed"]')).toContainText(config.support.name, { timeout: 15_000 });
    await early.close();

    // The policy reached the extension's managed storage, as Chromium validated it against managed_schema.json.
    await expect
      .poll(() => sw.evaluate(() => (globalThis as any).chrome.storage.managed.get(null)), { timeout: 15_000 })
      .toEqual(config);

    // Options page: the school's pre-configuration, read-only.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${TEST_EXTENSION_ID}/options.html`);
    const info = options.getByTestId('managed-info');
    await expect(info).toContainText("Net O'Centre");
    await expect(info).toContainText(config.establishment);
    await expect(info).toContainText(config.suggestedChoice.label);
    await expect(info).toContainText(config.support.name);
    await expect(info).toContainText(config.support.email);
    await expect(info).toContainText(config.support.phone);
    fs.mkdirSync(SHOTS, { recursive: true });
    await options.screenshot({ path: path.join(SHOTS, 'policy-chromium-options.png'), fullPage: true });

    // Popup: the school's contact first among the contacts.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${TEST_EXTENSION_ID}/popup.html`);
    const contact = popup.locator('[data-contact="managed"]');
    await expect(contact).toContainText(config.support.name);
    await expect(contact.getByRole('link', { name: new RegExp(config.support.email.replace(/\./g, '\\.')) })).toHaveAttribute(
      'href',
      `mailto:${config.support.email}`,
    );
    await expect(contact).toContainText(config.support.phone);

    // The card on the portal's profile chooser: the school's suggested choice and its support contact.
    const page = await context.newPage();
    await page.goto(fixtureByName('netocentre/profile-chooser-legacy').url);
    await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'profile-chooser');
    await expect(page.getByTestId('remember-offer')).toContainText(`Votre établissement conseille « ${config.suggestedChoice.label} »`);
    const support = page.getByTestId('support-contact');
    await expect(support).toContainText(config.support.name);
    await expect(support).toContainText(config.support.email);
    await page.screenshot({ path: path.join(SHOTS, 'policy-chromium-card.png') });
  } finally {
    fs.rmSync(policyFile, { force: true });
    await context?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
