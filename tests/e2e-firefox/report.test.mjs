// Firefox: the page report (issue 22 §4) from the popup about a tab and from the card's « Je suis bloqué(e) »:
// the report shows whole, holds nothing typed, and the copy button copies it or selects it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fixtureByName } from '../support/fixtures.mjs';
import { extensionPage, fixturePage, launch, pageStore, shot, storage, waitForStep, waitInCard } from './harness.mjs';

const checkShown = () => !!document.querySelector('[data-testid="pp-check"]');
const LOGIN = fixtureByName('netocentre/login-new');
const TYPED_ID = 'kevin.dupontel77';
const TYPED_PASSWORD = 'Zorglub#4821x';

let browser;
before(async () => {
  browser = await launch({ width: 420, height: 740 });
  const helper = await extensionPage(browser, 'popup.html', checkShown);
  await storage.setLanguage(pageStore(helper), 'fr');
  await helper.close();
});
after(async () => {
  await browser?.close();
});

async function tabIdFor(page) {
  const helper = await extensionPage(browser, 'popup.html', checkShown);
  const id = await helper.evaluate(async () => {
    const own = await browser.tabs.getCurrent();
    const tabs = await browser.tabs.query({});
    return Math.max(...tabs.filter((t) => t.id !== own.id).map((t) => t.id));
  });
  await helper.close();
  await page.bringToFront();
  return id;
}

async function loginWithSecrets() {
  const page = await fixturePage(browser);
  await page.goto(LOGIN.url);
  await waitForStep(page, 'login');
  await page.type('#username', TYPED_ID);
  await page.type('#password', TYPED_PASSWORD);
  return page;
}

function assertClean(report) {
  assert.match(report, /^<!-- Compagnon ENT — rapport de page \(v1\) -->/);
  assert.match(report, /<!-- reconnu : netocentre\/login -->/);
  assert.match(report, /<input id="password" name="password" type="password"/);
  assert.ok(!report.includes(TYPED_ID), 'typed identifier');
  assert.ok(!report.includes(TYPED_PASSWORD), 'typed password');
  assert.doesNotMatch(report.toLowerCase(), /kevin|dupontel|zorglub/);
  assert.doesNotMatch(report.slice(report.indexOf('<!doctype html>')), /\d{4,}/);
}

/** After « Copier »: the status says copied, or says selected with the whole text selected. */
async function assertCopied(page, sel) {
  await (await page.waitForSelector(`${sel}[data-testid="report-copy"]`)).click();
  const status = await page.waitForFunction(
    (root) => {
      const find = (r) => r.querySelector('[data-testid="report-status"]') ?? r.querySelector('compagnon-ent')?.shadowRoot?.querySelector('[data-testid="report-status"]');
      const s = find(document);
      return s && s.textContent.trim() ? s.textContent : null;
    },
    { timeout: 5000 },
    null,
  );
  const text = await status.jsonValue();
  if (/sélectionné/.test(text)) {
    const whole = await page.evaluate(() => {
      const root = document.querySelector('compagnon-ent')?.shadowRoot ?? document;
      const t = root.querySelector('[data-testid="report-text"]');
      return t.selectionEnd - t.selectionStart === t.value.length;
    });
    assert.ok(whole, 'the whole report is selected');
  } else assert.match(text, /copié/);
}

test('firefox: page report from the popup, nothing typed, copy', async () => {
  const page = await loginWithSecrets();
  try {
    const id = await tabIdFor(page);
    const popup = await extensionPage(browser, `popup.html?tab=${id}`, checkShown);
    await (await popup.waitForSelector('[data-testid="popup-report-open"]', { timeout: 8000 })).click();
    await popup.waitForSelector('[data-testid="report-view"][data-state="ready"]', { timeout: 8000 });
    const report = await popup.$eval('[data-testid="report-text"]', (t) => t.value);
    assertClean(report);
    await shot(popup, 'firefox-report-popup');
    await assertCopied(popup, '');
    await popup.close();
  } finally {
    await page.close();
  }
});

test('firefox: page report from the card (« L\'aide ne correspond pas à la page »)', async () => {
  const page = await loginWithSecrets();
  try {
    // 420 px wide: the card is the phone sheet, collapsed to its bar; « Aide » opens it. Locators click only
    // once the element is visible and has stopped moving: the sheet opens and the card's later chunk lands
    // while this runs, and a click at a box that has just moved lands beside the button.
    const inCard = (sel) => page.locator(`pierce/${sel}`).setTimeout(8000);
    await waitInCard(page, '[data-testid="ce-panel"]', 5000);
    const toggle = await page.$('pierce/[data-testid="ce-toggle"]');
    if (toggle && (await toggle.evaluate((b) => b.getAttribute('aria-expanded') !== 'true'))) await inCard('[data-testid="ce-toggle"]').click();
    await inCard('[data-testid="ce-stuck"] summary').click();
    await inCard('[data-testid="card-report-open"]').click();
    await waitInCard(page, '[data-testid="report-view"][data-state="ready"]', 8000).catch(async (e) => {
      // Say what the card showed instead: no report (the click went elsewhere), or one still loading or failed.
      const seen = await page.evaluate(() => {
        const root = document.querySelector('compagnon-ent')?.shadowRoot;
        const view = root?.querySelector('[data-testid="report-view"]');
        const sheet = root?.querySelector('[data-testid="ce-toggle"]')?.getAttribute('aria-expanded');
        return `report ${view ? view.getAttribute('data-state') : 'absent'}, sheet expanded ${sheet}, « bloqué » open ${!!root?.querySelector('[data-testid="ce-stuck"]')?.open}`;
      });
      throw new Error(`${e.message} (${seen})`);
    });
    const report = await page.$eval('pierce/[data-testid="report-text"]', (t) => t.value);
    assertClean(report);
    assert.ok(!report.includes('compagnon-ent'), 'the card is not described');
    await shot(page, 'firefox-report-card');
    await assertCopied(page, 'pierce/');
  } finally {
    await page.close();
  }
});
