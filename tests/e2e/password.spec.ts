/**
 * Password help in Chromium (issue 5): on the cerbere2 new-password pages (and EduConnect's activation page
 * once its fixture exists) the checklist flips as characters are typed, the confirmation line appears once
 * the confirmation is typed, Caps Lock is warned about (login page too), `passwordrules` and
 * `autocomplete="new-password"` are set, the proposal fills both fields and meets every rule, the layout
 * works on a 360 × 740 phone — and no typed or proposed password ever reaches extension storage, the
 * console, or the network.
 */
import { type Page, type Worker } from '@playwright/test';
import { fixtureByName } from '../support/fixtures.mjs';
import { axe as axeOverlay, expect, phoneTest, resetStorage, shot, storage, store, test } from './harness';

const CERBERE = ['netocentre/activation-password', 'touraine-eschool/activation-password'];

const rules = (page: Page) => page.getByTestId('password-checklist').locator('li[data-rule]');
const rule = (page: Page, id: string) => page.getByTestId('password-checklist').locator(`li[data-rule="${id}"]`);
const pw = (page: Page) => page.locator('input[type=password]').nth(0);
const pw2 = (page: Page) => page.locator('input[type=password]').nth(1);

async function caps(page: Page, sel: ReturnType<typeof pw>, on: boolean) {
  await sel.evaluate((el, on) => {
    const init = { key: on ? 'A' : 'a', bubbles: true, composed: true, modifierCapsLock: on } as KeyboardEventInit;
    el.dispatchEvent(new KeyboardEvent('keydown', init));
    el.dispatchEvent(new KeyboardEvent('keyup', init));
  }, on);
}

/**
 * Headless Chromium on Linux reports en-US whatever --lang says, and locales/en.yml exists: choose French
 * in the extension (the popup's language setting) so texts and screenshots are the French ones.
 */
const french = (sw: Worker) => resetStorage(sw, { lang: 'fr' });

/** Every extension storage area, as JSON. */
const dumpStorage = (sw: Worker) => storage.dumpAll(store(sw));

for (const name of CERBERE) {
  test(`${name}: checklist, confirmation, Caps Lock, attributes, proposal`, async ({ page, ext }) => {
    await french(ext.serviceWorker);
    const f = fixtureByName(name);
    await page.goto(f.url);
    await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'activation-password');
    const list = page.getByTestId('password-checklist');
    await expect(list).toBeVisible();
    await expect.poll(() => rules(page).evaluateAll((ls) => ls.map((l) => l.getAttribute('data-rule')))).toEqual([
      'length',
      'upper',
      'lower',
      'digit',
      'special',
      'chars',
    ]);
    await expect(rules(page).filter({ has: page.locator('[aria-hidden]') })).toHaveCount(6); // an icon, not colour alone

    // attributes for browsers and password managers, on both fields
    for (const field of [pw(page), pw2(page)]) {
      await expect(field).toHaveAttribute('passwordrules', /^minlength: 8; allowed: upper, lower, digit, \[-/);
      await expect(field).toHaveAttribute('autocomplete', 'new-password');
    }

    // flips as characters are typed
    await pw(page).click();
    await expect(rule(page, 'length')).toHaveAttribute('data-met', 'false');
    await pw(page).pressSequentially('ab');
    await expect(rule(page, 'lower')).toHaveAttribute('data-met', 'true');
    await expect(rule(page, 'upper')).toHaveAttribute('data-met', 'false');
    await pw(page).pressSequentially('C4');
    await expect(rule(page, 'upper')).toHaveAttribute('data-met', 'true');
    await expect(rule(page, 'digit')).toHaveAttribute('data-met', 'true');
    await expect(rule(page, 'length')).toHaveAttribute('data-met', 'false');
    await shot(page, `password-${name.split('/')[0]}-half`);
    await pw(page).pressSequentially('def!');
    await expect(rule(page, 'length')).toHaveAttribute('data-met', 'true');
    await expect(rule(page, 'special')).toHaveAttribute('data-met', 'true');
    await pw(page).press('Backspace');
    await expect(rule(page, 'special')).toHaveAttribute('data-met', 'false');
    await expect(rule(page, 'length')).toHaveAttribute('data-met', 'false'); // 7 characters
    await pw(page).pressSequentially('!');
    // accent: advice line, explanation names the letter to type instead
    await pw(page).pressSequentially('é');
    await expect(rule(page, 'chars')).toHaveAttribute('data-met', 'false');
    await expect(page.getByTestId('password-problems')).toContainText('« é »');
    await expect(page.getByTestId('password-problems')).toContainText('« e »');
    await pw(page).press('Backspace');
    await expect(rule(page, 'chars')).toHaveAttribute('data-met', 'true');
    await expect(page.getByTestId('password-problems')).toHaveCount(0);
    // the page keeps what the user typed
    expect(await pw(page).inputValue()).toBe('abC4def!');

    // confirmation: nothing until typed in, then differ/identical
    await expect(page.getByTestId('password-match')).toHaveCount(0);
    await pw2(page).click();
    await pw2(page).pressSequentially('abC4');
    await expect(page.getByTestId('password-match')).toHaveAttribute('data-match', 'false');
    await expect(page.getByTestId('password-match')).toContainText('différents');
    await pw2(page).pressSequentially('def!');
    await expect(page.getByTestId('password-match')).toHaveAttribute('data-match', 'true');
    await expect(page.getByTestId('password-match')).toContainText('Les deux mots de passe sont identiques');
    await shot(page, `password-${name.split('/')[0]}-met`);

    // Caps Lock, on the focused password field
    await expect(page.getByTestId('caps-lock-warning')).toHaveCount(0);
    await caps(page, pw2(page), true);
    await expect(page.getByTestId('caps-lock-warning')).toBeVisible();
    await expect(page.getByTestId('caps-lock-warning')).toContainText(/Verr\.\s*Maj/);
    await shot(page, `password-${name.split('/')[0]}-capslock`);
    await caps(page, pw2(page), false);
    await expect(page.getByTestId('caps-lock-warning')).toHaveCount(0);

    // paste is not blocked
    await pw(page).fill('');
    await pw(page).focus();
    await page.evaluate(() => {
      const el = document.querySelectorAll('input[type=password]')[0] as HTMLInputElement;
      const dt = new DataTransfer();
      dt.setData('text/plain', 'x');
      const ev = new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true });
      el.dispatchEvent(ev);
      (window as any).__pasteBlocked = ev.defaultPrevented;
    });
    expect(await page.evaluate(() => (window as any).__pasteBlocked)).toBe(false);

    // the proposal: fills both fields, every rule met
    await page.getByTestId('password-generate').click();
    const proposal = (await page.getByTestId('password-proposal').textContent())!.trim();
    expect(proposal).toMatch(/^[A-HJKMNP-Z][a-z]+([!?@#\-+=%&])[a-z]+\1[a-z]+[2-9]$/);
    expect(proposal.length).toBeGreaterThanOrEqual(12);
    await page.getByTestId('password-generate').click(); // « Autre proposition »
    const other = (await page.getByTestId('password-proposal').textContent())!.trim();
    expect(other).not.toBe(proposal);
    // « Copier » puts exactly the proposal on the clipboard
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(f.url).origin });
    await page.getByTestId('password-copy').click();
    await expect(page.getByTestId('password-proposal-box')).toContainText('Mot de passe copié.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(other);
    await page.getByTestId('password-fill').click();
    expect(await pw(page).inputValue()).toBe(other);
    expect(await pw2(page).inputValue()).toBe(other);
    for (const l of await rules(page).all()) await expect(l).toHaveAttribute('data-met', 'true');
    await expect(page.getByTestId('password-match')).toHaveAttribute('data-match', 'true');
    await shot(page, `password-${name.split('/')[0]}-proposal`);
  });
}

test('axe (WCAG 2.2 AA): checklist half met, confirmation, proposal and Caps Lock warning', async ({ page, ext }) => {
  await french(ext.serviceWorker);
  await page.goto(fixtureByName('netocentre/activation-password').url);
  await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'activation-password');
  await pw(page).click();
  await pw(page).pressSequentially('abé');
  await pw2(page).click();
  await pw2(page).pressSequentially('x');
  await expect(page.getByTestId('password-match')).toBeVisible();
  await caps(page, pw2(page), true);
  await expect(page.getByTestId('caps-lock-warning')).toBeVisible();
  expect(await axeOverlay(page)).toEqual([]);
  await page.getByTestId('password-generate').click();
  await expect(page.getByTestId('password-proposal')).toBeVisible();
  expect(await axeOverlay(page)).toEqual([]);
});

test('Arabic chosen in the popup: the checklist reads right to left, the proposal stays left to right', async ({ page, ext }) => {
  await resetStorage(ext.serviceWorker, { lang: 'ar' });
  await page.goto(fixtureByName('touraine-eschool/activation-password').url);
  await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'activation-password');
  const inner = page.locator('.ce-pw-inner');
  await expect(inner).toHaveAttribute('dir', 'rtl');
  await expect(inner).toHaveAttribute('lang', 'ar');
  await expect(rule(page, 'length')).toContainText('8');
  // « caractères »: symbols of any kind, not letters (issue 20)
  await expect(rule(page, 'length')).toContainText('رموز');
  await pw(page).click();
  await pw(page).pressSequentially('abC4');
  await page.getByTestId('password-generate').click();
  await expect(page.getByTestId('password-proposal')).toHaveAttribute('dir', 'ltr');
  await shot(page, 'password-arabic');
});

test('login page: Caps Lock warning on the password field, no checklist', async ({ page, ext }) => {
  await french(ext.serviceWorker);
  await page.goto(fixtureByName('netocentre/login-new').url);
  await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'login');
  await page.locator('#password').click();
  await caps(page, page.locator('#password'), true);
  await expect(page.getByTestId('caps-lock-warning')).toBeVisible();
  await expect(page.getByTestId('password-checklist')).toHaveCount(0);
  expect(await page.locator('#password').getAttribute('passwordrules')).toBeNull(); // login fields are left alone
  await shot(page, 'password-login-capslock');
  await page.locator('#username').click();
  await expect(page.getByTestId('caps-lock-warning')).toHaveCount(0);
  // not on the username field
  await caps(page, page.locator('#username'), true);
  await expect(page.getByTestId('caps-lock-warning')).toHaveCount(0);
});

test('educonnect/activation: EduConnect rule (capital, special among ! ? @ # & = + - % < >)', async ({ page, ext }) => {
  await french(ext.serviceWorker);
  const f = fixtureByName('educonnect/activation');
  await page.goto(f.url);
  await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'activation');
  await expect(rule(page, 'special')).toContainText('! ? @ # & = + - % < >');
  await expect(page.locator('input[passwordrules]').first()).toHaveAttribute(
    'passwordrules',
    'minlength: 8; required: upper; required: [-!?@#&=+%<>]; allowed: lower, digit;',
  );
  const field = page.locator('input[passwordrules]').first();
  await field.click();
  await field.pressSequentially('Abcdefg$');
  await expect(rule(page, 'length')).toHaveAttribute('data-met', 'true');
  await expect(rule(page, 'special')).toHaveAttribute('data-met', 'false');
  await expect(rule(page, 'chars')).toHaveAttribute('data-met', 'false');
  await expect(page.getByTestId('password-problems')).toContainText('Évitez le caractère « $ »');
  await shot(page, 'password-educonnect-half');
  await page.getByTestId('password-generate').click();
  await page.getByTestId('password-fill').click();
  for (const l of await rules(page).all()) await expect(l).toHaveAttribute('data-met', 'true');
  await expect(page.getByTestId('password-match')).toHaveAttribute('data-match', 'true');
  await shot(page, 'password-educonnect-met');
});

test('privacy: typed and proposed passwords never reach storage, console or network', async ({ page, ext }) => {
  const MARKER = 'Marqueur7!Secret';
  const logs: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => logs.push(m.text()));
  ext.serviceWorker.on('console', (m) => logs.push(m.text()));
  page.on('request', (r) => requests.push(`${r.url()} ${r.postData() ?? ''}`));
  await french(ext.serviceWorker);
  await page.goto(fixtureByName('netocentre/activation-password').url);
  await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'activation-password');
  await pw(page).click();
  await pw(page).pressSequentially(MARKER);
  await pw2(page).click();
  await pw2(page).pressSequentially(MARKER);
  await expect(page.getByTestId('password-match')).toHaveAttribute('data-match', 'true');
  await page.getByTestId('password-generate').click();
  const proposal = (await page.getByTestId('password-proposal').textContent())!.trim();
  await page.getByTestId('password-fill').click();
  await expect(pw(page)).toHaveValue(proposal);
  // let any write of the controller land, then reload and navigate (the controller stores preferences)
  await page.waitForTimeout(800);
  await page.goto(fixtureByName('netocentre/login-new').url);
  await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'login');
  await page.waitForTimeout(500);
  const dump = await dumpStorage(ext.serviceWorker);
  expect(dump.length).toBeGreaterThan(2);
  for (const secret of [MARKER, proposal]) {
    expect(dump).not.toContain(secret);
    expect(logs.join('\n')).not.toContain(secret);
    expect(requests.join('\n')).not.toContain(secret);
  }
  // also not in the page: nothing of ours wrote it into an attribute or the DOM outside our UI
  expect(await page.content()).not.toContain(MARKER);
});

const phone = phoneTest;

phone('phone 360×740: checklist visible next to the focused field, not under the help sheet', async ({ phone: mobile }) => {
  await french(mobile.serviceWorker);
  const page = await mobile.context.newPage();
  await page.goto(fixtureByName('netocentre/activation-password').url);
  await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'activation-password');
  const vp = await page.evaluate(() => ({ w: innerWidth, h: visualViewport?.height ?? innerHeight }));
  const check = async (fieldIdx: number) => {
    const box = (await page.getByTestId('password-help').boundingBox())!;
    const field = (await page.locator('input[type=password]').nth(fieldIdx).boundingBox())!;
    const sheet = (await page.getByTestId('ce-panel').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(vp.h + 1);
    expect(box.x).toBeGreaterThanOrEqual(-1);
    expect(box.x + box.width).toBeLessThanOrEqual(vp.w + 1);
    const overlaps = (a: typeof box, b: typeof box) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    expect(overlaps(box, sheet), 'checklist under the help sheet').toBe(false);
    expect(overlaps(box, field), 'checklist covers the field').toBe(false);
  };
  await page.locator('input[type=password]').nth(0).tap();
  await page.locator('input[type=password]').nth(0).pressSequentially('abC4');
  await expect(rule(page, 'digit')).toHaveAttribute('data-met', 'true');
  await check(0);
  await shot(page, 'password-phone-half');
  await page.locator('input[type=password]').nth(0).pressSequentially('def!');
  await page.locator('input[type=password]').nth(1).tap();
  await page.locator('input[type=password]').nth(1).pressSequentially('abC4def!');
  await expect(page.getByTestId('password-match')).toHaveAttribute('data-match', 'true');
  for (const l of await rules(page).all()) await expect(l).toHaveAttribute('data-met', 'true');
  await check(1);
  await shot(page, 'password-phone-met');
  await page.getByTestId('password-generate').tap();
  await page.getByTestId('password-fill').tap();
  const proposal = (await page.getByTestId('password-proposal').textContent())!.trim();
  await expect(page.locator('input[type=password]').nth(1)).toHaveValue(proposal);
  await shot(page, 'password-phone-proposal');

  // On-screen keyboard open: only the top ~400 px are visible. The box stays in the visible part and off the
  // focused field, shrinking and scrolling inside if needed.
  await page.locator('input[type=password]').nth(0).tap();
  await page.setViewportSize({ width: 360, height: 400 });
  await page.locator('input[type=password]').nth(0).scrollIntoViewIfNeeded();
  await page.locator('input[type=password]').nth(0).press('End');
  await expect.poll(async () => {
    const box = await page.getByTestId('password-help').boundingBox();
    const field = await page.locator('input[type=password]').nth(0).boundingBox();
    const h = await page.evaluate(() => visualViewport?.height ?? innerHeight);
    if (!box || !field) return 'missing';
    const inside = box.y >= -1 && box.y + box.height <= h + 1;
    const clear = box.y >= field.y + field.height || box.y + box.height <= field.y;
    return inside && clear ? 'ok' : JSON.stringify({ box, field, h });
  }).toBe('ok');
  await shot(page, 'password-phone-keyboard');
  await page.close();
});
