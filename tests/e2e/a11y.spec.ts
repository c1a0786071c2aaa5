/**
 * WCAG 2.2 AA (axe-core) on the overlay: one fixture page of each portal, open and minimised.
 * Only our UI is scanned (the fixture pages imitate third-party portals, whose markup is not ours).
 */
import type { Page } from '@playwright/test';
import { loadFixtures } from '../support/fixtures.mjs';
import { onePerPortal } from '../support/select.mjs';
import { axe, expect, resetStorage, shot, storage, store, test, type Launched } from './harness';

const axeOverlay = (page: Page) => axe(page);

for (const f of onePerPortal()) {
  test(`axe: overlay on ${f.name}, open and minimised`, async ({ page, ext }) => {
    await resetStorage(ext.serviceWorker);
    await page.goto(f.url);
    await expect(page.getByTestId('ce-panel')).toBeVisible();
    await page.getByTestId('ce-stuck').locator('summary').click();
    expect(await axeOverlay(page)).toEqual([]);
    await page.getByTestId('ce-minimize').click();
    await expect(page.getByTestId('ce-reopen')).toBeVisible();
    expect(await axeOverlay(page)).toEqual([]);
  });
}

test('zoom 200 %: the help stays readable and usable', async ({ page, ext }) => {
  await resetStorage(ext.serviceWorker);
  await page.setViewportSize({ width: 640, height: 400 }); // 1280 × 800 at 200 %
  await page.goto(loadFixtures().find((f) => f.name === 'netocentre/login-new.html')!.url);
  const panel = page.getByTestId('ce-panel');
  await expect(panel).toBeVisible();
  const b = (await panel.boundingBox())!;
  expect(b.x).toBeGreaterThanOrEqual(0);
  expect(b.x + b.width).toBeLessThanOrEqual(640);
  expect(b.y + b.height).toBeLessThanOrEqual(400);
  await shot(page, 'zoom-200-login');
});

// ------------------------------------------------------------------------------------------------------
// Issue 8: the same checks in Arabic (right to left), the demonstration page and the popup in fr and ar,
// keyboard-only use of the popup and its language picker.

type Ext = Launched;

for (const f of onePerPortal()) {
  test(`axe (ar, right to left): overlay on ${f.name}, open and minimised`, async ({ ar }) => {
    await resetStorage(ar.serviceWorker);
    const page = await ar.context.newPage();
    await page.goto(f.url);
    await expect(page.getByTestId('ce-panel')).toBeVisible();
    await expect(page.locator('compagnon-ent .ce-root')).toHaveAttribute('dir', 'rtl');
    await page.getByTestId('ce-stuck').locator('summary').click();
    expect(await axeOverlay(page)).toEqual([]);
    await page.getByTestId('ce-minimize').click();
    await expect(page.getByTestId('ce-reopen')).toBeVisible();
    expect(await axeOverlay(page)).toEqual([]);
    await page.close();
  });
}

/** axe on a whole extension page; the demonstration's simulated portal page (a copy of third-party markup) is left out. */
const axePage = (page: Page) => axe(page, { include: null, exclude: 'iframe.stage-iframe' });

async function openDemoPage(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/demo.html`);
  await page.waitForFunction(() => !!window.compagnonDemo && document.body.hasAttribute('data-stage-ready'));
  await expect(page.locator('compagnon-ent [data-testid=ce-panel]')).toBeVisible();
}

test('axe (fr): demonstration page, with its overlay open and minimised', async ({ page, ext }) => {
  await resetStorage(ext.serviceWorker);
  await openDemoPage(page, ext.extensionId);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  expect(await axePage(page)).toEqual([]);
  await page.getByTestId('ce-minimize').click();
  await expect(page.getByTestId('ce-reopen')).toBeVisible();
  expect(await axePage(page)).toEqual([]);
});

test('axe (ar): demonstration page, with its overlay open and minimised', async ({ ar }) => {
  await resetStorage(ar.serviceWorker);
  const page = await ar.context.newPage();
  await openDemoPage(page, ar.extensionId);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(await axePage(page)).toEqual([]);
  await page.getByTestId('ce-minimize').click();
  await expect(page.getByTestId('ce-reopen')).toBeVisible();
  expect(await axePage(page)).toEqual([]);
  await page.close();
});

test('axe (fr): popup', async ({ page, ext }) => {
  await resetStorage(ext.serviceWorker);
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await expect(page.getByTestId('language-auto')).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  expect(await axePage(page)).toEqual([]);
});

test('axe (ar): popup', async ({ ar }) => {
  await resetStorage(ar.serviceWorker);
  const page = await ar.context.newPage();
  await page.goto(`chrome-extension://${ar.extensionId}/popup.html`);
  await expect(page.getByTestId('language-auto')).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  expect(await axePage(page)).toEqual([]);
  await page.close();
});

/** What has the focus, and whether it shows a visible focus indicator (outline or ring). */
const focusInfo = () => {
  const a = document.activeElement as HTMLElement | null;
  if (!a || a === document.body) return { testid: null, visible: false };
  const cs = getComputedStyle(a);
  // the browser's own focus ring (outline-style: auto) or an outline of at least 2 px
  const outline = cs.outlineStyle === 'auto' || (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2);
  const label = a.closest('label');
  const ring = !!label && getComputedStyle(label).boxShadow !== 'none';
  return { testid: a.getAttribute('data-testid'), visible: outline || ring };
};

test('keyboard only: popup — Tab reaches every control with a visible focus, arrows choose the language, no trap', async ({ page, ext }) => {
  await resetStorage(ext.serviceWorker);
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await expect(page.getByTestId('language-auto')).toBeChecked();
  // Tab from the top: every stop shows a visible focus, until the language choice (the last section)
  const stops: string[] = [];
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press('Tab');
    const f = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return { id: a?.getAttribute('data-testid') ?? `${a?.localName}:${(a?.textContent ?? '').trim().slice(0, 30)}` };
    });
    await expect.poll(() => page.evaluate(focusInfo)).toMatchObject({ visible: true });
    stops.push(f.id);
    if (f.id === 'language-auto') break;
  }
  expect(stops.at(-1)).toBe('language-auto');
  expect(stops).toEqual(expect.arrayContaining(['popup-demo-link', 'popup-options-link']));
  // every tabbable control of the popup was a stop (a radio group is one stop)
  const tabbable = await page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), input:not([type=radio]), summary, select, textarea, [tabindex]:not([tabindex="-1"])')].filter(
        (e) => e.checkVisibility({ visibilityProperty: true }) && !e.closest('[hidden], [inert]'),
      ).length,
  );
  expect(stops.length - 1).toBeGreaterThanOrEqual(tabbable);
  // arrows choose: down three times → العربية; the popup turns right to left, the focus stays on the choice
  for (const expected of ['language-fr', 'language-en', 'language-ar']) {
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(focusInfo)).toEqual({ testid: expected, visible: true });
  }
  await expect(page.getByTestId('language-ar')).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect
    .poll(() => ext.serviceWorker.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('lang')).lang))
    .toBe('ar');
  await shot(page, 'popup-keyboard-ar');
  // back to automatic: the choice wraps around, the popup is French again
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('language-auto')).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  // no trap: Tab leaves the group, Shift+Tab comes back to the link
  await page.keyboard.press('Tab');
  await expect.poll(() => page.evaluate(focusInfo)).not.toMatchObject({ testid: 'language-auto' });
  await page.keyboard.press('Shift+Tab');
  await expect.poll(() => page.evaluate(focusInfo)).toMatchObject({ testid: 'language-auto' });
  await page.keyboard.press('Shift+Tab');
  await expect.poll(() => page.evaluate(focusInfo)).not.toMatchObject({ testid: 'language-auto' });
  // the language choice targets are at least 24 × 24 px (WCAG 2.5.8): the whole line is clickable
  for (const c of ['auto', 'fr', 'en', 'ar']) {
    const b = (await page.getByTestId(`language-${c}`).locator('xpath=..').boundingBox())!;
    expect(b.height).toBeGreaterThanOrEqual(24);
    expect(b.width).toBeGreaterThanOrEqual(24);
  }
  await resetStorage(ext.serviceWorker);
});

test('system preferences: reduced motion stops the pulse, more contrast firms the card, forced colours keep borders', async ({ page, ext }) => {
  await resetStorage(ext.serviceWorker);
  // A known road: the card shows its counter, whose contrast is checked below.
  await ext.serviceWorker.evaluate(() =>
    (globalThis as any).chrome.storage.local.set({ situation: { netocentre: { situation: 'everyday-ent' } }, situation$: { v: 1 } }),
  );
  await page.goto(loadFixtures().find((f) => f.name === 'netocentre/login-new.html')!.url);
  await expect(page.getByTestId('ce-panel')).toBeVisible();
  // The pulse is the ring's halo (its ::after), faded in and out.
  const pulse = () => page.getByTestId('ce-ring').evaluate((el) => getComputedStyle(el, '::after').animationName);
  await expect.poll(pulse).toBe('ce-pulse');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await expect.poll(pulse).toBe('none');

  const panel = page.getByTestId('ce-panel');
  const normal = await panel.evaluate((el) => getComputedStyle(el).borderTopWidth);
  await page.emulateMedia({ contrast: 'more' });
  await expect.poll(() => panel.evaluate((el) => getComputedStyle(el).borderTopWidth)).not.toBe(normal);
  await expect(page.getByTestId('ce-counter')).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');

  await page.emulateMedia({ contrast: 'no-preference', forcedColors: 'active' });
  await expect(panel).toHaveCSS('border-top-style', 'solid');
  await expect.poll(() => panel.evaluate((el) => parseFloat(getComputedStyle(el).borderTopWidth))).toBeGreaterThanOrEqual(2);
  await shot(page, 'forced-colors-login');
});

// Options page (remembered choices) and the password checklist, in fr and ar.
const ENTRIES = (now: number) => [
  { portal: 'netocentre', establishment: 'lycees.netocentre.fr', value: 'parentEleveEN-IdP', label: 'Élève ou parent', lastUsed: now, auto: false, name: 'Lucas — lycée Pothier' },
  { portal: 'mon-ent-occitanie', establishment: 'jean-moulin.mon-ent-occitanie.fr', value: 'MONT-EDU_parent_eleve', label: "Élève ou parent de l'académie de Montpellier avec EduConnect", lastUsed: now - 1000, auto: true },
];

async function optionsScan(ext: Pick<Ext, 'serviceWorker' | 'extensionId'>, page: Page, lang: 'fr' | 'ar') {
  await resetStorage(ext.serviceWorker);
  await storage.setChoices(store(ext.serviceWorker), ENTRIES(Date.now()));
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
  await expect(page.getByText('Lucas — lycée Pothier').first()).toBeVisible();
  expect(await axePage(page)).toEqual([]);
  await shot(page, `options-${lang}`);
}

test('axe (fr): options page with remembered choices', async ({ page, ext }) => {
  await optionsScan(ext, page, 'fr');
});

test('axe (ar): options page with remembered choices', async ({ ar }) => {
  const page = await ar.context.newPage();
  await optionsScan(ar, page, 'ar');
  await page.close();
});

test('axe (ar): password checklist half met, with the proposal', async ({ ar }) => {
  await resetStorage(ar.serviceWorker);
  const page = await ar.context.newPage();
  await page.goto(loadFixtures().find((f) => f.name === 'educonnect/activation.html')!.url);
  await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'activation');
  await page.locator('input[type=password]').first().fill('abcdefg');
  await expect(page.getByTestId('password-checklist')).toBeVisible();
  await expect(page.locator('compagnon-ent [dir=rtl]').first()).toBeAttached();
  expect(await axeOverlay(page)).toEqual([]);
  await page.getByTestId('password-generate').click();
  expect(await axeOverlay(page)).toEqual([]);
  await shot(page, 'password-ar-axe');
  await page.close();
});
