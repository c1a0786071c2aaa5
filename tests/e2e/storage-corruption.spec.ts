/**
 * Hardening (issue 9): corrupted, partial, oversized and future-version values in every storage item. The
 * service worker writes them straight into `chrome.storage`; fixture pages, the popup and the demo page then
 * load → the overlay is still correct, valid entries are kept, and no error reaches a page.
 *
 * "Every storage item" is read from the sources: each `defineValidatedItem('local:…')` / `storage.defineItem`
 * key (or `const …_KEY = 'local:…'` constant) under utils/ and entrypoints/ gets the generic corruptions, so
 * items added later are covered too.
 * `prefs` and `lang` also get item-specific partial values whose valid part must survive.
 */
import type { Page, Worker } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { fixtureByName } from '../support/fixtures.mjs';
import { expect, resetStorage, test } from './harness';

const ROOT = path.resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(d.name) ? [p] : [];
  });
}

/** Storage keys (without the `local:` area prefix) of every item the sources define. */
const ITEM_KEYS = [
  ...new Set(
    ['utils', 'entrypoints']
      .flatMap((d) => sourceFiles(path.join(ROOT, d)))
      .flatMap((f) => [
        ...fs.readFileSync(f, 'utf8').matchAll(/(?:defineValidatedItem|defineItem)\s*(?:<[^>(]*>)?\(\s*['"`](?:local|sync|session):([\w:.-]+)['"`]/g),
        // Keys named by a constant (utils/storage/first-paint.ts: the items the entry also reads early).
        ...fs.readFileSync(f, 'utf8').matchAll(/const \w+_KEY\s*=\s*['"`](?:local|sync|session):([\w:.-]+)['"`]/g),
      ])
      .map((m) => m[1]),
  ),
].sort();

test('the sources define the storage items this test corrupts', () => {
  expect(ITEM_KEYS).toEqual(expect.arrayContaining(['lang', 'prefs']));
});

const huge = 'x'.repeat(200_000);
const manyKeys = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}/${'y'.repeat(90)}`, i % 2 === 0]));

/** Generic corruptions applied to every item (value, and WXT's version meta key `<key>$`). */
const GENERIC: Record<string, (key: string) => Record<string, unknown>> = {
  corrupted: (k) => ({ [k]: '{"not json', [`${k}$`]: 'garbage' }),
  'wrong types': (k) => ({ [k]: [null, 1, { a: [] }], [`${k}$`]: { v: 'one' } }),
  oversized: (k) => ({ [k]: { huge, minimized: manyKeys, activated: Array.from({ length: 3000 }, () => huge.slice(0, 50)), list: Array(20000).fill(huge.slice(0, 10)) } }),
  'future version': (k) => ({ [k]: { v2Field: { nested: true }, minimized: 'later' }, [`${k}$`]: { v: 99 } }),
};

async function write(sw: Worker, values: Record<string, unknown>) {
  await resetStorage(sw);
  await sw.evaluate(async (v) => {
    const c = (globalThis as any).chrome;
    await c.storage.local.set(v);
  }, values);
}

async function corruptJourneyState(sw: Worker, value: unknown) {
  await sw.evaluate(async (v) => {
    const c = (globalThis as any).chrome;
    const area = c.storage.session ?? c.storage.local;
    const all = await area.get(null);
    const keys = Object.keys(all).filter((k) => k.startsWith('journey:'));
    await area.set(Object.fromEntries(keys.map((k) => [k, v])));
  }, value);
}

/** Load a fixture page and check the overlay is the right one, shown and working; collect page errors. */
async function expectOverlay(page: Page, name: string, step: string, errors: string[]) {
  await page.goto(fixtureByName(name).url);
  const host = page.locator('compagnon-ent');
  await expect(host).toHaveAttribute('data-step', step);
  await expect(host).toHaveAttribute('data-portal', name.split('/')[0]);
  await expect(page.getByTestId('ce-panel').or(page.getByTestId('ce-reopen'))).toBeVisible();
  expect(errors, 'errors in the page').toEqual([]);
}

for (const [label, make] of Object.entries(GENERIC)) {
  test(`${label} values in every storage item: overlay still correct, no page error`, async ({ page, ext }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await write(ext.serviceWorker, Object.assign({}, ...ITEM_KEYS.map((k) => make(k))));
    await expectOverlay(page, 'netocentre/login-new', 'login', errors);
    // The journey state kept by the background (session storage) corrupted too: the help still shows.
    await corruptJourneyState(ext.serviceWorker, make('j')['j']);
    await expectOverlay(page, 'netocentre/account-choice', 'account-choice', errors);
    await expectOverlay(page, 'touraine-eschool/activation-password', 'activation-password', errors);
    // The overlay can still write its preferences: minimise, reload, still minimised.
    await page.getByTestId('ce-minimize').click();
    await expect(page.getByTestId('ce-reopen')).toBeVisible();
    // Written before the reload: with oversized values the write takes a while, and a reload that comes first
    // would test the race, not the write (it failed so once in CI).
    await expect
      .poll(() =>
        ext.serviceWorker.evaluate(async () => {
          const { prefs } = await (globalThis as any).chrome.storage.local.get('prefs');
          return prefs?.minimized?.['touraine-eschool/activation-password'] ?? null;
        }),
      )
      .toBe(true);
    await page.reload();
    await expect(page.getByTestId('ce-reopen')).toBeVisible();
    // The extension's own pages survive the same values.
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await expect(page.locator('#app')).not.toBeEmpty();
    await page.goto(`chrome-extension://${ext.extensionId}/demo.html`);
    await page.waitForFunction(() => !!(window as any).compagnonDemo);
    expect(errors, 'errors in the extension pages').toEqual([]);
  });
}

test('partial values: valid entries are kept, invalid ones dropped', async ({ page, ext }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await write(ext.serviceWorker, {
    prefs: {
      minimized: { 'netocentre/login': true, 'netocentre/account-choice': 'yes', [huge.slice(0, 300)]: true },
      activated: [42, null, huge.slice(0, 100)],
      unknownField: 1,
    },
    lang: 'tlh',
  });
  // The valid entry survives: the login help opens minimised, as the family left it.
  await page.goto(fixtureByName('netocentre/login-new').url);
  await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'login');
  await expect(page.getByTestId('ce-reopen')).toBeVisible();
  await expect(page.getByTestId('ce-panel')).toHaveCount(0);
  // The invalid one is dropped: the account choice help is open; an unknown language falls back to the
  // browser's (French here).
  await expectOverlay(page, 'netocentre/account-choice', 'account-choice', errors);
  await expect(page.getByTestId('ce-panel')).toBeVisible();
  await expect(page.getByTestId('ce-panel')).toContainText(/[éèàç]|Étape/);
  // A later write keeps only valid data.
  await page.getByTestId('ce-minimize').click();
  await expect
    .poll(async () => ext.serviceWorker.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('prefs')).prefs))
    .toEqual({ minimized: { 'netocentre/login': true, 'netocentre/account-choice': true }, activated: [] });
  expect(errors).toEqual([]);
});
