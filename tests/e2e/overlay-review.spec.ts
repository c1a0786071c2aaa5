/**
 * Every step's overlay as a user sees it: one page per step of every portal (fixtures, error states
 * excluded), desktop 1280 × 800 and phone 360 × 740, in French, and a few in Arabic. Each page is
 * screenshotted (test-results/screenshots/review-*.png, to look at) and checked: the card is whole in the
 * window, it does not cover the highlighted element, the « C'est ici » tag covers neither the highlighted
 * element nor the card, and the tag and ring sit on the element after a scroll.
 */
import type { Page } from '@playwright/test';
import { loadFixtures, type Fixture } from '../support/fixtures.mjs';
import { onePerStep } from '../support/select.mjs';
import { expect, localeTest as test, overlaps, resetStorage, settled, shot, type Launched } from './harness';


const AR = ['netocentre/login-new.html', 'netocentre/activation-password.html', 'mon-ent-occitanie/profile-chooser-open.html', 'educonnect/login.html', 'touraine-eschool/account-choice.html'];

async function check(page: Page, name: string) {
  const vp = await page.evaluate(() => ({ w: innerWidth, h: innerHeight }));
  const card = page.getByTestId('ce-panel');
  await expect(card).toBeVisible();
  await settled(page); // smooth scroll to the target, placement settles
  await shot(page, `review-${name}`);
  const cb = (await card.boundingBox())!;
  expect(cb.x, 'card inside the window (left)').toBeGreaterThanOrEqual(-1);
  expect(cb.x + cb.width, 'card inside the window (right)').toBeLessThanOrEqual(vp.w + 1);
  expect(cb.y + cb.height, 'card inside the window (bottom)').toBeLessThanOrEqual(vp.h + 1);
  // no text overflows its box inside the card
  const overflow = await card.evaluate((el) =>
    [...el.querySelectorAll('*')]
      .filter((e) => getComputedStyle(e).overflow === 'visible' && e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0)
      .map((e) => e.className || e.localName),
  );
  expect(overflow, 'text overflow in the card').toEqual([]);
  const target = page.locator('[data-compagnon-target]').first();
  if (!(await target.count())) return;
  const tb = await target.boundingBox();
  if (!tb) return;
  expect(overlaps(cb, tb, 1), 'card covers the highlighted element').toBe(false);
  const tag = page.locator('compagnon-ent .ce-tag');
  const gb = (await tag.boundingBox())!;
  expect(overlaps(gb, tb, 1), 'tag covers the highlighted element').toBe(false);
  expect(overlaps(gb, cb, 1), 'tag under the card').toBe(false);
  expect(gb.x, 'tag inside the window').toBeGreaterThanOrEqual(-1);
  expect(gb.x + gb.width, 'tag inside the window').toBeLessThanOrEqual(vp.w + 1);
  // the ring follows the element after a scroll
  await page.mouse.wheel(0, 60);
  const ring = page.getByTestId('ce-ring');
  const offCentre = async () => {
    const [t, r] = [await target.boundingBox(), await ring.boundingBox()];
    if (!t || !r) return Infinity;
    return Math.max(Math.abs(r.x + r.width / 2 - (t.x + t.width / 2)), Math.abs(r.y + r.height / 2 - (t.y + t.height / 2)));
  };
  await expect.poll(offCentre, { message: 'ring follows after scroll', timeout: 3000 }).toBeLessThan(3);
}

async function open(e: Launched, f: Fixture) {
  await resetStorage(e.serviceWorker);
  const page = await e.context.newPage();
  await page.goto(f.url);
  await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', f.expect!.step);
  return page;
}

const slug = (f: Fixture) => f.name.replace(/\.html$/, '').replace(/[/.]/g, '-');

for (const f of onePerStep()) {
  test(`review fr desktop: ${f.name}`, async ({ fr }) => {
    const page = await open(fr, f);
    await check(page, `fr-desktop-${slug(f)}`);
    await page.close();
  });
  test(`review fr phone: ${f.name}`, async ({ frPhone }) => {
    const page = await open(frPhone, f);
    await check(page, `fr-phone-${slug(f)}`);
    await page.close();
  });
}
for (const name of AR) {
  const f = loadFixtures().find((x) => x.name === name)!;
  test(`review ar desktop: ${f.name}`, async ({ ar }) => {
    const page = await open(ar, f);
    await check(page, `ar-desktop-${slug(f)}`);
    await page.close();
  });
  test(`review ar phone: ${f.name}`, async ({ arPhone }) => {
    const page = await open(arPhone, f);
    await check(page, `ar-phone-${slug(f)}`);
    await page.close();
  });
}
