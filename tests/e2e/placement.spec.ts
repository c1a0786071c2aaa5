/**
 * Where the « C'est ici » tag and the help card go on dense pages (desktop, phone, Arabic). Measured with
 * bounding boxes: the tag never covers the highlighted element, its label, nor the interactive elements
 * around it (the next tile, the field below, the « Valider » button); the card never covers the highlighted
 * element, and keeps off the form around it when a corner is free — in Arabic too, where it starts on the
 * left, over the end of left-to-right fields on wide forms. On phones the card stays a bottom sheet.
 */
import type { Page } from '@playwright/test';
import { fixtureByName } from '../support/fixtures.mjs';
import { expect, localeTest as test, overlaps, resetStorage, settled, shot, type Launched } from './harness';


const LOGIN = fixtureByName('netocentre/login-new');
const EDUCONNECT = fixtureByName('educonnect/login');
const QUESTIONS = fixtureByName('netocentre/activation-questions');
const OCCITANIE = fixtureByName('mon-ent-occitanie/profile-chooser-closed');

/** Serve a fixture with extra CSS and markup (a denser, wider variant of the real page). */
async function openVariant(e: Launched, f: { url: string; html: string }, edit: (html: string) => string = (h) => h) {
  await resetStorage(e.serviceWorker);
  const page = await e.context.newPage();
  await page.route(f.url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: edit(f.html) }),
  );
  await page.goto(f.url);
  await expect(page.getByTestId('ce-panel')).toBeVisible();
  await expect(page.locator('[data-compagnon-target]')).toHaveCount(1);
  await settled(page); // smooth scroll to the target; placement settles
  return page;
}

/** Boxes of the target, its labels, the interactive elements within `radius` px of it, and its form's fields. */
async function pageBoxes(page: Page, radius: number) {
  return page.evaluate((radius) => {
    const SEL =
      'input:not([type=hidden]), select, textarea, button, a[href], summary, label, [role=button], [role=radio], [role=link]';
    const t = document.querySelector('[data-compagnon-target]')!;
    const tr = t.getBoundingClientRect();
    const box = (r: DOMRect) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
    const gap = (r: DOMRect) =>
      Math.hypot(Math.max(0, r.left - tr.right, tr.left - r.right), Math.max(0, r.top - tr.bottom, tr.top - r.bottom));
    const labels = [...((t as HTMLInputElement).labels ?? [])].map((l) => box(l.getBoundingClientRect()));
    const all = [...document.querySelectorAll(SEL)].filter((el) => el !== t && !el.contains(t) && !t.contains(el));
    const seen = all.map((el) => ({ el, r: el.getBoundingClientRect() })).filter(({ r }) => r.width > 0 && r.height > 0);
    const near = seen.filter(({ r }) => gap(r) <= radius).map(({ el, r }) => ({ name: (el.textContent || el.id || el.localName).trim().slice(0, 40), ...box(r) }));
    const form = t.closest('form') ?? document.querySelector('form');
    const fields = form
      ? [...form.querySelectorAll('input:not([type=hidden]), select, textarea, button')].map((el) => ({ name: el.id || el.localName, ...box(el.getBoundingClientRect()) }))
      : [];
    return { target: box(tr), labels, near, fields, vw: innerWidth, vh: innerHeight };
  }, radius);
}

async function tagAndCard(page: Page) {
  const tag = await page.getByTestId('ce-tag').boundingBox();
  const card = await page.getByTestId('ce-panel').boundingBox();
  return { tag: tag!, card: card! };
}

async function expectTagClear(page: Page) {
  const b = await pageBoxes(page, 60);
  const { tag, card } = await tagAndCard(page);
  expect(tag, 'the tag is shown').toBeTruthy();
  expect(overlaps(tag, b.target), 'tag over the target').toBe(false);
  for (const l of b.labels) expect(overlaps(tag, l), 'tag over the target label').toBe(false);
  for (const n of b.near) expect(overlaps(tag, n), `tag over the neighbour « ${n.name} »`).toBe(false);
  expect(overlaps(tag, card), 'tag under the card').toBe(false);
  expect(tag.x).toBeGreaterThanOrEqual(0);
  expect(tag.x + tag.width).toBeLessThanOrEqual(b.vw);
  expect(overlaps(card, b.target), 'card over the target').toBe(false);
  return b;
}

// The « Activer mon compte » link squeezed between others: a help link on its left, « Mot de passe
// oublié ? » above, « Mon compte a été réinitialisé » on its right, the privacy notice link below.
const dense = (html: string) =>
  html
    .replace('<div><a class="btn" href="https://lycees.netocentre.fr/cerbere2/">Activer', '<div><a class="btn" href="#aide">Aide</a><a class="btn" href="https://lycees.netocentre.fr/cerbere2/">Activer')
    .replace('</section>', '<p style="margin:2px 0"><a href="#donnees">Données personnelles</a> <a href="#cookies">Cookies</a></p></section>');

// A wide form on the left of the page (left-to-right), ending near the right third.
const wideLeft = (html: string) =>
  dense(html).replace('</style>', 'main{max-width:760px;margin:40px auto 40px 16px}</style>');
// The same, on the right of the page.
const wideRight = (html: string) =>
  dense(html).replace('</style>', 'main{max-width:760px;margin:40px 16px 40px auto}</style>');

test('desktop: the tag goes where it covers no neighbour of « Activer mon compte »', async ({ fr }) => {
  const page = await openVariant(fr, LOGIN, dense);
  await shot(page, 'placement-fr-desktop-dense');
  await expectTagClear(page);
  await page.close();
});

test('desktop: side by side tiles « Responsable d\'élève » / « Élève » and the wide EduConnect form', async ({ fr }) => {
  // a third tile on the left: the tag has no room beside the target any more
  const page = await openVariant(fr, EDUCONNECT, (h) =>
    h.replace(/(<div class="choixProfil__btn"><span class="choixProfil__icone" aria-hidden="true"><\/span><button type="button" id="bouton_responsable")/, '<div class="choixProfil__btn"><button type="button">Autre profil</button></div>$1'),
  );
  await shot(page, 'placement-fr-desktop-educonnect');
  await expectTagClear(page);
  await page.close();
});

test('desktop: stacked fields — the tag covers neither the label above nor the field below', async ({ fr }) => {
  const page = await openVariant(fr, QUESTIONS);
  await expectTagClear(page);
  await page.close();
});

test('desktop: the profile tiles of mon ENT Occitanie', async ({ fr }) => {
  const page = await openVariant(fr, OCCITANIE);
  await shot(page, 'placement-fr-desktop-occitanie');
  await expectTagClear(page);
  await page.close();
});

test('French, wide form on the right: the card leaves the fields and goes left', async ({ fr }) => {
  const page = await openVariant(fr, LOGIN, wideRight);
  await shot(page, 'placement-fr-desktop-wide-right');
  const b = await expectTagClear(page);
  const { card } = await tagAndCard(page);
  for (const f of b.fields) expect(overlaps(card, f), `card over the field ${f.name}`).toBe(false);
  expect(card.x + card.width / 2).toBeLessThan(b.vw / 2);
  await page.close();
});

test('Arabic, wide left-to-right form on the left: the card leaves the fields and goes right', async ({ ar }) => {
  const page = await openVariant(ar, LOGIN, wideLeft);
  await shot(page, 'placement-ar-desktop-wide-left');
  const b = await expectTagClear(page);
  const { card } = await tagAndCard(page);
  for (const f of b.fields) expect(overlaps(card, f), `card over the field ${f.name}`).toBe(false);
  expect(card.x + card.width / 2).toBeGreaterThan(b.vw / 2);
  await page.close();
});

test('Arabic, narrow centred form: the card keeps its place on the left, off the form', async ({ ar }) => {
  const page = await openVariant(ar, LOGIN, dense);
  await shot(page, 'placement-ar-desktop-dense');
  const b = await expectTagClear(page);
  const { card, tag } = await tagAndCard(page);
  for (const f of b.fields) expect(overlaps(card, f), `card over the field ${f.name}`).toBe(false);
  expect(card.x + card.width / 2).toBeLessThan(b.vw / 2);
  await expect(page.getByTestId('ce-tag')).toHaveAttribute('dir', 'rtl');
  expect(tag.height).toBeGreaterThan(0);
  await page.close();
});

test('Arabic, focusing a field: the card never covers it, the tag follows the card', async ({ ar }) => {
  const page = await openVariant(ar, LOGIN, wideLeft);
  await page.locator('#password').focus();
  await page.waitForTimeout(300);
  const pw = (await page.locator('#password').boundingBox())!;
  const { card } = await tagAndCard(page);
  expect(overlaps(card, pw)).toBe(false);
  await expectTagClear(page);
  await page.close();
});

for (const [name, key] of [['French', 'frPhone'], ['Arabic', 'arPhone']] as const) {
  test(`phone, ${name}: a bottom sheet; the tag is readable and covers no neighbour`, async ({ frPhone, arPhone }) => {
    const e = key === 'frPhone' ? frPhone : arPhone;
    for (const [f, edit, slug] of [
      [LOGIN, dense, 'login-dense'],
      [EDUCONNECT, (h: string) => h, 'educonnect'],
    ] as const) {
      const page = await openVariant(e, f, edit);
      await shot(page, `placement-${key}-${slug}`);
      const b = await expectTagClear(page);
      const { card, tag } = await tagAndCard(page);
      // full-width sheet at the bottom (or top when the target is low), not over the target
      expect(Math.abs(card.width - b.vw)).toBeLessThanOrEqual(1);
      expect(card.y <= 1 || Math.abs(card.y + card.height - b.vh) <= 1).toBe(true);
      // the tag is scaled with the sheet on desktop-width pages: at least 11 px tall on the phone's screen
      const scale = await page.evaluate(() => innerWidth / screen.width);
      expect(tag.height / scale).toBeGreaterThanOrEqual(11);
      await page.close();
    }
  });
}

test('after scrolling and resizing, the ring and the tag stay on the target', async ({ fr }) => {
  const page = await openVariant(fr, LOGIN, (h) => dense(h).replace('</body>', '<div style="height:1600px"></div></body>'));
  await page.mouse.wheel(0, 120);
  await page.waitForTimeout(300);
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.waitForTimeout(400);
  const t = (await page.locator('[data-compagnon-target]').boundingBox())!;
  const ring = (await page.getByTestId('ce-ring').boundingBox())!;
  expect(Math.abs(ring.x + ring.width / 2 - (t.x + t.width / 2))).toBeLessThan(2);
  expect(Math.abs(ring.y + ring.height / 2 - (t.y + t.height / 2))).toBeLessThan(2);
  await expectTagClear(page);
  const tag = (await page.getByTestId('ce-tag').boundingBox())!;
  const gap = Math.max(0, tag.x - (t.x + t.width), t.x - (tag.x + tag.width), tag.y - (t.y + t.height), t.y - (tag.y + tag.height));
  expect(gap, 'tag next to the target').toBeLessThan(24);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.close();
});
