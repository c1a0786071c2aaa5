/**
 * The privacy page (issue 21): linked from the popup and the settings page, static text from the locales, in
 * the chosen language (Arabic right to left), WCAG 2.2 AA. PRIVACY.md says the same (tests/unit/privacy.test.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, resetStorage, shot, test } from './harness';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.beforeEach(async ({ ext }) => resetStorage(ext.serviceWorker));

test('popup and settings link to the privacy page; it says what is kept and that nothing is sent', async ({ page, ext }) => {
  const base = `chrome-extension://${ext.extensionId}`;
  await page.goto(`${base}/popup.html`);
  const link = page.getByTestId('popup-privacy-link');
  await expect(link).toHaveAttribute('href', `${base}/privacy.html`);
  await expect(link).toContainText('Confidentialité');

  await page.goto(`${base}/options.html`);
  await expect(page.getByTestId('options-privacy-link')).toHaveAttribute('href', `${base}/privacy.html`);
  await page.getByTestId('options-privacy-link').click();
  await expect(page).toHaveURL(`${base}/privacy.html`);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confidentialité');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('[data-section=kept] li')).toHaveCount(6);
  await expect(page.locator('[data-section=never]')).toContainText('mots de passe');
  await expect(page.locator('[data-section=sent]')).toContainText('aucune demande sur Internet');
  expect(await page.title()).toContain('Confidentialité');
  const r = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await shot(page, 'privacy-fr');
});

test('in Arabic (chosen in the popup): right to left, Arabic text', async ({ page, ext }) => {
  await ext.serviceWorker.evaluate(() => (globalThis as any).chrome.storage.local.set({ lang: 'ar' }));
  await page.goto(`chrome-extension://${ext.extensionId}/privacy.html`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الخصوصية');
  await expect(page.locator('[data-section=kept] li')).toHaveCount(6);
  const r = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await shot(page, 'privacy-ar');
});
