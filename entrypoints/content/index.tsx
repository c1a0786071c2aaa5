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
 */
import { ENT_MATCHES, PORTALS } from '@/utils/portals';
import { couldBeStep, recognize } from '@/utils/recognize';
import { watchPage, type PageWatch } from '@/utils/watch';
import type { start } from './ui';

/** Path of the lazy UI module in the built extension (modules/content-ui.ts writes it there). */
const UI_PATH = '/content-scripts/content-ui.js';

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
  // about 2.5 ms (bench/README.md). Here only listeners are added, and the UI module's import starts on
  // addresses that could be a step (its fetch is not a resource of the page: `load` does not wait for it).
  // Recognition and the first paint come after `load`, or 150 ms after DOMContentLoaded on pages still loading.
  runAt: 'document_start',
  // The overlay's CSS is bundled into the UI module (./ui.tsx) and given to its shadow root.
  cssInjectionMode: 'manual',
  main(ctx) {
    let loading = false;
    type UiModule = { start: typeof start };
    let ui: Promise<UiModule> | null = null;
    const fetchUi = () => (ui ??= import(/* @vite-ignore */ browser.runtime.getURL(UI_PATH as '/popup.html')) as Promise<UiModule>);
    if (couldBeStep(location.href, PORTALS)) fetchUi().catch(() => (ui = null));
    const load = () => {
      if (loading || ctx.isInvalid) return;
      loading = true;
      stopWatching();
      fetchUi()
        .then((m) => m.start(ctx))
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
    ctx.onInvalidated(stopWatching);

    // The popup asks « où en suis-je ? » (browser.tabs.sendMessage). Until the UI module runs (this page is not
    // a step) the entry answers « not a step »; afterwards the UI module's own listener answers. Only our own
    // extension pages are answered, and only with ids (here: none).
    const ownOrigin = browser.runtime.getURL('/' as '/popup.html');
    const onTabMessage = (raw: unknown, sender: { id?: string; url?: string }) => {
      if (loading || sender?.id !== browser.runtime.id || !sender.url?.startsWith(ownOrigin)) return undefined;
      const type = raw && typeof raw === 'object' ? (raw as { type?: unknown }).type : undefined;
      if (type !== 'where' && type !== 'reopen') return undefined;
      return Promise.resolve({ rec: null });
    };
    browser.runtime.onMessage.addListener(onTabMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onTabMessage));

    // One recognition pass (well under a millisecond), then the UI module or the watch.
    const begin = () => {
      if (ctx.isInvalid) return;
      if (isStep()) return load();
      watch = watchPage(document, schedule, {
        attributeFilter: ['class', 'hidden', 'style', 'open', 'id'],
        historyEvents: ['popstate', 'hashchange', 'pageshow'],
      });
      // WXT's own URL watcher (pushState without popstate) only runs for listeners added through ctx.
      ctx.addEventListener(window, 'wxt:locationchange', () => {
        schedule();
        watch?.settle();
      });
      // Pages that render their form from their own scripts often do so around `load`: look again then.
      const again = () => {
        schedule();
        watch?.settle();
      };
      if (document.readyState === 'complete') again();
      else ctx.addEventListener(window, 'load', again, { once: true });
    };
    // After `load` (nothing of ours delays it), or 150 ms after DOMContentLoaded on a page still loading images.
    if (document.readyState === 'complete') begin();
    else {
      let started = false;
      const go = () => {
        if (started) return;
        started = true;
        begin();
      };
      ctx.addEventListener(window, 'load', go, { once: true });
      ctx.addEventListener(document, 'DOMContentLoaded', () => ctx.setTimeout(go, 150), { once: true });
    }
  },
});
