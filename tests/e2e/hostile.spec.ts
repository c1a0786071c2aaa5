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
</script>`;

test('a page that sabotages globals and floods mutations still gets its overlay', async ({ page, ext }) => {
  await resetStorage(ext.serviceWorker);
  const f = fixtureByName('netocentre/login-new');
  const url = `${f.url}&hostile=1`;
  await page.route(url, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: f.html.replace('<head>', `<head>${SABOTAGE}`) }));
  await page.goto(url);
  await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'login');
  await expect(page.getByTestId('ce-panel')).toBeVisible();
  await expect(page.getByTestId('ce-counter')).toHaveText(/Étape \d+ sur \d+/);
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

test('a page cannot load an extension resource by a guessed URL', async ({ page, ext }) => {
  await page.goto(fixtureByName('netocentre/home').url);
  const tries = await page.evaluate(async (id) => {
    const out: string[] = [];
    for (const p of ['manifest.json', 'content-scripts/content.css', 'popup.html', '_locales/fr/messages.json']) {
      try {
        const r = await fetch(`chrome-extension://${id}/${p}`);
        out.push(`${p}:${r.status}`);
      } catch {
        out.push(`${p}:blocked`);
      }
    }
    return out;
  }, ext.extensionId);
  expect(tries.every((t) => t.endsWith(':blocked'))).toBe(true);
});
