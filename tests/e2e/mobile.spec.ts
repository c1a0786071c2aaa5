/**
 * Parents on a phone (issue 10): 360 × 740, touch, device scale factor 3. On one fixture page of each
 * portal: the overlay is a bottom sheet, the highlighted element and the focused field stay visible and are
 * not under the sheet, tap targets are ≥ 44 px, and the sheet expands/collapses by tap.
 */
import type { Page } from '@playwright/test';
import { onePerPortal } from '../support/select.mjs';
import { expect, overlaps, phoneTest, resetStorage, settled, shot, storage, store, type Box } from './harness';

const test = phoneTest;

// One page per portal with an element to highlight and a field to type in when there is one.
const PREFERRED = ['login', 'activation-login', 'profile-chooser'];
const overlapsStrict = (a: Box, b: Box) => overlaps(a, b, 0);

/**
 * The layout viewport in CSS px (a legacy page without a mobile viewport meta lays out at 980 px on a
 * 360 px screen) and its scale to the phone's own CSS px, in which finger sizes are measured.
 */
async function layout(page: Page) {
  return page.evaluate(() => ({ width: innerWidth, height: innerHeight, scale: innerWidth / screen.width }));
}

async function visibleInViewport(page: Page, box: { x: number; y: number; width: number; height: number }) {
  const vp = await layout(page);
  return box.y >= 0 && box.y + box.height <= vp.height + 1 && box.x >= -1 && box.x + box.width <= vp.width + 1;
}

for (const f of onePerPortal({ steps: PREFERRED })) {
  test(`phone 360×740: ${f.name}`, async ({ phone }) => {
    const page = await phone.context.newPage();
    await resetStorage(phone.serviceWorker);
    await page.goto(f.url);
    const host = page.locator('compagnon-ent');
    await expect(host).toHaveAttribute('data-step', f.expect!.step);
    const sheet = page.getByTestId('ce-panel');
    await expect(sheet).toHaveAttribute('data-expanded', 'false');
    const vp = await layout(page);
    const sb = (await sheet.boundingBox())!;
    expect(Math.abs(sb.width - vp.width)).toBeLessThanOrEqual(1);
    expect(Math.abs(sb.y + sb.height - vp.height)).toBeLessThanOrEqual(1);
    expect(sb.height).toBeLessThan(vp.height * 0.25);

    // tap targets
    for (const id of ['ce-toggle', 'ce-minimize']) {
      const b = (await page.getByTestId(id).boundingBox())!;
      expect(b.width / vp.scale, id).toBeGreaterThanOrEqual(44);
      expect(b.height / vp.scale, id).toBeGreaterThanOrEqual(44);
    }

    // the highlighted element is in the visible part, not under the sheet
    const target = page.locator('[data-compagnon-target]').first();
    if (await target.count()) {
      await settled(page); // smooth scroll to the target
      const tb = (await target.boundingBox())!;
      expect(await visibleInViewport(page, tb), 'target visible').toBe(true);
      expect(overlapsStrict(tb, (await sheet.boundingBox())!), 'target under the sheet').toBe(false);
    }

    // expand by tap: at most 60 % of the height; collapse by tap
    await page.getByTestId('ce-toggle').tap();
    await expect(sheet).toHaveAttribute('data-expanded', 'true');
    const eb = (await sheet.boundingBox())!;
    expect(eb.height).toBeLessThanOrEqual(vp.height * 0.6 + 1);
    await shot(page, `phone-${f.name.replace(/[/.]/g, '-')}-expanded`);
    await page.getByTestId('ce-toggle').tap();
    await expect(sheet).toHaveAttribute('data-expanded', 'false');

    // the focused field is never under the sheet
    const field = page.locator('input[type=text], input[type=password], input:not([type])').first();
    if (await field.count()) {
      await field.tap();
      await page.waitForTimeout(300);
      const fb = (await field.boundingBox())!;
      expect(overlapsStrict(fb, (await sheet.boundingBox())!), 'focused field under the sheet').toBe(false);
      await shot(page, `phone-${f.name.replace(/[/.]/g, '-')}-focus`);
    }
    await page.close();
  });
}

test('demonstration page at 360×740: no sideways scroll, controls reachable and ≥ 44 px, the overlay follows « next »', async ({ phone }) => {
  const page = await phone.context.newPage();
  await storage.setLanguage(store(phone.serviceWorker), 'fr');
  await page.goto(`chrome-extension://${phone.extensionId}/demo.html`);
  await page.waitForFunction(() => !!(window as any).compagnonDemo);
  const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, win: innerWidth }));
  expect(widths.doc).toBeLessThanOrEqual(widths.win);
  for (const id of ['demo-journey', 'demo-prev', 'demo-next', 'demo-large', 'demo-print']) {
    const b = (await page.getByTestId(id).boundingBox())!;
    expect(b, id).not.toBeNull();
    expect(b.height, `${id} height`).toBeGreaterThanOrEqual(44);
    expect(b.x, `${id} left`).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width, `${id} right`).toBeLessThanOrEqual(widths.win + 1);
  }
  const host = page.locator('compagnon-ent');
  await expect(host).toHaveAttribute('data-step', /.+/);
  const first = await host.getAttribute('data-step');
  await page.getByTestId('demo-next').tap();
  await expect(host).not.toHaveAttribute('data-step', first!);
  await shot(page, 'phone-demo');
  await page.close();
});
