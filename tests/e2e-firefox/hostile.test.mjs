// Firefox: the content script tells the page nothing (utils/script-life.ts). The page records every message
// it receives and the `wxt:content-script-started` events under our add-on id (WXT's context used to post and
// dispatch them), then forges them: the help must stay and keep following the page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureByName } from '../support/fixtures.mjs';
import { ADDON_ID, fileBrowser, fixturePage, sleep, waitForStep, waitInCard } from './harness.mjs';

const browser = fileBrowser();

const SPY = `<script>
  window.__seen = [];
  // The page's own task scheduling: the content script schedules its tasks in its own scope, never through these.
  window.__pwned = false;
  if (window.scheduler) window.scheduler.postTask = function () { window.__pwned = 'postTask'; throw new Error('no tasks'); };
  window.setTimeout = function () { window.__pwned = 'setTimeout'; throw new Error('no timers'); };
  const note = (kind, data) => { try { window.__seen.push(kind + ' ' + JSON.stringify(data)); } catch { window.__seen.push(kind + ' ?'); } };
  addEventListener('message', (e) => note('message', e.data), true);
  // The entry's names, before and since it is built per group of portals (modules/content-entries.ts).
  const scripts = ['content', 'content-netocentre'];
  const names = [...scripts.map((s) => '${ADDON_ID}:' + s + ':wxt:content-script-started'), 'wxt:content-script-started'];
  for (const name of names) document.addEventListener(name, (e) => note('event', name), true);
  window.__forge = () => {
    for (const name of names) {
      for (const s of scripts) {
        document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: s, messageId: 'forged' } }));
        window.postMessage({ type: name, contentScriptName: s, messageId: 'forged' }, '*');
      }
    }
  };
</script>`;

test('firefox: the page learns nothing from messages or events, and cannot make the help stop', async () => {
  const f = fixtureByName('netocentre/login-new');
  const page = await fixturePage(browser(), { serve: () => f.html.replace('<head>', `<head>${SPY}`) });
  try {
    await page.goto(f.url);
    await waitForStep(page, 'login');
    await waitInCard(page, '[data-testid="ce-panel"]', 5000);
    assert.deepEqual(await page.evaluate(() => window.__seen), []);
    assert.equal(await page.evaluate(() => window.__pwned), false);

    await page.evaluate(() => window.__forge());
    await sleep(400);
    assert.equal(await page.evaluate(() => document.querySelector('compagnon-ent')?.getAttribute('data-step')), 'login');
    assert.ok(await page.$('pierce/[data-testid="ce-panel"]'), 'help card still there');
    // Still following the page: the step's state changes when the error message appears.
    await page.evaluate(() => {
      const p = document.createElement('div');
      p.className = 'alert alert-danger';
      p.textContent = 'Mauvais identifiant / mot de passe.';
      (document.querySelector('form') ?? document.body).prepend(p);
    });
    await page.waitForFunction(() => document.querySelector('compagnon-ent')?.getAttribute('data-state') === 'error', { timeout: 5000, polling: 100 });
  } finally {
    await page.close();
  }
});
