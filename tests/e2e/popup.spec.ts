/**
 * The popup (issue 7) in Chromium with the built extension: the official-site check's three outcomes, the
 * step help of « Où en suis-je ? », reopening a minimised overlay, guides, FAQ search, keyboard and axe.
 *
 * Two ways to open it against a tab:
 * - the real one: the fixture page is the active tab and the service worker calls `chrome.action.openPopup()`;
 *   the popup reads the tab with `tabs.query` (activeTab). Playwright does not list action popups, so the
 *   popup is driven over the browser's CDP session (Target.attachToTarget);
 * - the test-only page `popup.html?tab=<id>[&url=…]` (entrypoints/popup/target.ts), opened in a tab, which
 *   then runs the same check, content-script question and rendering.
 */
import type { BrowserContext, CDPSession, Page, Worker } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { fixtureByName } from '../support/fixtures.mjs';
import { axe as axeIn, expect, resetStorage, shot, SHOTS, storage, store, test } from './harness';

const OFFICIAL = fixtureByName('netocentre/activation-login');
const LOOKALIKE = fixtureByName('negative/lookalike-host');
const UNRELATED = fixtureByName('negative/other-site');

type Ext = { context: BrowserContext; serviceWorker: Worker; extensionId: string };

/** The id of a page's tab (the active tab once the page is in front; no `tabs` permission needed). */
async function tabIdOf(ext: Ext, page: Page): Promise<number> {
  await page.bringToFront();
  return ext.serviceWorker.evaluate(async () => {
    const [tab] = await (globalThis as any).chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab.id as number;
  });
}

/** Open the real action popup on the page's tab and return a way to evaluate in it. */
async function openActionPopup(ext: Ext, page: Page) {
  await page.bringToFront();
  const cdp: CDPSession = await ext.context.browser()!.newBrowserCDPSession();
  await ext.serviceWorker.evaluate(async () => {
    await (globalThis as any).chrome.action.openPopup();
  });
  let target: { targetId: string } | undefined;
  for (let i = 0; i < 50 && !target; i++) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    target = targetInfos.find((t) => t.url.startsWith(`chrome-extension://${ext.extensionId}/popup.html`));
    if (!target) await new Promise((r) => setTimeout(r, 100));
  }
  if (!target) throw new Error('action popup did not open');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  let seq = 0;
  const send = (method: string, params: object) =>
    new Promise<any>((resolve) => {
      const id = ++seq;
      const on = (e: { sessionId: string; message: string }) => {
        const m = JSON.parse(e.message);
        if (m.id !== id) return;
        cdp.off('Target.receivedMessageFromTarget', on);
        resolve(m.result);
      };
      cdp.on('Target.receivedMessageFromTarget', on);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });
  const evaluate = async <T>(expression: string): Promise<T> =>
    (await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })).result.value as T;
  return {
    evaluate,
    /** Wait until the check is shown; returns its kind, portal and step. */
    async check() {
      for (let i = 0; i < 100; i++) {
        const r = await evaluate<{ kind: string; portal: string | null; step: string | null; text: string } | null>(
          `(() => { const e = document.querySelector('[data-testid=pp-check]'); return e && { kind: e.dataset.kind, portal: e.dataset.portal ?? null, step: e.dataset.step ?? null, text: e.innerText }; })()`,
        );
        if (r) return r;
        await new Promise((res) => setTimeout(res, 100));
      }
      throw new Error('no check in the popup');
    },
    async screenshot(name: string) {
      const { data } = await send('Page.captureScreenshot', { format: 'png' });
      fs.mkdirSync(SHOTS, { recursive: true });
      fs.writeFileSync(path.join(SHOTS, `${name}.png`), Buffer.from(data, 'base64'));
    },
    async close() {
      await evaluate('window.close()').catch(() => null);
      await cdp.detach().catch(() => null);
    },
  };
}

/** Arabic chosen, then the popup on a phone about a tab showing `url`. */
async function arabicPhonePopup(ext: Ext, page: Page, url: string) {
  await storage.setLanguage(store(ext.serviceWorker), 'ar');
  await page.goto(url);
  return openPopupPage(ext, await tabIdOf(ext, page), url, { width: 360, height: 740 });
}

/** The test-only popup page about a tab (same check and rendering code as the action popup). */
async function openPopupPage(ext: Ext, tabId: number, url?: string, viewport = { width: 420, height: 720 }) {
  const popup = await ext.context.newPage();
  await popup.setViewportSize(viewport);
  const q = new URLSearchParams({ tab: String(tabId), ...(url ? { url } : {}) });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?${q}`);
  await expect(popup.getByTestId('pp-check')).toBeVisible();
  return popup;
}

/** axe-core (WCAG 2.2 AA) on the whole popup. */
const axe = (page: Page) => axeIn(page, { include: null });

// Debian's Chromium ships only the en-US UI locale (no chromium-l10n), so the extension would follow English
// now that locales/en.yml exists: these tests choose French the way a family does (the language setting).
test.beforeEach(async ({ ext }) => {
  await resetStorage(ext.serviceWorker, { lang: 'fr' });
});

test.describe('action popup (activeTab, chrome.action.openPopup)', () => {
  test('official ENT page: site check and the step the overlay shows', async ({ page, ext }) => {
    await page.goto(OFFICIAL.url);
    await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'activation-login');
    await expect(page.getByTestId('ce-panel')).toContainText('Étape');
    const popup = await openActionPopup(ext, page);
    const c = await popup.check();
    expect(c).toMatchObject({ kind: 'official', portal: 'netocentre', step: 'activation-login' });
    expect(c.text).toContain('Site officiel');
    const counter = await page.getByTestId('ce-panel').getByText(/Étape \d+ sur \d+/).first().innerText();
    await expect.poll(() => popup.evaluate<string>(`document.querySelector('[data-testid=pp-counter]')?.textContent ?? ''`)).toBe(counter);
    await popup.screenshot('popup-action-official');
    await popup.close();
  });

  // A look-alike host has no host permission: only a real click on the toolbar button grants activeTab there,
  // which a test cannot do (openPopup() from the service worker is not a user gesture). The look-alike outcome
  // is covered through the test path below and the unit table.

  test('unrelated page: not an ENT page', async ({ page, ext }) => {
    await page.goto(UNRELATED.url);
    const popup = await openActionPopup(ext, page);
    expect((await popup.check()).kind).toBe('unrelated');
    await popup.screenshot('popup-action-unrelated');
    await popup.close();
  });
});

test.describe('popup page about a tab (test path)', () => {
  test('three outcomes, with colour and icon, axe clean, desktop and 360 × 740', async ({ page, ext }) => {
    const cases = [
      { f: OFFICIAL, kind: 'official', tone: 'ok', text: 'Site officiel', passUrl: false },
      { f: LOOKALIKE, kind: 'lookalike', tone: 'danger', text: "N'entrez pas votre mot de passe ici", passUrl: true },
      { f: UNRELATED, kind: 'unrelated', tone: 'neutral', text: "Pas une page de l'ENT", passUrl: true },
    ];
    for (const c of cases) {
      await page.goto(c.f.url);
      const tabId = await tabIdOf(ext, page);
      for (const [label, viewport] of [
        ['desktop', { width: 420, height: 720 }],
        ['phone', { width: 360, height: 740 }],
      ] as const) {
        // The official page's URL is read from the tab itself (host permission); others are passed along.
        const popup = await openPopupPage(ext, tabId, c.passUrl ? c.f.url : undefined, viewport);
        const check = popup.getByTestId('pp-check');
        await expect(check).toHaveAttribute('data-kind', c.kind);
        await expect(check.locator('[data-tone]')).toHaveAttribute('data-tone', c.tone);
        await expect(check.locator('svg.pp-icon')).toBeVisible();
        await expect(check).toContainText(c.text);
        if (c.kind === 'lookalike') {
          await expect(popup.getByTestId('pp-official-url')).toHaveAttribute('href', 'https://lycees.netocentre.fr/');
          await expect(popup.getByTestId('pp-host')).toHaveText('lycees-netocentre.fr.example.com');
        }
        if (c.kind === 'official') {
          await expect(check).toHaveAttribute('data-step', 'activation-login');
          await expect(popup.getByTestId('pp-here')).toContainText('mot de passe provisoire');
        }
        const noScroll = await popup.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
        expect(noScroll, `${c.kind} ${label}: no horizontal scrolling`).toBe(true);
        expect(await axe(popup)).toEqual([]);
        await shot(popup, `popup-${c.kind}-${label}`);
        await popup.close();
      }
    }
  });

  test('reopens a minimised overlay', async ({ page, ext }) => {
    await page.goto(OFFICIAL.url);
    await page.getByTestId('ce-minimize').click();
    await expect(page.getByTestId('ce-reopen')).toBeVisible();
    const tabId = await tabIdOf(ext, page);
    const popup = await openPopupPage(ext, tabId);
    await popup.getByTestId('pp-reopen').click();
    await expect(popup.getByTestId('pp-live')).toHaveText("L'aide est de nouveau ouverte sur la page.");
    await expect(popup.getByTestId('pp-reopen')).toHaveCount(0);
    await expect(page.getByTestId('ce-panel')).toBeVisible();
    // The choice is remembered like a click on the page's own button.
    await page.reload();
    await expect(page.getByTestId('ce-panel')).toBeVisible();
    await popup.close();
  });

  test('guides list every journey step, expandable, with the overlay help', async ({ page, ext }) => {
    await page.goto(UNRELATED.url);
    const popup = await openPopupPage(ext, await tabIdOf(ext, page), UNRELATED.url);
    const guide = popup.locator('[data-testid=pp-guide][data-portal=touraine-eschool]');
    await guide.locator('summary').first().click();
    const activation = guide.locator('[data-journey=touraine-activation]');
    await expect(activation).toBeVisible();
    expect(await activation.locator('ol > li').count()).toBeGreaterThanOrEqual(8);
    const questions = activation.locator('details[data-step=activation-questions]');
    await questions.locator(':scope > summary').click();
    await expect(questions).toContainText('Première question secrète');
    expect(await axe(popup)).toEqual([]);
    await shot(popup, 'popup-guides-desktop');
    await popup.setViewportSize({ width: 360, height: 740 });
    expect(await popup.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await shot(popup, 'popup-guides-phone');
    await popup.close();
  });

  test('search across guides and FAQ, accent-insensitive, by keyboard', async ({ page, ext }) => {
    await page.goto(UNRELATED.url);
    const popup = await openPopupPage(ext, await tabIdOf(ext, page), UNRELATED.url);
    // Keyboard only: Tab to the search box.
    let onSearch = false;
    for (let i = 0; i < 15 && !onSearch; i++) {
      await popup.keyboard.press('Tab');
      onSearch = await popup.evaluate(() => document.activeElement?.id === 'pp-q');
    }
    expect(onSearch).toBe(true);
    await popup.keyboard.type('REINITIALISE');
    await expect(popup.getByTestId('pp-search-count')).toContainText('Réponses trouvées');
    const first = popup.getByTestId('pp-results').locator('li').first();
    await expect(first).toHaveAttribute('data-result', 'faq:account_reset');
    await popup.keyboard.press('Tab');
    await popup.keyboard.press('Enter');
    await expect(first.locator('details')).toHaveAttribute('open', '');
    await expect(first).toContainText('Mon compte a été réinitialisé');
    const withAccents = await popup.getByTestId('pp-results').locator('li').count();
    await popup.getByTestId('pp-search').fill('réinitialisé');
    await expect(popup.getByTestId('pp-results').locator('li')).toHaveCount(withAccents);
    await popup.getByTestId('pp-search').fill('mot de passe provisoire');
    await expect(popup.locator('[data-result^="step:"]').first()).toBeVisible();
    expect(await axe(popup)).toEqual([]);
    await shot(popup, 'popup-search-desktop');
    await popup.setViewportSize({ width: 360, height: 740 });
    await shot(popup, 'popup-search-phone');
    await popup.getByTestId('pp-search').fill('zzzz');
    await expect(popup.getByTestId('pp-search-count')).toHaveText('Aucune réponse. Essayez un autre mot.');
    await popup.close();
  });

  test('contacts and links to the demonstration and the settings', async ({ page, ext }) => {
    await page.goto(UNRELATED.url);
    const popup = await openPopupPage(ext, await tabIdOf(ext, page), UNRELATED.url);
    const contacts = popup.getByTestId('pp-contacts');
    await expect(contacts.locator('[data-contact=school]')).toBeVisible();
    await expect(contacts).toContainText('Besoin d');
    await expect(popup.getByTestId('popup-demo-link')).toHaveAttribute('href', `chrome-extension://${ext.extensionId}/demo.html`);
    await expect(popup.getByTestId('popup-options-link')).toHaveAttribute('href', `chrome-extension://${ext.extensionId}/options.html`);
    const faq = popup.getByTestId('pp-faq');
    await faq.locator('details[data-faq=temp_password] > summary').click();
    await expect(faq.locator('details[data-faq=temp_password]')).toContainText('chiffre 0');
    await faq.scrollIntoViewIfNeeded();
    await shot(popup, 'popup-faq-desktop');
    await contacts.scrollIntoViewIfNeeded();
    await shot(popup, 'popup-contacts-desktop');
    await popup.close();
  });

  test('Arabic: right to left, translated, axe clean', async ({ page, ext }) => {
    const popup = await arabicPhonePopup(ext, page, LOOKALIKE.url);
    await expect(popup.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(popup.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(popup.getByTestId('pp-check')).toContainText('لا تكتب كلمة المرور هنا');
    expect(await popup.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    expect(await axe(popup)).toEqual([]);
    await shot(popup, 'popup-lookalike-ar-phone');
    await popup.close();
  });

  test('Arabic: the search finds answers to Arabic words, the hint\'s example first', async ({ page, ext }) => {
    const popup = await arabicPhonePopup(ext, page, UNRELATED.url);
    await expect(popup.locator('html')).toHaveAttribute('lang', 'ar');
    // What the hint under the box suggests, typed as a family would.
    const example = ((await popup.locator('#pp-q-hint').textContent()) ?? '').split(':').slice(1).join(':').trim();
    expect(example).toMatch(/\p{Script=Arabic}/u);
    await popup.getByTestId('pp-search').fill(example);
    await expect(popup.locator('[data-result="faq:temp_password"]')).toBeVisible();
    // Written without the article, or with short vowels: the same answers.
    const count = await popup.getByTestId('pp-results').locator('li').count();
    await popup.getByTestId('pp-search').fill('كَلِمَة مرور مؤقتة');
    await expect(popup.getByTestId('pp-results').locator('li')).toHaveCount(count);
    expect(await axe(popup)).toEqual([]);
    await popup.getByTestId('pp-search').evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await shot(popup, 'popup-search-ar-phone');
    await popup.close();
  });

  test('opened as a page of its own (Firefox for Android): about the last used tab', async ({ page, ext }) => {
    await page.goto(OFFICIAL.url);
    await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'activation-login');
    await page.bringToFront();
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 360, height: 740 });
    // Who asked for the tab: popup.html's early classic script (entrypoints/popup/early.ts), then main.tsx takes
    // its answers; or, when that `async` script comes after main.tsx (a loaded machine), main.tsx alone. Once only.
    await popup.addInitScript(() => {
      const seen: string[] = [];
      let v: unknown;
      Object.defineProperty(globalThis, '__cePopupEarly', {
        configurable: true,
        get: () => v,
        set: (x) => void (seen.push(x === null ? 'taken' : 'asked'), (v = x)),
      });
      (globalThis as { __ceSeen?: string[] }).__ceSeen = seen;
    });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    const check = popup.getByTestId('pp-check');
    await expect(check).toHaveAttribute('data-kind', 'official');
    await expect(check).toHaveAttribute('data-step', 'activation-login');
    expect([['asked', 'taken'], ['taken']]).toContainEqual(await popup.evaluate(() => (globalThis as { __ceSeen?: string[] }).__ceSeen));
    expect(await popup.evaluate(() => [...document.scripts].some((s) => s.src.endsWith('/popup-early.js') && s.async))).toBe(true);
    await popup.close();
  });

  test('official page that is not a step: says so and opens that portal\'s guide', async ({ page, ext }) => {
    const news = fixtureByName('negative/unrelated-ent-page');
    await page.goto(news.url);
    const popup = await openPopupPage(ext, await tabIdOf(ext, page));
    await expect(popup.getByTestId('pp-check')).toHaveAttribute('data-kind', 'official');
    await expect(popup.getByTestId('pp-no-step')).toHaveText("Cette page n'est pas une étape de nos guides. Lisez les guides plus bas.");
    await expect(popup.locator('[data-testid=pp-guide][data-portal=netocentre]')).toHaveAttribute('open', '');
    await popup.getByTestId('pp-read-guide').click();
    await expect(popup.locator('#pp-guide-netocentre')).toBeInViewport();
    expect(await axe(popup)).toEqual([]);
    await popup.close();
  });
});

// Issue 20: no one's address among the contacts; « Ouvrir mon ENT » opens the official address.
test.describe('popup: contacts and « Ouvrir mon ENT » (issue 20)', () => {
  const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;

  test('the contacts show no personal address: the school first, then the official help of each portal', async ({ page, ext }) => {
    await page.goto(UNRELATED.url);
    const popup = await openPopupPage(ext, await tabIdOf(ext, page), UNRELATED.url);
    const contacts = popup.getByTestId('pp-contacts');
    await expect(contacts.locator('li').first()).toHaveAttribute('data-contact', 'school');
    await expect(contacts.locator('a[href^="mailto:"]')).toHaveCount(0);
    expect(await contacts.innerText()).not.toMatch(EMAIL);
    for (const id of ['netocentre', 'touraine-eschool', 'educonnect', 'mon-ent-occitanie']) {
      await expect(contacts.locator(`a[data-portal="${id}"]`)).toHaveAttribute('href', /^https:\/\//);
    }
    await contacts.scrollIntoViewIfNeeded();
    await shot(popup, 'popup-contacts-issue20-fr');
    await popup.close();
  });

  test('« Ouvrir mon ENT »: the remembered portal first, opening its official address', async ({ page, ext }) => {
    await ext.serviceWorker.evaluate(async () => {
      const choices = [
        { portal: 'mon-ent-occitanie', establishment: 'jean-moulin-beziers.mon-ent-occitanie.fr', value: 'MONT-EDU_parent_eleve', label: 'de l\'académie de Montpellier avec EduConnect', lastUsed: Date.now(), auto: false },
      ];
      await (globalThis as any).chrome.storage.local.set({ choices, choices$: { v: 2 } });
    });
    await page.goto(UNRELATED.url);
    const popup = await openPopupPage(ext, await tabIdOf(ext, page), UNRELATED.url);
    const open = popup.getByTestId('pp-open-ent');
    const mine = open.locator('a[data-mine=true]');
    await expect(mine).toHaveAttribute('data-portal', 'mon-ent-occitanie');
    await expect(mine).toHaveAttribute('href', 'https://jean-moulin-beziers.mon-ent-occitanie.fr/');
    for (const id of ['netocentre', 'touraine-eschool', 'educonnect']) {
      await expect(open.locator(`a[data-portal="${id}"]`)).toHaveAttribute('href', /^https:\/\/[a-z.-]+\/$/);
    }
    const [opened] = await Promise.all([ext.context.waitForEvent('page'), mine.click()]);
    await opened.waitForLoadState('domcontentloaded').catch(() => {});
    expect(opened.url()).toBe('https://jean-moulin-beziers.mon-ent-occitanie.fr/');
    await opened.close();
    await shot(popup, 'popup-open-ent-fr');
    await popup.close();
  });

  test('Arabic: contacts and « Ouvrir mon ENT » translated, no address', async ({ page, ext }) => {
    const popup = await arabicPhonePopup(ext, page, UNRELATED.url);
    await expect(popup.getByTestId('pp-open-ent')).toContainText('افتح');
    const contacts = popup.getByTestId('pp-contacts');
    await expect(contacts.locator('a[href^="mailto:"]')).toHaveCount(0);
    await shot(popup, 'popup-open-ent-ar');
    await contacts.scrollIntoViewIfNeeded();
    await shot(popup, 'popup-contacts-issue20-ar');
    await popup.close();
  });
});

// Issue 19: « Où en suis-je ? » shows the family's situation on this portal and changes it (stored per portal).
test.describe("popup: the family's situation", () => {
  test('shows the stored situation in words, a choice is stored for the portal (fr, ar)', async ({ page, ext }) => {
    await ext.serviceWorker.evaluate(async () => {
      await (globalThis as any).chrome.storage.local.set({ situation: { netocentre: { situation: 'everyday-ent' } }, situation$: { v: 1 } });
    });
    const home = fixtureByName('netocentre/home');
    await page.goto(home.url);
    await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'home');
    const tabId = await tabIdOf(ext, page);
    let popup = await openPopupPage(ext, tabId);
    const box = popup.getByTestId('pp-situation');
    await expect(box).toHaveAttribute('data-situation', 'everyday-ent');
    await expect(popup.getByTestId('pp-situation-now')).toHaveText(/^Votre situation\s*:\s*Je me connecte d'habitude avec mon compte ENT$/);
    await box.locator('summary').click();
    const choices = box.locator('button[data-situation]');
    await expect(choices).toHaveCount(5);
    // No letter, after the EduConnect letter, as on the card: its own button.
    await expect(box.locator('button[data-letter="none"]')).toHaveText("Je n'ai pas de courrier");
    await expect(box.locator('li:nth-child(3) button')).toHaveAttribute('data-letter', 'none');
    await expect(box.locator('button[data-situation=everyday-ent]')).toHaveAttribute('aria-pressed', 'true');
    await box.locator('button[data-situation=first-educonnect]').click();
    await expect(box).toHaveAttribute('data-situation', 'first-educonnect');
    await expect(popup.getByTestId('pp-situation-status')).toHaveText(/C'est noté/);
    const stored = await ext.serviceWorker.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('situation')).situation);
    expect(stored.netocentre.situation).toBe('first-educonnect');
    expect(await axe(popup)).toEqual([]);
    await shot(popup, 'sitpages-popup-fr');
    await popup.close();

    // in Arabic, right to left, the same answer
    await storage.setLanguage(store(ext.serviceWorker), 'ar');
    popup = await openPopupPage(ext, tabId, undefined, { width: 360, height: 740 });
    await expect(popup.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(popup.getByTestId('pp-situation')).toHaveAttribute('data-situation', 'first-educonnect');
    await popup.getByTestId('pp-situation').locator('summary').click();
    expect(await popup.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await shot(popup, 'sitpages-popup-ar');
    await popup.close();
  });
});
