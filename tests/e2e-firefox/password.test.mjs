// Password help in Firefox ESR (issue 5): the checklist flips as characters are typed, the confirmation
// line, Caps Lock warning, `passwordrules`, the proposal fills both fields with every rule met — at
// 1280 px and in a 360 px wide window — and no typed or proposed password ends up in extension storage.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { fixtureByName } from '../support/fixtures.mjs';
import { passwordUi } from '../support/readers.mjs';
import { browserStore, fixturePage, launch, shot, sleep, storage, until as poll, waitForStep, waitInCard } from './harness.mjs';

const browsers = [];
after(async () => {
  for (const b of browsers) await b.close().catch(() => {});
});

/** The password help, read in the page (support/readers.mjs passwordUi), until `pred` holds. */
const until = (page, pred, what) => poll(() => page.evaluate(passwordUi), pred, what);

async function click(page, testid) {
  const el = await waitInCard(page, `[data-testid="${testid}"]`, 5000);
  await el.click();
}

async function run(width, height) {
  const browser = await launch({ width, height });
  browsers.push(browser);
  // Firefox ESR ships en-US only, and locales/en.yml exists: French chosen in the extension (the popup's
  // language setting) so the texts and screenshots are the French ones.
  await storage.setLanguage(browserStore(browser), 'fr');
  const page = await fixturePage(browser);
  const MARKER = 'Secret9?Renard';
  await page.goto(fixtureByName('netocentre/activation-password').url);
  await waitForStep(page, 'activation-password');
  const [pw, pw2] = await page.$$('input[type=password]');
  for (const f of [pw, pw2]) {
    const a = await f.evaluate((e) => ({ rules: e.getAttribute('passwordrules'), ac: e.getAttribute('autocomplete') }));
    assert.match(a.rules, /^minlength: 8; /);
    assert.equal(a.ac, 'new-password');
  }
  await pw.click();
  await pw.type('abC4');
  let s = await until(page, (x) => x.rules.digit === 'true', 'digit met after typing abC4');
  assert.deepEqual(s.rules, { length: 'false', upper: 'true', lower: 'true', digit: 'true', special: 'false', chars: 'true' });
  assert.ok(s.help?.visible, 'checklist visible while typing');
  assert.ok(s.help.left >= -1 && s.help.right <= s.vw + 1, `checklist inside the ${width} px window`);
  assert.ok(s.help.top >= -1 && s.help.bottom <= s.vh + 1, 'checklist inside the window height');
  await pw.type('def!');
  await until(page, (x) => x.rules.length === 'true' && x.rules.special === 'true', 'length and special met');
  assert.equal(s.match, null, 'no confirmation line before typing in it');
  await pw2.click();
  await pw2.type('abC4');
  await until(page, (x) => x.match === 'false', 'confirmation differs');
  await pw2.type('def!');
  await until(page, (x) => x.match === 'true', 'confirmation identical');
  await shot(page, `firefox-password-${width}-met`);

  // Caps Lock on the focused password field
  await pw2.evaluate((el) => el.dispatchEvent(new KeyboardEvent('keydown', { key: 'A', bubbles: true, modifierCapsLock: true })));
  await until(page, (x) => x.caps, 'Caps Lock warning shown');
  await pw2.evaluate((el) => el.dispatchEvent(new KeyboardEvent('keyup', { key: 'a', bubbles: true, modifierCapsLock: false })));
  await until(page, (x) => !x.caps, 'Caps Lock warning gone');

  // a marker typed by the user, then the proposal
  await pw.click({ count: 3 });
  await pw.type(MARKER);
  await click(page, 'password-generate');
  s = await until(page, (x) => !!x.proposal, 'proposal shown');
  const proposal = s.proposal;
  await shot(page, `firefox-password-${width}-proposal`);
  assert.ok(proposal.length >= 12);
  await click(page, 'password-fill');
  s = await until(page, (x) => Object.values(x.rules).every((v) => v === 'true') && x.match === 'true', 'all rules met after fill');
  assert.equal(await pw.evaluate((e) => e.value), proposal);
  assert.equal(await pw2.evaluate((e) => e.value), proposal);
  await sleep(500);
  const dump = await storage.dumpAll(browserStore(browser));
  assert.ok(!dump.includes(MARKER), 'typed password not in storage');
  assert.ok(!dump.includes(proposal), 'proposal not in storage');
  await page.close();
}

test('firefox: checklist flips, confirmation, Caps Lock, proposal fills, nothing stored (1280 × 800)', async () => {
  await run(1280, 800);
});

test('firefox: the same in a 360 px wide window', async () => {
  await run(360, 740);
});
