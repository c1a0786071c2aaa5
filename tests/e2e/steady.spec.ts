/**
 * Steady state (issue 23; docs/decisions/steady-state.md): on a recognised page, a widget whose text keeps
 * changing makes the overlay look at nothing again; a password field appearing does. Counted, not timed: the
 * controller counts on its host the mutation batches that asked for a pass (`data-rechecks`, judged in the
 * mutation observer's callback, a microtask after the change) and the passes that ran (`data-passes`).
 */
import { loadFixtures } from '../support/fixtures.mjs';
import { expect, resetStorage, test } from './harness';

const services = loadFixtures().find((f) => f.name === 'netocentre/services.html')!;

test('100 text-only changes of an unrelated widget: no re-check; a password field added: one', async ({ page, ext }) => {
  await resetStorage(ext.serviceWorker);
  await page.goto(services.url);
  const host = page.locator('compagnon-ent');
  await expect(host).toHaveAttribute('data-step', 'services');
  await expect(host).toHaveAttribute('data-passes', /\d+/);
  const count = async (name: string) => Number((await host.getAttribute(name)) ?? 0);
  const rechecks = await count('data-rechecks');
  // A widget of the page's own (a counter in a feed item), then 100 changes of its text, each in a task.
  await page.evaluate(async () => {
    document.body.insertAdjacentHTML('beforeend', '<section class="widget"><ul><li><span class="count">0</span> messages</li></ul></section>');
    const counter = document.querySelector('.widget .count')!;
    for (let i = 1; i <= 100; i++) {
      counter.textContent = String(i);
      await new Promise((r) => setTimeout(r, 0));
    }
  });
  expect(await count('data-rechecks')).toBe(rechecks);
  const passes = await count('data-passes');
  // A password field appears: judged at once (the observer's microtask), and a pass follows.
  await page.evaluate(async () => {
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<form><input type="password" name="password"></form>');
    await new Promise((r) => setTimeout(r, 0));
  });
  expect(await count('data-rechecks')).toBe(rechecks + 1);
  await expect.poll(() => count('data-passes')).toBeGreaterThan(passes);
  await expect(host).toHaveAttribute('data-step', 'services');
});

test('a busy widget below the ring: toggles, links with the step\'s and the home page\'s words: no re-check', async ({ page, ext }) => {
  await resetStorage(ext.serviceWorker);
  await page.goto(services.url);
  const host = page.locator('compagnon-ent');
  await expect(host).toHaveAttribute('data-step', 'services');
  await expect(page.locator('a.app[data-compagnon-target]')).toHaveText('Pronote');
  const count = async (name: string) => Number((await host.getAttribute(name)) ?? 0);
  // The lens is made from a pass that recognised the page (the first may be the entry's answer, handed over).
  await expect.poll(() => count('data-passes')).toBeGreaterThanOrEqual(2);
  const rechecks = await count('data-rechecks');
  // Below the « Pronote » link the ring is on: a feed whose items are toggled, added and removed, some naming
  // Pronote (the ring's words: only an element above it can move the ring) or « Se connecter » (the home page's
  // words: that step is ruled out by the logout link, which is all it is read for).
  await page.evaluate(async () => {
    document.body.insertAdjacentHTML('beforeend', '<section class="widget"><ul class="feed"><li><a href="#n0">Sortie au musée</a></li></ul></section>');
    const widget = document.querySelector('.widget')!;
    const feed = widget.querySelector('.feed')!;
    for (let i = 1; i <= 30; i++) {
      widget.classList.toggle('hot');
      feed.firstElementChild!.classList.toggle('unread');
      feed.insertAdjacentHTML('beforeend', `<li><a href="#n${i}">${i % 2 ? 'Pronote : nouvelles notes' : 'Se connecter à la cantine'}</a></li>`);
      if (feed.children.length > 3) feed.firstElementChild!.remove();
      await new Promise((r) => setTimeout(r, 0));
    }
  });
  expect(await count('data-rechecks')).toBe(rechecks);
  // The same link above the ring can move it: judged at once.
  await page.evaluate(async () => {
    document.querySelector('header')!.insertAdjacentHTML('beforeend', '<a href="#p">Pronote</a>');
    await new Promise((r) => setTimeout(r, 0));
  });
  expect(await count('data-rechecks')).toBe(rechecks + 1);
});
