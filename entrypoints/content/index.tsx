/**
 * Content script entry: kept lean (issue 9). It holds the recogniser, the portal data and a small loader;
 * the overlay UI (preact, floating-ui, help card, features, storage, zod) is the lazily imported
 * `content-scripts/content-ui.js` (./ui.tsx, built by modules/content-ui.ts), fetched from the extension only
 * on addresses where a step can be (host + path of some step: `couldBeStep`, decided before the page is
 * parsed, so the fetch overlaps the page's own load) or once the page is recognised, and started only on a
 * recognised step. Other pages of an ENT host pay for a recognition pass and a throttled watch for late
 * rendering; where their address looks like a step's (RECIA's `/portail/…` holds both the logged-in home and
 * the mail), the module is also fetched and evaluated, never started (no UI).
 *
 * The UI module is a web-accessible resource restricted to the ENT hosts (wxt.config.ts): Chrome serves it
 * under a per-session dynamic URL (`use_dynamic_url`), Firefox under the per-install UUID, so a page cannot
 * probe for the extension by a guessed URL.
 *
 * No WXT runtime and no webextension-polyfill run here: modules/content-ui.ts builds this entry with WXT's
 * bare wrapper (the one for main-world scripts, which only calls `main()`; the script still runs in the
 * isolated world, as the manifest says), and the lifetime is our own `scriptLife` (utils/script-life.ts),
 * which, unlike WXT's context, tells the page nothing. The few calls made here (`runtime.id`, `getURL`,
 * `onMessage`) have the same shape under `chrome` and `browser`.
 */
import { ENT_MATCHES, PORTALS } from '@/utils/portals';
import { couldBeStep, recognize } from '@/utils/recognize';
import { watchPage, type PageWatch } from '@/utils/watch';
import { scriptLife } from '@/utils/script-life';
import { FIRST_PAINT_KEYS, LANG_KEY, storageKeys } from '@/utils/storage/first-paint';
import { BUILT_IN_LANG, wantedLang } from '@/utils/lang-pref';
import type { start } from './ui';

/** Path of the lazy UI module in the built extension (modules/content-ui.ts writes it there). */
const UI_PATH = '/content-scripts/content-ui.js';

type Sender = { id?: string; url?: string };
interface EntryApi {
  runtime: {
    id?: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(cb: (raw: unknown, sender: Sender, reply: (answer: unknown) => void) => boolean | void): void;
      removeListener(cb: (raw: unknown, sender: Sender, reply: (answer: unknown) => void) => boolean | void): void;
    };
  };
  storage: { local: { get(keys: string[]): Promise<Record<string, unknown>> } };
}
/** Chrome's name of the extension API; Firefox gives it under both names. */
declare const chrome: EntryApi;
/** The extension API as the browser gives it (Firefox: `browser`, Chrome: `chrome`). */
const api = (): EntryApi | undefined => {
  const g = globalThis as { browser?: EntryApi; chrome?: EntryApi };
  return g.browser?.runtime?.id ? g.browser : g.chrome;
};

function isStep(): boolean {
  try {
    return !!recognize(location.href, document, PORTALS);
  } catch {
    return false;
  }
}

export default defineContentScript({
  matches: ENT_MATCHES,
  // Injected before the page is parsed, where Chromium runs a content script synchronously: a one-line script
  // at document_idle or document_end held the fixture pages' `load` back by 8–13 ms, at document_start by
  // about 2.5 ms (bench/README.md). Here only listeners are added; on addresses that could be a step the UI
  // module's import starts in the next task (its fetch is not a resource of the page: `load` does not wait for it).
  // Recognition comes at DOMContentLoaded, the first paint as soon as the UI module is there.
  runAt: 'document_start',
  // The overlay's CSS is bundled into the UI module (./ui.tsx) and given to its shadow root.
  cssInjectionMode: 'manual',
  main() {
    const ext = api();
    if (!ext?.runtime?.id) return;
    const life = scriptLife(api);
    let loading = false;
    type UiModule = { start: typeof start };
    let ui: Promise<UiModule> | null = null;
    // `chrome.runtime.getURL(…)` written as such (a global, never renamed by the minifier): AMO's linter accepts
    // an import() of that call and no other form. Firefox also has `chrome` in content scripts.
    const fetchUi = () => (ui ??= import(/* @vite-ignore */ chrome.runtime.getURL(UI_PATH)) as Promise<UiModule>);
    // What the first paint reads (preferences, language), fetched alongside the module (ids and a language
    // code only). Read again by the UI module's items if this failed or came from an older version.
    let early: Promise<Record<string, unknown>> | null = null;
    const readEarly = () => (early ??= Promise.resolve(ext.storage.local.get(FIRST_PAINT_KEYS)).catch(() => ({})));
    // A language other than the built-in French (stored choice, else the browser's): its texts come from the
    // background, asked for as soon as the choice is read, so that the round trip (and a service worker's
    // start) overlaps the page's own loading. Handed to the UI module once, for that language only.
    let localeLoad: { lang: string; messages: Promise<unknown> } | null = null;
    const startLocaleLoad = (values: Record<string, unknown>) => {
      const lang = wantedLang(values[storageKeys(LANG_KEY)[0]]);
      if (lang === BUILT_IN_LANG || life.isInvalid) return;
      let messages: Promise<unknown>;
      try {
        messages = Promise.resolve(ext.runtime.sendMessage({ type: 'locale', lang })).catch(() => null);
      } catch {
        messages = Promise.resolve(null);
      }
      localeLoad = { lang, messages };
    };
    const prefetchedLocale = (lang: string): Promise<unknown> | null => {
      const got = localeLoad?.lang === lang ? localeLoad.messages : null;
      localeLoad = null;
      return got;
    };
    // On addresses where a step can be, the module's fetch and the early read start in the first task after this
    // script, not before the parser starts: the isolated world's first `import()` call took ≈ 5 ms of the page's
    // main thread there, ≈ 1.3 ms in a task (bench/README.md). The task runs at the parser's first pause: while a
    // page waits for its own scripts, or before DOMContentLoaded on a small page parsed at once.
    if (couldBeStep(location.href, PORTALS)) {
      life.setTimeout(() => {
        fetchUi().catch(() => (ui = null));
        void readEarly().then(startLocaleLoad);
      }, 0);
    }
    const load = () => {
      if (loading || life.isInvalid) return;
      loading = true;
      stopWatching();
      fetchUi()
        // A task of its own: the module's compilation and evaluation (≈ 20 ms on a slow machine) and the UI's
        // first run (shadow root, first render) would otherwise be one long task of the page. Ahead of the page's
        // ordinary tasks: in a task posted with setTimeout the UI started 16–18 ms after the module's evaluation
        // on the bench's pages, 0.4 ms with `user-blocking` (bench/README.md).
        .then((m) => new Promise<UiModule>((resolve) => life.urgentTask(() => resolve(m))))
        .then((m) => m.start(life, (url, doc, opts) => recognize(url, doc, PORTALS, opts), readEarly(), prefetchedLocale))
        .catch(() => {
          // Never let an error reach the page; a later change of page may try again.
          loading = false;
          ui = null;
        });
    };

    // Not (yet) a step: watch cheaply for late rendering, history changes and shadow roots attached later,
    // throttled to one recognition pass per 150 ms, with a few looks after load.
    let timer: ReturnType<typeof setTimeout> | null = null;
    let watch: PageWatch | null = null;
    const check = () => {
      timer = null;
      watch?.observeShadowRoots();
      if (isStep()) load();
    };
    const schedule = () => {
      if (!timer && !loading) timer = setTimeout(check, 150);
    };
    const stopWatching = () => {
      watch?.stop();
      watch = null;
      if (timer) clearTimeout(timer);
      timer = null;
    };
    life.onInvalidated(stopWatching);

    // The popup asks « où en suis-je ? » (browser.tabs.sendMessage). Until the UI module runs (this page is not
    // a step) the entry answers « not a step »; afterwards the UI module's own listener answers. Only our own
    // extension pages are answered, and only with ids (here: none).
    const ownOrigin = ext.runtime.getURL('/');
    const onTabMessage = (raw: unknown, sender: Sender, reply: (answer: unknown) => void) => {
      if (loading || sender?.id !== ext.runtime.id || !sender.url?.startsWith(ownOrigin)) return;
      const type = raw && typeof raw === 'object' ? (raw as { type?: unknown }).type : undefined;
      if (type === 'where' || type === 'reopen') reply({ rec: null });
    };
    ext.runtime.onMessage.addListener(onTabMessage);
    life.onInvalidated(() => ext.runtime.onMessage.removeListener(onTabMessage));

    // One recognition pass (well under a millisecond), then the UI module or the watch.
    const begin = () => {
      if (life.isInvalid) return;
      if (isStep()) return load();
      watch = watchPage(document, schedule, {
        attributeFilter: ['class', 'hidden', 'style', 'open', 'id'],
        historyEvents: ['popstate', 'hashchange', 'pageshow'],
      });
      // Address changes without a load (pushState without popstate).
      life.onLocationChange(() => {
        schedule();
        watch?.settle();
      });
      // Pages that render their form from their own scripts often do so around `load`: look again then.
      const again = () => {
        schedule();
        watch?.settle();
      };
      if (document.readyState === 'complete') again();
      else life.addEventListener(window, 'load', again, { once: true });
    };
    // Right after DOMContentLoaded: the form is in the document, and on a real portal page `load` can be
    // hundreds of milliseconds later (images, fonts). In a task of its own, so the page's own DOMContentLoaded
    // listeners (portals set up their forms there) are not held back by our first, cold recognition pass and
    // first render. The UI module, whose import started before parsing, is started when it has arrived (on a
    // page that came over the network: already; on the small fixture pages: after `load`).
    if (document.readyState === 'loading') {
      life.addEventListener(document, 'DOMContentLoaded', () => life.setTimeout(begin, 0), { once: true });
    } else begin();
  },
});
