/**
 * The page report (issue 22 §4) in Chromium with the built extension: « Cette page n'est pas reconnue ? » in the
 * popup (on a step and on a page of a supported host that is no step) and « L'aide ne correspond pas à la page »
 * in the card's « Je suis bloqué(e) », desktop and phone. The report shows whole, holds nothing typed, and the
 * copy button copies it (or selects it).
 */
import type { Page, Worker } from '@playwright/test';
import { fixtureByName } from '../support/fixtures.mjs';
import { expect, resetStorage, shot, test } from './harness';

const LOGIN = fixtureByName('netocentre/login-new');
const NOT_A_STEP = fixtureByName('variants/negative/recia-cas-404');
const TYPED_ID = 'kevin.dupontel77';
const TYPED_PASSWORD = 'Zorglub#4821x';

async function tabIdOf(sw: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  return sw.evaluate(async () => {
    const [tab] = await (globalThis as any).chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab.id as number;
  });
}

async function typeSecrets(page: Page) {
  await page.locator('#username').fill(TYPED_ID);
  await page.locator('#password').fill(TYPED_PASSWORD);
}

function expectClean(report: string) {
  expect(report).toContain('<!-- Compagnon ENT — rapport de page (v1) -->');
  expect(report).not.toContain(TYPED_ID);
  expect(report).not.toContain(TYPED_PASSWORD);
  expect(report.toLowerCase()).not.toMatch(/kevin|dupontel|zorglub/);
  // The header names the window's size (1280 × 800); the page's description has no long number.
  expect(report.slice(report.indexOf('<!doctype html>'))).not.toMatch(/\d{4,}/);
}

/** Copy: the clipboard holds the report, or (clipboard refused) the whole text is selected for the family. */
async function expectCopied(view: ReturnType<Page['getByTestId']>, page: Page, report: string) {
  await view.getByTestId('report-copy').click();
  await expect(view.getByTestId('report-status')).not.toBeEmpty();
  const status = await view.getByTestId('report-status').innerText();
  if (/copié/.test(status)) {
    // Reading back needs a permission prompt on some origins: read when allowed, within a second.
    const clip = await page
      .evaluate(() => Promise.race([navigator.clipboard.readText(), new Promise<null>((r) => setTimeout(() => r(null), 1000))]))
      .catch(() => null);
    if (clip !== null) expect(clip).toBe(report);
  } else {
    expect(status).toMatch(/sélectionné/);
    const sel = await view.getByTestId('report-text').evaluate((t: HTMLTextAreaElement) => t.selectionEnd - t.selectionStart);
    expect(sel).toBe(report.length);
  }
}

test.beforeEach(async ({ ext }) => {
  await resetStorage(ext.serviceWorker);
  await ext.serviceWorker.evaluate(async () => {
    await (globalThis as any).chrome.storage.local.set({ lang: 'fr', lang$: { v: 1 } });
  });
});

test.describe('page report', () => {
  test('popup on a step: the whole report, nothing typed, copy', async ({ page, ext }) => {
    await page.goto(LOGIN.url);
    await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'login');
    await typeSecrets(page);
    const tabId = await tabIdOf(ext.serviceWorker, page);
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 420, height: 720 });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByTestId('popup-report-open').click();
    const view = popup.getByTestId('report-view');
    await expect(view).toHaveAttribute('data-state', 'ready');
    const report = await view.getByTestId('report-text').inputValue();
    expectClean(report);
    expect(report).toContain('<!-- reconnu : netocentre/login -->');
    expect(report).toContain('<input id="username" name="username" type="text" autocomplete="username">');
    expect(report).toContain('<input id="password" name="password" type="password" autocomplete="off">');
    await expect(view).toContainText("Collez-la dans un e-mail au support de votre établissement.");
    await shot(popup, 'report-popup');
    await expectCopied(view, popup, report);
    await popup.setViewportSize({ width: 360, height: 740 });
    await shot(popup, 'report-popup-360');
    await popup.close();
  });

  test('popup on a page of a supported host that is no step', async ({ page, ext }) => {
    await page.goto(NOT_A_STEP.url);
    const tabId = await tabIdOf(ext.serviceWorker, page);
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByTestId('popup-report-open').click();
    const view = popup.getByTestId('report-view');
    await expect(view).toHaveAttribute('data-state', 'ready');
    const report = await view.getByTestId('report-text').inputValue();
    expect(report).toContain('<!-- reconnu : aucune étape -->');
    expect(report).toContain('<!-- portail : netocentre -->');
    await popup.close();
  });

  test('card: « L\'aide ne correspond pas à la page » in « Je suis bloqué(e) »', async ({ page, ext }) => {
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(LOGIN.url).origin });
    await page.goto(LOGIN.url);
    await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'login');
    await typeSecrets(page);
    // Nothing is sent: from here on, no request leaves the browser (the module comes from the extension).
    const sent: string[] = [];
    const onRequest = (r: { url(): string }) => void (/^(https?|wss?):/i.test(r.url()) && sent.push(r.url()));
    ext.context.on('request', onRequest);
    await page.getByTestId('ce-stuck').locator('summary').click();
    await page.getByTestId('card-report-open').click();
    const view = page.getByTestId('report-view');
    await expect(view).toHaveAttribute('data-state', 'ready');
    const report = await view.getByTestId('report-text').inputValue();
    expectClean(report);
    // The card itself is not part of the page's description.
    expect(report).not.toContain('compagnon-ent');
    expect(report).toContain('<!-- reconnu : netocentre/login -->');
    await view.scrollIntoViewIfNeeded();
    await shot(page, 'report-card');
    await expectCopied(view, page, report);
    ext.context.off('request', onRequest);
    expect(sent).toEqual([]);
    await view.getByTestId('report-close').click();
    await expect(page.getByTestId('card-report-open')).toBeVisible();
  });

  test('card on a phone: the report in the sheet', async ({ phone }) => {
    await resetStorage(phone.serviceWorker, { lang: 'fr' });
    const page = await phone.context.newPage();
    await page.goto(LOGIN.url);
    await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'login');
    await typeSecrets(page);
    await page.getByTestId('ce-toggle').tap();
    await expect(page.getByTestId('ce-panel')).toHaveAttribute('data-expanded', 'true');
    await page.getByTestId('ce-stuck').locator('summary').click();
    await page.getByTestId('card-report-open').click();
    const view = page.getByTestId('report-view');
    await expect(view).toHaveAttribute('data-state', 'ready');
    expectClean(await view.getByTestId('report-text').inputValue());
    await view.getByTestId('report-copy').scrollIntoViewIfNeeded();
    await shot(page, 'report-card-phone');
    await page.close();
  });
});
