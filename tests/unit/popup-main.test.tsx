/**
 * Issue 23, the popup's first chunk (entrypoints/popup/main.tsx): the status card of « Où en suis-je ? » shows
 * before the lazily imported rest of the popup (entrypoints/popup/popup-rest.tsx) has arrived, in the language
 * read plainly from storage (the zod-checked item lives in the rest, held back here); the rest then renders in
 * the same tree, in the popup's order. A stored language the plain read cannot vouch for waits for the checked
 * item: nothing is painted before it (no text in another language first).
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { setMessages, t, type ChromeMessages } from '@/utils/i18n';
import { loadLocale } from '../support/i18n-setup';

/** The rest's import waits for `gate` (opened by the test). */
const held = { gate: Promise.resolve(), loaded: false };

const locales: Record<string, ChromeMessages> = {};
let app: HTMLElement;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.resetModules();
  held.loaded = false;
  vi.doMock('@/entrypoints/popup/popup-rest', async (importOriginal) => {
    await held.gate;
    const m = await importOriginal();
    held.loaded = true;
    return m;
  });
  for (const l of ['fr', 'en', 'ar']) locales[l] ??= await loadLocale(l);
  // The extension's own locale files (utils/page-language-first.ts readLocaleFile).
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (url) => {
    const lang = /_locales\/(\w+)\/messages\.json$/.exec(String(url))?.[1];
    return lang && locales[lang] ? new Response(JSON.stringify(locales[lang])) : new Response('', { status: 404 });
  });
  // The active tab: an unrelated page; the popup is not a tab of its own.
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 3, url: 'https://www.example.org/' }] as never);
  vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(undefined as never);
  app = document.createElement('div');
  app.id = 'app';
  document.body.append(app);
});

afterEach(() => {
  vi.doUnmock('@/entrypoints/popup/popup-rest');
  render(null, app);
  app.remove();
  vi.restoreAllMocks();
  setMessages(locales.fr, 'fr');
  document.documentElement.lang = 'fr';
  document.documentElement.dir = 'ltr';
});

/** Wait (on the clock, not as an assertion) until `cond` holds: module imports take a while in the test runner. */
async function until(cond: () => unknown) {
  for (let i = 0; i < 500 && !cond(); i++) await new Promise((r) => setTimeout(r, 20));
  return cond();
}

const title = () => app.querySelector('[data-testid=pp-check] .pp-status-title')?.textContent;

/** Stores `stored`, holds the popup's rest back and starts main.tsx; `release` lets the rest arrive. */
async function startPopup(stored: Record<string, unknown>) {
  let release!: () => void;
  held.gate = new Promise<void>((r) => (release = r));
  await fakeBrowser.storage.local.set(stored);
  const get = vi.spyOn(fakeBrowser.storage.local, 'get');
  await import('@/entrypoints/popup/main');
  return { release, get };
}

describe('popup first chunk', () => {
  it('shows the status card before the rest arrives, in the language read plainly (Arabic: right to left)', async () => {
    const { release, get } = await startPopup({ lang: 'ar', lang$: { v: 1 } });

    expect(await until(title)).toBe(locales.ar.popup_check_unrelated_title.message);
    expect(held.loaded).toBe(false);
    // One plain read of the language item's keys; no WXT item (its module is held back with the rest).
    expect(get.mock.calls).toEqual([[['lang', 'lang$']]]);
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect(app.querySelector('h1')?.textContent).toBe(t('ext.name'));
    for (const id of ['pp-open-ent', 'pp-contacts', 'pp-language']) expect(app.querySelector(`[data-testid=${id}]`)).toBeNull();

    // The rest arrives: the same tree, the popup's sections in order after « Où en suis-je ? ».
    release();
    await until(() => app.querySelector('[data-testid=pp-language] input[type=radio]:not([disabled])'));
    const sections = [...app.querySelectorAll('main > section')].map((s) => s.getAttribute('data-testid') || s.id || s.getAttribute('aria-labelledby'));
    expect(sections).toEqual(['pp-where', 'pp-open-ent', 'pp-guides', 'pp-faq', 'pp-contacts', 'pp-links-h', 'pp-language']);
    expect(app.querySelector('[data-testid=language-ar]')).toHaveProperty('checked', true);
    expect(title()).toBe(locales.ar.popup_check_unrelated_title.message);
  });

  it('a stored language the plain read cannot vouch for: no paint until the checked item has answered', async () => {
    // A version the item would migrate first: only the WXT item can tell.
    const { release, get } = await startPopup({ lang: 'ar', lang$: { v: 99 } });
    await until(() => get.mock.calls.length);
    for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 20));
    expect(app.childElementCount).toBe(0);
    release();
    expect(await until(title)).toBeTruthy();
    expect(held.loaded).toBe(true);
  });

  it('follows a language the family picks in it, live: questions, guides and search in that language', async () => {
    const { release } = await startPopup({ lang: 'fr', lang$: { v: 1 } });
    release();
    const arabic = /[\u0600-\u06ff]/;
    const question = () => app.querySelector('[data-faq=temp_password] summary')?.textContent ?? '';
    const journeys = () => [...app.querySelectorAll('[data-testid=pp-guide] [data-journey] h3')].map((h) => h.textContent ?? '');
    await until(() => question() && app.querySelector('[data-testid=language-ar]:not([disabled])'));
    const french = question();
    expect(french).toMatch(/mot de passe provisoire/i);
    (app.querySelector('[data-testid=language-ar]') as HTMLInputElement).click();
    expect(await until(() => document.documentElement.lang === 'ar' && question() !== french)).toBe(true);
    // Built again in Arabic, not kept in French from the first paint.
    expect(question()).toMatch(arabic);
    for (const g of app.querySelectorAll<HTMLDetailsElement>('[data-testid=pp-guide]')) {
      g.open = true;
      g.dispatchEvent(new Event('toggle'));
    }
    expect(await until(() => journeys().length)).toBeTruthy();
    for (const j of journeys()) expect(j).toMatch(arabic);
    // The search looks in the Arabic texts: the example under the box, as shown.
    const hint = app.querySelector('#pp-q-hint')?.textContent ?? '';
    expect(hint).toMatch(arabic);
    const box = app.querySelector('[data-testid=pp-search]') as HTMLInputElement;
    box.value = hint.split(':').pop()!.trim();
    box.dispatchEvent(new Event('input', { bubbles: true }));
    expect(await until(() => app.querySelector('[data-result="faq:temp_password"]'))).toBeTruthy();
  });

  it('an official page whose content script has not answered yet: the step shows once it does', async () => {
    const { whereReply } = await import('@/utils/messages');
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 3, url: 'https://ent.netocentre.fr/cas/login' }] as never);
    const step = whereReply({ portal: 'netocentre', step: 'login', state: null, help: 'netocentre.login' }, null, false);
    // The entry module has not arrived: no receiving end, twice; then the UI module answers.
    const send = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValue(step as never);
    const { release } = await startPopup({});
    release();
    const check = () => app.querySelector('[data-testid=pp-check]');
    expect(await until(() => check()?.getAttribute('data-kind') === 'official')).toBe(true);
    expect(await until(() => check()?.getAttribute('data-step') === 'login')).toBe(true);
    // Two refusals, then the answer (on a slow machine later asks can already be on their way).
    const { ASK_AGAIN_MS } = await import('@/entrypoints/popup/App');
    const asked = send.mock.calls.length;
    expect(asked).toBeGreaterThanOrEqual(3);
    expect(asked).toBeLessThanOrEqual(1 + ASK_AGAIN_MS.length);
    // Answered: asked no more.
    await new Promise((r) => setTimeout(r, 2100));
    expect(send.mock.calls.length).toBe(asked);
  });
});
