/**
 * Page obstructions (issue 22): a tarteaucitron cookie banner over mon ENT Occitanie's home, WAYF and login,
 * EduConnect's maintenance banner and chatbot over its login. While the banner hides the element to use, the
 * ring is on its close control and the card says to close it first, without covering the banner; once it is
 * closed, the ring returns to the step's element and the step's help comes back. Desktop and phone.
 */
import type { Page } from '@playwright/test';
import { fixtureByName } from '../support/fixtures.mjs';
import { expect, overlaps, resetStorage, settled, shot, test, type Launched } from './harness';

const COOKIES = [
  { name: 'variants/mon-ent-occitanie/home-cookie-banner', slug: 'home', step: 'home', back: 'a.fo-connect__link' },
  { name: 'variants/mon-ent-occitanie/profile-chooser-cookie-banner', slug: 'wayf', step: 'profile-chooser', back: 'ul.list-radio' },
  { name: 'variants/mon-ent-occitanie/login-cookie-banner', slug: 'login', step: 'login', back: 'form.cas__login-form' },
];

async function open(e: Launched, name: string): Promise<Page> {
  await resetStorage(e.serviceWorker);
  const page = await e.context.newPage();
  await page.goto(fixtureByName(name).url);
  await expect(page.getByTestId('ce-panel')).toBeVisible();
  await expect(page.locator('[data-compagnon-target]')).toHaveCount(1);
  await settled(page);
  return page;
}

const boxOf = async (page: Page, css: string) => (await page.locator(css).first().boundingBox())!;

/** The ring is drawn over the page element it marks: the topmost element at the ring's edge is ours. */
async function ringOnTop(page: Page) {
  return page.evaluate(() => {
    const t = document.querySelector('[data-compagnon-target]')!.getBoundingClientRect();
    const host = document.querySelector('compagnon-ent')!;
    const ring = host.shadowRoot!.querySelector('[data-testid="ce-ring"]') as HTMLElement;
    const r = ring.getBoundingClientRect();
    // Pointer-events are off on the ring: compare stacking by z-index against the banner's.
    const z = (el: Element) => Number(getComputedStyle(el).zIndex) || 0;
    const banner = document.querySelector('#tarteaucitronAlertBig, .modalMaintenance');
    return { ring: r.width > 0 && Math.abs(r.left - t.left) < 20, above: !banner || z(ring) >= z(banner) };
  });
}

/** Our card paints over the page element (z-index), so a page box never hides it. */
async function cardAbove(page: Page, css: string) {
  return page.evaluate((css) => {
    const card = document.querySelector('compagnon-ent')!.shadowRoot!.querySelector('[data-testid="ce-panel"]')!;
    const el = document.querySelector(css)!;
    return Number(getComputedStyle(card).zIndex) > (Number(getComputedStyle(el).zIndex) || 0);
  }, css);
}

for (const c of COOKIES) {
  for (const device of ['desktop', 'phone'] as const) {
    test(`${device}, Occitanie ${c.slug}: « Tout accepter » first, then the ring returns`, async ({ fr, frPhone }) => {
      const page = await open(device === 'phone' ? frPhone : fr, c.name);
      const host = page.locator('compagnon-ent');
      await expect(host).toHaveAttribute('data-step', c.step);
      await expect(page.locator('[data-compagnon-target]')).toHaveId('tarteaucitronPersonalize2');
      await expect(page.getByTestId('ce-title')).toHaveText("Fermez d'abord le bandeau des cookies");
      await expect(page.getByTestId('ce-panel')).toContainText('« Tout accepter »');
      await shot(page, `obstruction-${device}-${c.slug}-banner`);
      const card = (await page.getByTestId('ce-panel').boundingBox())!;
      expect(overlaps(card, await boxOf(page, '#tarteaucitronPersonalize2')), 'card over « Tout accepter »').toBe(false);
      // A bar across the top leaves free corners: the card keeps off it. Over a box in the middle it may lie,
      // above it (never hidden under it).
      if (device === 'desktop' && c.slug === 'home') expect(overlaps(card, await boxOf(page, '#tarteaucitronAlertBig')), 'card over the banner').toBe(false);
      expect(await cardAbove(page, '#tarteaucitronAlertBig')).toBe(true);
      expect(await ringOnTop(page)).toEqual({ ring: true, above: true });

      await page.locator('#tarteaucitronPersonalize2').click();
      await expect(page.locator('#tarteaucitronAlertBig')).toBeHidden();
      await expect(page.locator(`[data-compagnon-target]`)).toHaveCount(1);
      await expect.poll(() => page.locator('[data-compagnon-target]').evaluate((el, css) => el.matches(css), c.back)).toBe(true);
      await expect(page.getByTestId('ce-title')).not.toContainText('cookies');
      await expect(host).toHaveAttribute('data-step', c.step);
      await settled(page);
      const after = (await page.getByTestId('ce-panel').boundingBox())!;
      expect(overlaps(after, await boxOf(page, '[data-compagnon-target]')), 'card over the target').toBe(false);
      await shot(page, `obstruction-${device}-${c.slug}-closed`);
      await page.close();
    });
  }
}

// Maintenance: the card says so and to come back later (the state rings the message itself); once the family
// closes the message, the login's own help and ring come back, the card still off the chatbot.
test('EduConnect: the maintenance message is what the card speaks of; the card keeps off the chatbot', async ({ fr }) => {
  const page = await open(fr, 'variants/educonnect/login-chatbot-maintenance');
  await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'login');
  await expect(page.locator('compagnon-ent')).toHaveAttribute('data-state', 'maintenance');
  await expect.poll(() => page.locator('[data-compagnon-target]').evaluate((el) => !!el.closest('#sidebar_maintenance'))).toBe(true);
  await expect(page.getByTestId('ce-title')).toHaveText('EduConnect est en maintenance');
  await shot(page, 'obstruction-desktop-educonnect-maintenance');
  const card = (await page.getByTestId('ce-panel').boundingBox())!;
  expect(overlaps(card, await boxOf(page, '#chatmd')), 'card over the chatbot').toBe(false);
  expect(overlaps(card, await boxOf(page, '#fermerMaintenance')), 'card over « Fermer »').toBe(false);
  expect(await cardAbove(page, '#sidebar_maintenance')).toBe(true);
  expect(await ringOnTop(page)).toEqual({ ring: true, above: true });

  await page.locator('#fermerMaintenance').click();
  await expect(page.locator('#sidebar_maintenance')).toBeHidden();
  await expect(page.getByTestId('ce-title')).not.toContainText('maintenance');
  await expect.poll(() => page.locator('[data-compagnon-target]').evaluate((el) => !el.closest('#sidebar_maintenance, #chatmd'))).toBe(true);
  await settled(page);
  const after = (await page.getByTestId('ce-panel').boundingBox())!;
  expect(overlaps(after, await boxOf(page, '#chatmd')), 'card over the chatbot').toBe(false);
  expect(overlaps(after, await boxOf(page, '[data-compagnon-target]')), 'card over the target').toBe(false);
  await shot(page, 'obstruction-desktop-educonnect-closed');
  await page.close();
});

test('phone, EduConnect: the ring and the card are not under the chatbot', async ({ frPhone }) => {
  const page = await open(frPhone, 'variants/educonnect/login-chatbot-maintenance');
  await page.locator('#fermerMaintenance').click();
  await expect(page.getByTestId('ce-title')).not.toContainText('maintenance');
  await settled(page);
  const target = await boxOf(page, '[data-compagnon-target]');
  const chat = await boxOf(page, '#chatmd');
  // Over the target, the chatbot is closed first; elsewhere, the card (above it) may lie over it, never under.
  if (overlaps(target, chat)) await expect(page.getByTestId('ce-title')).toHaveText("Fermez d'abord la fenêtre de discussion");
  await shot(page, 'obstruction-phone-educonnect');
  expect(await cardAbove(page, '#chatmd')).toBe(true);
  await page.close();
});
