import { loadFixtures } from '../support/fixtures.mjs';
import type { Worker } from '@playwright/test';
import { expect, expectNoOverlay, overlaps, resetStorage, shot, test } from './harness';

const fixtures = loadFixtures();

/** The family's answer per portal, as the card keeps it (issue 19). */
async function keepSituation(sw: Worker, memory: Record<string, { situation: string }>) {
  await sw.evaluate(async (m) => {
    await (globalThis as any).chrome.storage.local.set({ situation: m, situation$: { v: 1 } });
  }, memory);
}

test.describe('overlay on every fixture page (Chromium)', () => {
  // Independent tests (each clears storage and opens its own page): both workers take some.
  test.describe.configure({ mode: 'parallel' });
  for (const f of fixtures) {
    test(`${f.name}`, async ({ page, ext }) => {
      await resetStorage(ext.serviceWorker);
      await page.goto(f.url);
      const host = page.locator('compagnon-ent');
      if (!f.expect) return expectNoOverlay(page);
      await expect(host).toHaveAttribute('data-portal', f.expect.portal);
      await expect(host).toHaveAttribute('data-step', f.expect.step);
      if (f.state) await expect(host).toHaveAttribute('data-state', f.state);
      await expect(page.getByTestId('ce-panel')).toBeVisible();
      await expect(page.getByTestId('ce-title')).not.toBeEmpty();
      // Nothing kept (issue 19): a count only where the page itself tells the family's situation (an
      // activation page…; not on a detour such as a forced password change); elsewhere none rather than a
      // wrong one, and where the roads part the card asks.
      await page.waitForTimeout(300);
      if (!(await host.getAttribute('data-situation'))) await expect(page.getByTestId('ce-counter')).toHaveCount(0);
      else if (await page.getByTestId('ce-counter').count()) await expect(page.getByTestId('ce-counter')).toHaveText(/Étape \d+ sur \d+/);
      if (f.expect.step === 'activation-login') await expect(page.getByTestId('ce-counter')).toHaveText(/Étape \d+ sur \d+/);
    });
  }
});

test('profile chooser (new CAS): highlights the tile inside r-wayf\'s shadow root', async ({ page, ext }) => {
  await resetStorage(ext.serviceWorker);
  // The EduConnect road (without a known road the ring picks no tile: tests/e2e/situation.spec.ts).
  await keepSituation(ext.serviceWorker, { netocentre: { situation: 'everyday-educonnect' } });
  await page.goto(fixtures.find((f) => f.name === 'netocentre/profile-chooser-rwayf.html')!.url);
  await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'profile-chooser');
  // the tiles render 300 ms late inside the shadow root; the target follows them
  const target = page.locator('r-wayf').locator('a#parentEleveEN-IdP');
  await expect(target).toHaveAttribute('data-compagnon-target', '');
  await expect(page.getByTestId('ce-ring')).toBeVisible();
  const ring = await page.getByTestId('ce-ring').boundingBox();
  const tb = await target.boundingBox();
  expect(ring && tb && Math.abs(ring.x - tb.x) < 8 && Math.abs(ring.y - tb.y) < 8).toBeTruthy();
  await shot(page, 'netocentre-profile-chooser-rwayf');
});

test('legacy chooser, login (first connection with the ENT letter) and activation-password: target + screenshots', async ({ page, ext }) => {
  await resetStorage(ext.serviceWorker);
  await keepSituation(ext.serviceWorker, { 'touraine-eschool': { situation: 'first-educonnect' }, netocentre: { situation: 'first-ent' } });
  const byName = (n: string) => fixtures.find((f) => f.name === n)!;
  await page.goto(byName('touraine-eschool/profile-chooser-legacy.html').url);
  await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'profile-chooser');
  await expect(page.locator('a.parentEleveEN-IdP')).toHaveAttribute('data-compagnon-target', '');
  await shot(page, 'touraine-profile-chooser-legacy');

  await page.goto(byName('netocentre/login-new.html').url);
  await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'login');
  await expect(page.locator('[data-compagnon-target]')).toHaveText(/Activer mon compte/);
  await expect(page.getByTestId('ce-title')).toContainText('Activez votre compte');
  await shot(page, 'netocentre-login-first-visit');

  await page.goto(byName('netocentre/activation-password.html').url);
  await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'activation-password');
  await expect(page.locator('input[type=password]').first()).toHaveAttribute('data-compagnon-target', '');
  await shot(page, 'netocentre-activation-password');
});

test('minimise and reopen, remembered per step, keyboard operable, focus not stolen', async ({ page, ext }) => {
  await resetStorage(ext.serviceWorker);
  const login = fixtures.find((f) => f.name === 'netocentre/login-legacy.html')!;
  await page.goto(login.url);
  await expect(page.getByTestId('ce-panel')).toBeVisible();
  // the page keeps its focus: the overlay never takes it on its own
  const active = await page.evaluate(() => document.activeElement?.localName);
  expect(active).not.toBe('compagnon-ent');
  await page.getByTestId('ce-minimize').click();
  await expect(page.getByTestId('ce-panel')).toHaveCount(0);
  await expect(page.getByTestId('ce-reopen')).toBeVisible();
  await expect(page.getByTestId('ce-ring')).toHaveCount(0);
  // remembered after a reload
  await page.reload();
  await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'login');
  await expect(page.getByTestId('ce-reopen')).toBeVisible();
  // keyboard: focus the round button and press Enter
  await page.getByTestId('ce-reopen').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ce-panel')).toBeVisible();
  // another step is not minimised
  await page.goto(fixtures.find((f) => f.name === 'netocentre/activation-terms.html')!.url);
  await expect(page.getByTestId('ce-panel')).toBeVisible();
});

test('the card moves away from the field the user types in', async ({ page, ext }) => {
  await resetStorage(ext.serviceWorker);
  await page.setViewportSize({ width: 900, height: 600 });
  const html = fixtures.find((f) => f.name === 'netocentre/activation-password.html')!;
  await page.goto(html.url);
  await expect(page.getByTestId('ce-panel')).toBeVisible();
  for (const field of await page.locator('input').all()) {
    await field.focus();
    await page.waitForTimeout(100);
    const a = await field.boundingBox();
    const b = await page.getByTestId('ce-panel').boundingBox();
    expect(a && b && overlaps(a, b, 0), 'panel covers the focused field').toBeFalsy();
  }
});

test('overlay follows a page whose content changes without a new URL', async ({ page, ext }) => {
  await resetStorage(ext.serviceWorker);
  const home = fixtures.find((f) => f.name === 'netocentre/home.html')!;
  await page.goto(home.url);
  await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'home');
  await page.evaluate(() => {
    document.body.innerHTML = '<p>Chargement…</p>';
  });
  await expect(page.locator('compagnon-ent')).toHaveCount(0);
  await page.evaluate(() => {
    document.body.innerHTML = '<header><a id="portalCASLoginLink" href="https://ent.netocentre.fr/cas/login?service=x">Se connecter</a></header>';
  });
  await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'home');
});
