// Firefox: the popup about a tab, three outcomes of the official-site check (official fixture page, look-alike
// host, unrelated page), the step help from the content script, and reopening a minimised overlay.
// The popup is opened as a page, `popup.html?tab=<id>[&url=…]` (test path, entrypoints/popup/target.ts; Firefox
// for Android opens the popup as a page too). Extension pages never report "load" over BiDi: goto is not awaited.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fixtureByName } from '../support/fixtures.mjs';
import { extensionPage, fixturePage, launch, pageStore, storage, waitForStep, waitInCard } from './harness.mjs';

/** The popup has rendered its site check (a waitForSelector begun on the blank tab fails when the navigation
 * replaces it: extensionPage() waits again). */
const checkShown = () => !!document.querySelector('[data-testid="pp-check"]');

let browser;
before(async () => {
  browser = await launch({ width: 420, height: 740 });
  // Firefox ESR here has only its en-US UI locale: choose French the way a family does (the language setting),
  // now that locales/en.yml exists.
  const helper = await extensionPage(browser, 'popup.html', checkShown);
  await storage.setLanguage(pageStore(helper), 'fr');
  await helper.close();
});
after(async () => {
  await browser?.close();
});

const OFFICIAL = fixtureByName('netocentre/activation-login');
const LOOKALIKE = fixtureByName('negative/lookalike-host');
const UNRELATED = fixtureByName('negative/other-site');

/** The tab id of the most recently opened page other than `helper` (an extension page lists tabs). */
async function lastTabId(helper) {
  return helper.evaluate(async () => {
    const own = await browser.tabs.getCurrent();
    const tabs = await browser.tabs.query({});
    return Math.max(...tabs.filter((t) => t.id !== own.id).map((t) => t.id));
  });
}

async function popupAbout(tabId, url) {
  const q = new URLSearchParams({ tab: String(tabId), ...(url ? { url } : {}) });
  return extensionPage(browser, `popup.html?${q}`, checkShown);
}

async function tabIdFor(page) {
  const helper = await extensionPage(browser, 'popup.html', checkShown);
  const id = await lastTabId(helper);
  await helper.close();
  await page.bringToFront();
  return id;
}

const checkOf = (popup) =>
  popup.$eval('[data-testid="pp-check"]', (e) => ({
    kind: e.dataset.kind,
    portal: e.dataset.portal ?? null,
    step: e.dataset.step ?? null,
    tone: e.querySelector('[data-tone]')?.dataset.tone,
    icon: !!e.querySelector('svg.pp-icon'),
    text: e.innerText,
  }));

test('firefox popup: official ENT page — site check and the step help', async () => {
  const page = await fixturePage(browser);
  try {
    await page.goto(OFFICIAL.url);
    await waitForStep(page, 'activation-login');
    const id = await tabIdFor(page);
    const popup = await popupAbout(id); // the URL is read from the tab (host permission)
    await popup.waitForSelector('[data-testid="pp-here"]', { timeout: 8000 });
    const c = await checkOf(popup);
    assert.equal(c.kind, 'official');
    assert.equal(c.portal, 'netocentre');
    assert.equal(c.step, 'activation-login');
    assert.equal(c.tone, 'ok');
    assert.ok(c.icon);
    assert.match(c.text, /Site officiel/);
    assert.match(c.text, /Étape \d+ sur \d+/);
    assert.match(c.text, /mot de passe provisoire/);
    await popup.close();
  } finally {
    await page.close();
  }
});

test('firefox popup: look-alike host — do not type your password, the real address', async () => {
  const page = await fixturePage(browser);
  try {
    await page.goto(LOOKALIKE.url);
    const popup = await popupAbout(await tabIdFor(page), LOOKALIKE.url);
    const c = await checkOf(popup);
    assert.equal(c.kind, 'lookalike');
    assert.equal(c.portal, 'netocentre');
    assert.equal(c.tone, 'danger');
    assert.ok(c.icon);
    assert.match(c.text, /N'entrez pas votre mot de passe ici/);
    assert.equal(await popup.$eval('[data-testid="pp-official-url"]', (a) => a.getAttribute('href')), 'https://lycees.netocentre.fr/');
    await popup.close();
  } finally {
    await page.close();
  }
});

test('firefox popup: unrelated page — not an ENT page; search works at 360 px', async () => {
  const page = await fixturePage(browser);
  try {
    await page.goto(UNRELATED.url);
    const popup = await popupAbout(await tabIdFor(page), UNRELATED.url);
    await popup.setViewport({ width: 360, height: 740 });
    const c = await checkOf(popup);
    assert.equal(c.kind, 'unrelated');
    assert.equal(c.tone, 'neutral');
    // The search comes with the popup's lazily loaded rest, which may arrive after the status card.
    await popup.waitForSelector('[data-testid="pp-search"]', { timeout: 5000 });
    await popup.type('[data-testid="pp-search"]', 'reinitialise');
    await popup.waitForSelector('[data-result="faq:account_reset"]', { timeout: 5000 });
    const overflow = await popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `no horizontal scrolling at 360 px (${overflow})`);
    await popup.close();
  } finally {
    await page.close();
  }
});

test('firefox popup: reopens a minimised overlay', async () => {
  const page = await fixturePage(browser);
  try {
    await page.goto(OFFICIAL.url);
    await waitForStep(page, 'activation-login');
    const min = await waitInCard(page, '[data-testid="ce-minimize"]', 5000);
    await min.click();
    await waitInCard(page, '[data-testid="ce-reopen"]', 5000);
    const popup = await popupAbout(await tabIdFor(page));
    const reopen = await popup.waitForSelector('[data-testid="pp-reopen"]', { timeout: 8000 });
    await reopen.click();
    await popup.waitForFunction(() => document.querySelector('[data-testid="pp-live"]')?.textContent?.includes('de nouveau ouverte'), { timeout: 5000, polling: 100 });
    await waitInCard(page, '[data-testid="ce-panel"]', 5000);
    await popup.close();
  } finally {
    await page.close();
  }
});

test('firefox popup opened as a page of its own (as on Android): about the last used tab', async () => {
  const page = await fixturePage(browser);
  try {
    await page.goto(OFFICIAL.url);
    await waitForStep(page, 'activation-login');
    const popup = await extensionPage(browser, 'popup.html', () => !!document.querySelector('[data-testid="pp-here"]'));
    const c = await checkOf(popup);
    assert.equal(c.kind, 'official');
    assert.equal(c.step, 'activation-login');
    await popup.close();
  } finally {
    await page.close();
  }
});

// Issue 20: no one's address among the contacts; « Ouvrir mon ENT » points at the official address.
test('firefox popup: contacts show no personal address; « Ouvrir mon ENT » opens the official address', async () => {
  const helper = await extensionPage(browser, 'popup.html', checkShown);
  await helper.evaluate(() =>
    browser.storage.local.set({
      choices: [
        { portal: 'touraine-eschool', establishment: 'www.touraine-eschool.fr', value: 'autres-publics', label: 'Autre public', lastUsed: Date.now(), auto: false },
      ],
      choices$: { v: 2 },
    }),
  );
  await helper.close();
  const page = await fixturePage(browser);
  await page.goto(UNRELATED.url);
  const popup = await popupAbout(await tabIdFor(page), UNRELATED.url);
  await popup.waitForSelector('[data-testid="pp-open-ent"] a[data-mine="true"]', { timeout: 10000 });
  const seen = await popup.evaluate(() => {
    const contacts = document.querySelector('[data-testid="pp-contacts"]');
    const open = document.querySelector('[data-testid="pp-open-ent"]');
    return {
      first: contacts.querySelector('li')?.dataset.contact,
      mailto: contacts.querySelectorAll('a[href^="mailto:"]').length,
      text: contacts.innerText,
      mine: open.querySelector('a[data-mine="true"]')?.getAttribute('href'),
      minePortal: open.querySelector('a[data-mine="true"]')?.dataset.portal,
      others: [...open.querySelectorAll('a[data-portal]')].map((a) => a.getAttribute('href')),
    };
  });
  assert.equal(seen.first, 'school');
  assert.equal(seen.mailto, 0);
  assert.doesNotMatch(seen.text, /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/);
  assert.equal(seen.minePortal, 'touraine-eschool');
  assert.equal(seen.mine, 'https://www.touraine-eschool.fr/');
  assert.equal(seen.others.length, 4);
  for (const href of seen.others) assert.match(href, /^https:\/\/[a-z.-]+\/$/);
  await popup.close();
  await page.close();
});

// Issue 19: « Où en suis-je ? » shows the family's situation on this portal and stores a new choice.
test("firefox popup: the family's situation is shown and a new choice is stored for the portal", async () => {
  const helper = await extensionPage(browser, 'popup.html', checkShown);
  await helper.evaluate(() => browser.storage.local.set({ situation: { netocentre: { situation: 'everyday-ent' } }, situation$: { v: 1 } }));
  await helper.close();
  const page = await fixturePage(browser);
  try {
    await page.goto(fixtureByName('netocentre/home').url);
    await waitForStep(page, 'home');
    const popup = await popupAbout(await tabIdFor(page));
    const box = await popup.waitForSelector('[data-testid="pp-situation"]', { timeout: 8000 });
    assert.equal(await box.evaluate((e) => e.dataset.situation), 'everyday-ent');
    assert.match(await box.evaluate((e) => e.textContent), /Votre situation\s*:\s*Je me connecte d'habitude avec mon compte ENT/);
    await (await popup.$('[data-testid="pp-situation"] summary')).click();
    await (await popup.$('[data-testid="pp-situation"] button[data-situation="first-ent"]')).click();
    await popup.waitForFunction(() => document.querySelector('[data-testid="pp-situation"]')?.dataset.situation === 'first-ent', {
      timeout: 5000,
      polling: 100,
    });
    // The button shows the choice at once; « C'est noté » comes once it is stored.
    await popup.waitForFunction(() => /C'est noté/.test(document.querySelector('[data-testid="pp-situation-status"]')?.textContent ?? ''), {
      timeout: 5000,
      polling: 100,
    });
    const stored = await popup.evaluate(async () => (await browser.storage.local.get('situation')).situation);
    assert.equal(stored.netocentre.situation, 'first-ent');
    await popup.close();
  } finally {
    await page.close();
  }
});
