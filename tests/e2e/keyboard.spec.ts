import { fixtureByName } from '../support/fixtures.mjs';
import { activeElement } from '../support/readers.mjs';
import { expect, resetStorage, test } from './harness';

const activeInfo = activeElement;

test('keyboard only: Alt+Shift+C into the help and back, Tab through its controls, Escape returns', async ({ page, ext }) => {
  await resetStorage(ext.serviceWorker);
  await page.goto(fixtureByName('netocentre/login-new').url);
  await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'login');
  await page.locator('#username').focus();
  await page.keyboard.press('Alt+Shift+C');
  await expect.poll(() => page.evaluate(activeInfo)).toEqual({ where: 'overlay', testid: 'ce-panel' });
  // every control is reachable with Tab and operable with the keyboard
  await page.keyboard.press('Tab');
  await expect.poll(() => page.evaluate(activeInfo)).toEqual({ where: 'overlay', testid: 'ce-minimize' });
  // The card's question (no road known yet: one button per road), then « Je suis bloqué(e) »: all in the card.
  let seen = await page.evaluate(activeInfo);
  for (let i = 0; i < 8 && seen.testid !== 'summary'; i++) {
    await page.keyboard.press('Tab');
    seen = await page.evaluate(activeInfo);
    expect(seen.where).toBe('overlay');
  }
  expect(seen).toMatchObject({ where: 'overlay', testid: 'summary' });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ce-stuck')).toHaveAttribute('open', '');
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(activeInfo)).toEqual({ where: 'page', testid: 'username' });
  // minimise with the keyboard, then the shortcut reopens and focuses the help
  await page.keyboard.press('Alt+Shift+C');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ce-reopen')).toBeVisible();
  await page.locator('#password').focus();
  await page.keyboard.press('Alt+Shift+C');
  await expect(page.getByTestId('ce-panel')).toBeVisible();
  await expect.poll(() => page.evaluate(activeInfo)).toEqual({ where: 'overlay', testid: 'ce-panel' });
  await page.keyboard.press('Alt+Shift+C');
  await expect.poll(() => page.evaluate(activeInfo)).toEqual({ where: 'page', testid: 'password' });
});
