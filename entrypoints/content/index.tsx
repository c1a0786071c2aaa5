/**
 * Content script entry: kept lean (issue 9). It holds the recogniser, the portal data and a small loader;
 * the overlay UI (preact, floating-ui, help card, features, storage, zod) is the lazily imported
 * `content-scripts/content-ui.js` (./ui.tsx, built by modules/content-ui.ts), fetched from the extension only
 * when this page is a recognised step. Pages that are not a step (most pages of an ENT host) pay for a
 * recognition pass and a throttled watch for late rendering, nothing more.
 *
 * The UI module is a web-accessible resource restricted to the ENT hosts (wxt.config.ts): Chrome serves it
 * under a per-session dynamic URL (`use_dynamic_url`), Firefox under the per-install UUID, so a page cannot
 * probe for the extension by a guessed URL.
 */
import type { NavKind } from '@/utils/journey';
import { ENT_MATCHES, PORTALS } from '@/utils/portals';
import { recognize } from '@/utils/recognize';
import { watchPage, type PageWatch } from '@/utils/watch';
import type { StartOptions } from './ui';

/** Path of the lazy UI module in the built extension (modules/content-ui.ts writes it there). */
const UI_PATH = '/content-scripts/content-ui.js';

function navKind(): NavKind {
  const e = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  const t = e?.type;
  return t === 'reload' || t === 'back_forward' || t === 'navigate' ? t : 'other';
}

function isStep(): boolean {
  try {
    return !!recognize(location.href, document, PORTALS);
  } catch {
    return false;
  }
}

export default defineContentScript({
  matches: ENT_MATCHES,
  // After the page's `load` on light pages, at the latest 200 ms after DOMContentLoaded on heavy ones: the
  // recognition pass and the UI module's fetch never hold the portal's load event back (at document_end the
  // module fetch, a request of the document, delayed `load` by half on the fixture pages; see bench/README.md).
  runAt: 'document_idle',
  // The overlay's CSS is bundled into the UI module (./ui.tsx) and given to its shadow root.
  cssInjectionMode: 'manual',
  main(ctx) {
    const nav = navKind();
    let loading = false;
    const load = () => {
      if (loading || ctx.isInvalid) return;
      loading = true;
      stopWatching();
      const url = browser.runtime.getURL(UI_PATH as '/popup.html');
      (import(/* @vite-ignore */ url) as Promise<{ start(c: typeof ctx, o: StartOptions): Promise<void> }>)
        .then((m) => m.start(ctx, { navKind: nav }))
        .catch(() => {
          // Never let an error reach the page; a later change of page may try again.
          loading = false;
        });
    };

    // Not (yet) a step: watch cheaply for late rendering, history changes and shadow roots attached later,
    // throttled to one recognition pass per 150 ms, and backing off after load.
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
    };
    // Chromium injects document_idle scripts just before `load` on light pages, and the page's load event
    // waits for them: our own work (recognition, watch, module fetch) starts after `load`, or 200 ms at the
    // latest on pages still loading.
    if (document.readyState === 'complete') return begin();
    let started = false;
    const go = () => {
      if (started) return;
      started = true;
      window.removeEventListener('load', go);
      begin();
    };
    window.addEventListener('load', go);
    setTimeout(go, 200);
  },
});
