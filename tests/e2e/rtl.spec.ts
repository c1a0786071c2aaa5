/**
 * Languages and right-to-left (issue 8). The help follows the browser's UI language (Chromium --lang and
 * Playwright locale), a choice made in the popup overrides it, and Arabic is laid out right to left:
 * overlay root `dir=rtl lang=ar`, mirrored boxes (card on the other side, minimise button on the left,
 * text right-aligned), quoted French labels kept left to right. The demonstration page and the popup follow
 * the language and direction too.
 */
import type { Locator, Page } from '@playwright/test';
import { fixtureByName } from '../support/fixtures.mjs';
import { expect, resetStorage, shot, test, type Launched } from './harness';

type Ext = Launched;

const LOGIN = fixtureByName('netocentre/login-new').url;
const ARABIC = /\p{Script=Arabic}/u;
const W = 1280;

// One browser per UI language (harness worker fixtures fr, ar, en, arPhone: launched when first used).
const reset = (e: Ext) => resetStorage(e.serviceWorker);

/** Choose a language the way a family does: in the popup's language picker. */
async function chooseInPopup(e: Ext, choice: 'auto' | 'fr' | 'en' | 'ar') {
  const popup = await e.context.newPage();
  await popup.goto(`chrome-extension://${e.extensionId}/popup.html`);
  const radio = popup.getByTestId(`language-${choice}`);
  await expect(radio).toBeEnabled();
  await radio.check();
  await expect(radio).toBeChecked();
  await expect
    .poll(() => e.serviceWorker.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('lang')).lang))
    .toBe(choice);
  await popup.close();
}

async function openHelp(e: Ext, url = LOGIN): Promise<Page> {
  const page = await e.context.newPage();
  await page.goto(url);
  await expect(page.getByTestId('ce-panel')).toBeVisible();
  return page;
}

const root = (page: Page) => page.locator('compagnon-ent .ce-root');

async function box(l: Locator) {
  const b = await l.boundingBox();
  if (!b) throw new Error('no box');
  return b;
}

/** Left and right edges of the text itself (not of its block), in the first line box of `l`. */
async function textEdges(l: Locator) {
  return l.evaluate((el) => {
    const r = document.createRange();
    r.selectNodeContents(el);
    const rects = [...r.getClientRects()].filter((x) => x.width > 0);
    const first = rects.reduce((a, b) => (b.top < a.top - 1 ? b : a), rects[0]);
    const line = rects.filter((x) => Math.abs(x.top - first.top) < 2);
    const cs = getComputedStyle(el);
    const own = el.getBoundingClientRect();
    return {
      left: Math.min(...line.map((x) => x.left)),
      right: Math.max(...line.map((x) => x.right)),
      boxLeft: own.left + parseFloat(cs.paddingLeft),
      boxRight: own.right - parseFloat(cs.paddingRight),
      direction: cs.direction,
    };
  });
}

test('browser in French: French help, left to right, card bottom right, minimise button on the right', async ({ fr }) => {
  await reset(fr);
  const page = await openHelp(fr);
  await expect(root(page)).toHaveAttribute('dir', 'ltr');
  await expect(root(page)).toHaveAttribute('lang', 'fr');
  await expect(page.getByTestId('ce-title')).not.toHaveText(ARABIC);
  const card = await box(page.getByTestId('ce-panel'));
  const min = await box(page.getByTestId('ce-minimize'));
  expect(card.x + card.width / 2).toBeGreaterThan(W / 2);
  expect(min.x + min.width / 2).toBeGreaterThan(card.x + card.width / 2);
  const p = await textEdges(page.locator('compagnon-ent .ce-p').first());
  expect(p.direction).toBe('ltr');
  expect(Math.abs(p.left - p.boxLeft)).toBeLessThan(2);
  await page.close();
});

test('browser in Arabic: Arabic help, overlay root dir=rtl lang=ar, mirrored layout', async ({ ar, fr }) => {
  await reset(ar);
  await reset(fr);
  // A known road (the letter's): the login help then quotes the page's French labels (checked below as
  // left-to-right islands).
  for (const e of [ar, fr]) {
    await e.serviceWorker.evaluate(() =>
      (globalThis as any).chrome.storage.local.set({ situation: { netocentre: { situation: 'first-ent' } }, situation$: { v: 1 } }),
    );
  }
  const page = await openHelp(ar);
  await expect(root(page)).toHaveAttribute('dir', 'rtl');
  await expect(root(page)).toHaveAttribute('lang', 'ar');
  await expect(page.getByTestId('ce-title')).toHaveText(ARABIC);
  await expect(page.getByTestId('ce-counter').or(page.getByTestId('ce-title')).first()).toHaveText(ARABIC);
  const card = await box(page.getByTestId('ce-panel'));
  const min = await box(page.getByTestId('ce-minimize'));
  // the card sits on the left side of the window, its minimise button at its left end
  expect(card.x + card.width / 2).toBeLessThan(W / 2);
  expect(min.x + min.width / 2).toBeLessThan(card.x + card.width / 2);
  // text is right-aligned
  const p = await textEdges(page.locator('compagnon-ent .ce-p').first());
  expect(p.direction).toBe('rtl');
  expect(Math.abs(p.right - p.boxRight)).toBeLessThan(2);

  // mirror image of the French layout: same size, same distance from the opposite edge
  const frPage = await openHelp(fr);
  const frCard = await box(frPage.getByTestId('ce-panel'));
  const frMin = await box(frPage.getByTestId('ce-minimize'));
  expect(Math.abs(card.x - (W - frCard.x - frCard.width))).toBeLessThan(2);
  expect(Math.abs(card.y + card.height - frCard.y - frCard.height)).toBeLessThan(2); // both sit at the bottom
  expect(Math.abs(min.x - card.x - (frCard.x + frCard.width - frMin.x - frMin.width))).toBeLessThan(2);
  await frPage.close();

  // the page's French labels stay left to right inside the Arabic sentences: « opens on the left
  const bdi = page.locator('compagnon-ent .ce-p bdi').first();
  await expect(bdi).toHaveAttribute('dir', 'ltr');
  await expect(bdi).toHaveText(/^« [A-Za-zÀ-ÿ' ?]+ »$/);
  const order = await bdi.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    const at = (text: Text, i: number) => {
      const r = document.createRange();
      r.setStart(text, i);
      r.setEnd(text, i + 1);
      return r.getBoundingClientRect().left;
    };
    const first = nodes[0];
    const last = nodes[nodes.length - 1];
    return {
      open: at(first, 0),
      firstLetter: at(first, 2),
      close: at(last, last.length - 1),
      direction: getComputedStyle(el).direction,
    };
  });
  expect(order.direction).toBe('ltr');
  expect(order.open).toBeLessThan(order.firstLetter);
  expect(order.firstLetter).toBeLessThan(order.close);

  await page.getByTestId('ce-stuck').locator('summary').click();
  await shot(page, 'rtl-ar-desktop');
  // minimised: the reopen button is on the left too
  await page.getByTestId('ce-minimize').click();
  const fab = await box(page.getByTestId('ce-reopen'));
  expect(fab.x).toBeLessThan(W / 2);
  await expect(page.getByTestId('ce-reopen')).toHaveAttribute('aria-label', ARABIC);
  await page.close();
});

test('browser in English: English help, left to right', async ({ en }) => {
  await reset(en);
  const page = await openHelp(en);
  await expect(root(page)).toHaveAttribute('lang', 'en');
  await expect(root(page)).toHaveAttribute('dir', 'ltr');
  await expect(page.getByTestId('ce-title')).toHaveText(/^(Log in|First login\? Activate your account|Log in or activate your account)$/);
  await expect(page.getByTestId('ce-minimize')).toHaveAttribute('aria-label', 'Minimise the help');
  await page.close();
});

test('the popup choice overrides the browser language, live, and "automatic" returns to it', async ({ fr }) => {
  await reset(fr);
  const page = await openHelp(fr);
  await expect(root(page)).toHaveAttribute('lang', 'fr');
  // a family reads Arabic while the browser is French: chosen in the popup, the open page follows
  await chooseInPopup(fr, 'ar');
  await expect(root(page)).toHaveAttribute('lang', 'ar');
  await expect(root(page)).toHaveAttribute('dir', 'rtl');
  await expect(page.getByTestId('ce-title')).toHaveText(ARABIC);
  await expect.poll(async () => (await box(page.getByTestId('ce-panel'))).x).toBeLessThan(W / 2);
  // a new page opens in the chosen language
  const other = await openHelp(fr, fixtureByName('touraine-eschool/login-legacy').url);
  await expect(root(other)).toHaveAttribute('lang', 'ar');
  await other.close();
  await chooseInPopup(fr, 'en');
  await expect(root(page)).toHaveAttribute('lang', 'en');
  await expect(root(page)).toHaveAttribute('dir', 'ltr');
  await chooseInPopup(fr, 'auto');
  await expect(root(page)).toHaveAttribute('lang', 'fr');
  await expect(page.getByTestId('ce-title')).not.toHaveText(ARABIC);
  await page.close();
});

test('the popup follows a language picked in it, live: its questions and guides too', async ({ fr }) => {
  await reset(fr);
  const popup = await fr.context.newPage();
  await popup.goto(`chrome-extension://${fr.extensionId}/popup.html`);
  const question = popup.locator('[data-faq=temp_password] summary');
  await expect(question).toContainText('mot de passe provisoire');
  await popup.getByTestId('language-ar').check();
  await expect(popup.locator('html')).toHaveAttribute('lang', 'ar');
  // Every question and every journey's name, not only the headings around them.
  await expect(question).toHaveText(ARABIC);
  await expect(question).not.toContainText('mot de passe');
  for (const q of await popup.locator('[data-testid=pp-faq] summary').all()) await expect(q).toHaveText(ARABIC);
  const guide = popup.locator('[data-testid=pp-guide][data-portal=netocentre]');
  await guide.locator('summary').click();
  const names = guide.locator('[data-journey] h3');
  await expect(names.first()).toHaveText(ARABIC);
  for (const name of await names.all()) await expect(name).toHaveText(ARABIC);
  await popup.getByTestId('pp-search').fill('كلمة المرور المؤقتة');
  await expect(popup.locator('[data-result="faq:temp_password"]')).toBeVisible();
  await popup.close();
  await reset(fr);
});

test('browser in Arabic, French chosen in the popup: French help, left to right', async ({ ar }) => {
  await reset(ar);
  await chooseInPopup(ar, 'fr');
  const page = await openHelp(ar);
  await expect(root(page)).toHaveAttribute('lang', 'fr');
  await expect(root(page)).toHaveAttribute('dir', 'ltr');
  const card = await box(page.getByTestId('ce-panel'));
  expect(card.x).toBeGreaterThan(W / 2);
  await page.close();
  await reset(ar);
});

test('popup and demonstration page follow the language and direction', async ({ ar, fr }) => {
  await reset(ar);
  const popup = await ar.context.newPage();
  await popup.goto(`chrome-extension://${ar.extensionId}/popup.html`);
  await expect(popup.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(popup.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(popup.locator('h1')).toHaveText('Compagnon ENT');
  await expect(popup.getByTestId('popup-demo-link')).toHaveText(ARABIC);
  await expect(popup.getByTestId('language-auto')).toBeChecked();
  // the language names are written in their own language, marked so for screen readers
  await expect(popup.locator('[data-testid=language-picker] span[lang=en]')).toHaveText('English');
  await expect(popup.locator('[data-testid=language-picker] span[lang=fr]')).toHaveText('Français');
  const pick = await box(popup.getByTestId('language-picker'));
  const radio = await box(popup.getByTestId('language-fr'));
  expect(radio.x + radio.width / 2).toBeGreaterThan(pick.x + pick.width / 2); // the radio is on the right in Arabic
  await shot(popup, 'rtl-ar-popup');
  await popup.close();

  const demo = await ar.context.newPage();
  await demo.goto(`chrome-extension://${ar.extensionId}/demo.html`);
  await demo.waitForFunction(() => !!window.compagnonDemo && document.body.hasAttribute('data-stage-ready'));
  await expect(demo.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(demo.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(demo.getByTestId('demo-next')).toHaveText(ARABIC);
  await expect(demo.locator('compagnon-ent .ce-root')).toHaveAttribute('dir', 'rtl');
  // the "next" button comes before (to the left of) "previous" in a right-to-left toolbar
  const prev = await box(demo.getByTestId('demo-prev'));
  const next = await box(demo.getByTestId('demo-next'));
  expect(next.x).toBeLessThan(prev.x);
  await shot(demo, 'rtl-ar-demo');
  await demo.close();

  // the printable guide in Arabic: each picture stays inside its frame (scaled from the right edge)
  const guide = await ar.context.newPage();
  await guide.goto(`chrome-extension://${ar.extensionId}/demo.html?view=guide`);
  await guide.waitForFunction(() => document.body.hasAttribute('data-guide-ready'), null, { timeout: 30_000 });
  await expect(guide.locator('html')).toHaveAttribute('dir', 'rtl');
  const pic = await box(guide.locator('.g-pic').first());
  const frame = await box(guide.locator('.g-pic .stage-frame').first());
  expect(Math.abs(frame.x - pic.x)).toBeLessThan(3);
  expect(Math.abs(frame.x + frame.width - pic.x - pic.width)).toBeLessThan(3);
  await shot(guide, 'rtl-ar-guide');
  await guide.close();

  // French browser, Arabic chosen: the demonstration follows the choice
  await reset(fr);
  await chooseInPopup(fr, 'ar');
  const demoFr = await fr.context.newPage();
  await demoFr.goto(`chrome-extension://${fr.extensionId}/demo.html`);
  await expect(demoFr.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(demoFr.locator('compagnon-ent .ce-root')).toHaveAttribute('lang', 'ar');
  await demoFr.close();
  await reset(fr);
});

test('Arabic on a phone (360×740): bottom sheet, right to left, screenshot', async ({ arPhone }) => {
  await reset(arPhone);
  const page = await openHelp(arPhone, fixtureByName('netocentre/activation-login').url);
  await expect(root(page)).toHaveAttribute('dir', 'rtl');
  const sheet = await box(page.getByTestId('ce-panel'));
  const vw = await page.evaluate(() => innerWidth);
  expect(sheet.x).toBeLessThanOrEqual(1);
  expect(sheet.x + sheet.width).toBeGreaterThanOrEqual(vw - 1);
  // the expand toggle sits at the left end of the bar, the counter at the right
  const toggle = await box(page.getByTestId('ce-toggle'));
  expect(toggle.x + toggle.width / 2).toBeLessThan(vw / 2);
  await shot(page, 'rtl-ar-phone-collapsed');
  await page.getByTestId('ce-toggle').tap();
  await expect(page.getByTestId('ce-panel')).toHaveAttribute('data-expanded', 'true');
  await shot(page, 'rtl-ar-phone-expanded');
  await page.close();
});

test('Arabic at 200 % zoom: the help stays on screen, screenshot', async ({ ar }) => {
  await reset(ar);
  const page = await ar.context.newPage();
  await page.setViewportSize({ width: 640, height: 400 }); // 1280 × 800 at 200 %
  await page.goto(LOGIN);
  const panel = page.getByTestId('ce-panel');
  await expect(panel).toBeVisible();
  const b = await box(panel);
  expect(b.x).toBeGreaterThanOrEqual(0);
  expect(b.x + b.width).toBeLessThanOrEqual(640);
  expect(b.y + b.height).toBeLessThanOrEqual(400);
  await shot(page, 'rtl-ar-zoom-200');
  await page.close();
});

test('Arabic popup on a phone: quoted French labels and addresses read in order, each one box', async ({ arPhone }) => {
  await reset(arPhone);
  const page = await arPhone.context.newPage();
  await page.goto(`chrome-extension://${arPhone.extensionId}/popup.html`);
  await page.locator('[data-testid=pp-guide]').first().waitFor();
  // Folded parts are built when opened (components/popup/Fold.tsx): open level by level until all are open.
  const open = '#pp-guide-mon-ent-occitanie, #pp-guide-mon-ent-occitanie details, details[data-faq=which_profile]';
  await expect
    .poll(() =>
      page.evaluate((sel) => {
        const closed = [...document.querySelectorAll<HTMLDetailsElement>(sel)].filter((d) => !d.open);
        for (const d of closed) d.open = true;
        return closed.length;
      }, open),
    )
    .toBe(0);
  const islands = page.locator('#pp-guide-mon-ent-occitanie bdi[dir=ltr], details[data-faq=which_profile] bdi[dir=ltr]');
  const texts = await islands.allTextContents();
  // A long label of the RECIA chooser (FAQ « which profile ») and the portal's address are among them.
  expect(texts.some((s) => /^«\s*Élèves ou parent \(éducation nationale\)\s*»$/.test(s))).toBe(true);
  expect(texts.some((s) => s.includes('mon-ent-occitanie.fr'))).toBe(true);
  // Split over two lines inside right-to-left text, an island's halves would read in the wrong order: each is
  // one box (the quotes wrap inside it, left to right; an address stays on one line).
  const split = await islands.evaluateAll((els) =>
    els.filter((el) => el.getClientRects().length !== 1).map((el) => el.textContent),
  );
  expect(split).toEqual([]);
  await page.locator('details[data-faq=which_profile] bdi', { hasText: 'éducation nationale' }).first().scrollIntoViewIfNeeded();
  await shot(page, 'rtl-ar-popup-phone-quotes');
  await page.close();
});
