/**
 * Hostile pages: the page's scripts sabotage globals and flood mutations; page text holds markup. The
 * overlay (isolated world, shadow root, text-only rendering) must still work and never render page markup.
 */
import { fixtureByName } from '../support/fixtures.mjs';
import { expect, resetStorage, test } from './harness';

const SABOTAGE = `<script>
  window.MutationObserver = function () { throw new Error('no observers'); };
  Element.prototype.attachShadow = function () { throw new Error('no shadow'); };
  window.JSON = { parse() { throw new Error('x'); }, stringify() { throw new Error('x'); } };
  window.__flood = setInterval(() => { const d = document.createElement('span'); d.textContent = Math.random(); document.body.appendChild(d); if (document.body.children.length > 3000) document.body.lastChild.remove(); }, 1);
  window.__pwned = false;
  // The page's own task scheduling: the content script schedules its tasks in its isolated world, never here.
  if (window.scheduler) window.scheduler.postTask = function () { window.__pwned = 'postTask'; throw new Error('no tasks'); };
  window.setTimeout = function () { window.__pwned = 'setTimeout'; throw new Error('no timers'); };
</script>`;

test('a page that sabotages globals and floods mutations still gets its overlay', async ({ page, ext }) => {
  await resetStorage(ext.serviceWorker);
  // A known road, so that the card shows its counter (a message round trip the sabotage must not break).
  await ext.serviceWorker.evaluate(() =>
    (globalThis as any).chrome.storage.local.set({ situation: { netocentre: { situation: 'everyday-ent' } }, situation$: { v: 1 } }),
  );
  const f = fixtureByName('netocentre/login-new');
  const url = `${f.url}&hostile=1`;
  await page.route(url, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: f.html.replace('<head>', `<head>${SABOTAGE}`) }));
  await page.goto(url);
  await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'login');
  await expect(page.getByTestId('ce-panel')).toBeVisible();
  await expect(page.getByTestId('ce-counter')).toHaveText(/Étape \d+ sur \d+/);
  expect(await page.evaluate(() => (window as any).__pwned)).toBe(false);
});

test('page text containing markup is never rendered as markup in the overlay', async ({ page, ext }) => {
  await resetStorage(ext.serviceWorker);
  const f = fixtureByName('netocentre/account-choice');
  const url = `${f.url}&evil=1`;
  const evil = '&lt;img src=x onerror="window.__pwned=1"&gt;<b>&lt;script&gt;window.__pwned=2&lt;/script&gt;</b>';
  await page.route(url, (r) =>
    r.fulfill({ contentType: 'text/html; charset=utf-8', body: f.html.replace('LYCEE POTHIER - ORLEANS', evil).replace('<h2>', `<h2>${evil} `) }),
  );
  await page.goto(url);
  await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'account-choice');
  const inOverlay = await page.evaluate(() => {
    const root = document.querySelector('compagnon-ent')!.shadowRoot!;
    return { imgs: root.querySelectorAll('img').length, scripts: root.querySelectorAll('script').length };
  });
  expect(inOverlay).toEqual({ imgs: 0, scripts: 0 });
  expect(await page.evaluate(() => (window as any).__pwned ?? false)).toBe(false);
});

const GUESSES = [
  'manifest.json',
  'content-scripts/content.css',
  'content-scripts/content-ui.js',
  'content-scripts/content-netocentre.js',
  'content-scripts/content-educonnect.js',
  'content-scripts/entry-netocentre.js',
  'popup.html',
  '_locales/fr/messages.json',
];

async function probe(page: import('@playwright/test').Page, id: string) {
  return page.evaluate(
    async ({ id, paths }) => {
      const out: string[] = [];
      for (const p of paths) {
        const url = `chrome-extension://${id}/${p}`;
        try {
          const r = await fetch(url);
          out.push(`fetch ${p}:${r.status}`);
        } catch {
          out.push(`fetch ${p}:blocked`);
        }
        if (p.endsWith('.js')) {
          // A page-world import() of the lazy overlay module by its static URL must fail too.
          try {
            await import(/* @vite-ignore */ url);
            out.push(`import ${p}:loaded`);
          } catch {
            out.push(`import ${p}:blocked`);
          }
        }
      }
      return out;
    },
    { id, paths: GUESSES },
  );
}

// The overlay UI module and its stylesheet are web-accessible (the content script imports them) but only
// to ENT pages and only under Chrome's per-session dynamic URL: the static, guessable extension URL stays
// closed on ENT pages and on any other page.
test('a page cannot load an extension resource by a guessed URL (ENT page and other site)', async ({ page, ext }) => {
  await resetStorage(ext.serviceWorker);
  await page.goto(fixtureByName('netocentre/login-new').url);
  // The content script did load the module on this very page (overlay shown) …
  await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'login');
  // … yet the page itself cannot reach it by the extension id.
  const onEnt = await probe(page, ext.extensionId);
  expect(onEnt.filter((t) => !t.endsWith(':blocked'))).toEqual([]);
  expect(onEnt).toHaveLength(GUESSES.length + GUESSES.filter((p) => p.endsWith('.js')).length);

  await page.route('https://www.example.org/**', (r) => r.fulfill({ contentType: 'text/html', body: '<h1>Autre site</h1>' }));
  await page.goto('https://www.example.org/');
  const elsewhere = await probe(page, ext.extensionId);
  expect(elsewhere.filter((t) => !t.endsWith(':blocked'))).toEqual([]);
});

// The content script tells the page nothing: WXT's own context posted a `wxt:content-script-started` message
// holding the extension id to every page it ran on, and tore the help down when the page fired that event
// itself. Ours (utils/script-life.ts) only listens. The page below records every message it receives and the
// events of that name (under the real id), then forges them.
test('the page learns nothing of the extension from messages or events, and cannot make it stop', async ({ page, ext }) => {
  await resetStorage(ext.serviceWorker);
  const f = fixtureByName('netocentre/login-new');
  const url = `${f.url}&listen=1`;
  const id = ext.extensionId;
  const spy = `<script>
    window.__seen = [];
    const note = (kind, data) => { try { window.__seen.push(kind + ' ' + (typeof data === 'string' ? data : JSON.stringify(data))); } catch { window.__seen.push(kind + ' ?'); } };
    addEventListener('message', (e) => note('message', e.data), true);
    // The entry's names, before and since it is built per group of portals (modules/content-entries.ts).
    const scripts = ['content', 'content-netocentre'];
    const names = [...scripts.map((s) => '${id}:' + s + ':wxt:content-script-started'), 'wxt:content-script-started'];
    for (const name of names) {
      document.addEventListener(name, (e) => note('event', name + ' ' + JSON.stringify(e.detail)), true);
    }
    window.__forge = () => {
      for (const name of names) {
        for (const s of scripts) {
          document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: s, messageId: 'forged' } }));
          window.postMessage({ type: name, contentScriptName: s, messageId: 'forged' }, '*');
        }
      }
    };
  </script>`;
  await page.route(url, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: f.html.replace('<head>', `<head>${spy}`) }));
  await page.goto(url);
  await expect(page.getByTestId('ce-panel')).toBeVisible();
  const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
  expect(seen.filter((s) => s.includes(id) || s.includes('wxt'))).toEqual([]);
  expect(seen).toEqual([]);

  // Forged « a newer copy started » events, then a change the overlay must still follow.
  await page.evaluate(() => (window as unknown as { __forge(): void }).__forge());
  await page.waitForTimeout(300);
  await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'login');
  await expect(page.getByTestId('ce-panel')).toBeVisible();
  await page.evaluate(() => history.pushState(null, '', location.pathname + '?moved=1'));
  await page.locator('#username').fill('x');
  await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'login');
  await expect(page.getByTestId('ce-panel')).toBeVisible();
});
