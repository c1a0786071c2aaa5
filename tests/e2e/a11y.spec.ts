/**
 * WCAG 2.2 AA (axe-core) on the overlay: one fixture page of each portal, open and minimised.
 * Only our UI is scanned (the fixture pages imitate third-party portals, whose markup is not ours).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { loadFixtures, type Fixture } from '../support/fixtures.mjs';
import { expect, resetStorage, shot, test } from './harness';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function axeOverlay(page: Page) {
  const r = await new AxeBuilder({ page }).include('compagnon-ent').withTags(WCAG_TAGS).analyze();
  return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

function onePerPortal(): Fixture[] {
  const seen = new Map<string, Fixture>();
  for (const f of loadFixtures()) if (f.expect && !seen.has(f.expect.portal)) seen.set(f.expect.portal, f);
  return [...seen.values()];
}

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
