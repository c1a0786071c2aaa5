/**
 * The overlay UI of the content script, loaded lazily (issue 9): the entry (`./index.tsx`) imports this module
 * from the extension only once a page is a recognised step. Everything heavy lives here: preact, floating-ui,
 * the help card, the features, zod and the WXT storage items. Built as one ES module by modules/content-ui.ts.
 */
// First: zod must be jitless before any schema is created (no `new Function` on the page).
import '@/utils/zod-config';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import overlayCss from '@/overlay/style.css?inline';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ScriptLife } from '@/utils/script-life';
import { startController, type ControllerEnv } from '@/overlay/controller';
import { HOST_TAG } from '@/overlay/host';
import { navigationKind } from '@/utils/dom';
import type { JourneyView } from '@/utils/journey';
import { parseTabRequest, senderKind, whereReply } from '@/utils/messages';
import { applyLanguage, preferredLang } from '@/utils/locale';
import type { ChromeMessages } from '@/utils/i18n';
import { langItem } from '@/utils/storage/lang';
import { prefsItem, type Prefs } from '@/utils/storage/prefs';
import { FEATURES } from '@/overlay/features';
import { extensionSituationStore } from '@/overlay/situation-store';
// French, the default locale, compiled into this module (modules/content-ui.ts): never `browser.i18n` here.
import builtIn from 'virtual:ce-built-in-messages';

// Parsed when this module is evaluated for a French browser: on a page that comes over the network that is
// while the page is still loading, not between DOMContentLoaded and the card's first paint.
if (preferredLang() === builtIn.lang) builtIn.messages();

/** Mount the overlay controller on this page (the entry calls it once, on the first recognised step, with its
 * recogniser bound to the portal data and its early read of the first paint's storage values). */
export async function start(
  life: ScriptLife,
  recognize: ControllerEnv['recognize'],
  early: Promise<Record<string, unknown>>,
  prefetchedLocale: (lang: string) => Promise<unknown> | null = () => null,
): Promise<void> {
  let mounted: { host: HTMLElement; container: HTMLElement } | null = null;
  // Another language's texts: the load the entry started before the page was parsed, else a new one.
  const loadLocale = (lang: string) =>
    Promise.resolve(prefetchedLocale(lang) ?? browser.runtime.sendMessage({ type: 'locale', lang }))
      .then((m) => (m && typeof m === 'object' ? (m as ChromeMessages) : null))
      .catch(() => null);
  // Everything the first paint needs is there or started at once: the preferences (handed to the controller's
  // first pass) and the language come from the entry's early read, started with the module's import and
  // checked here by the items' schemas (their own reads only when that read cannot be used); the shadow root
  // UI's CSS is bundled in this module (no extra round trip, no stylesheet exposed to pages); mounting and
  // removing the UI afterwards is synchronous.
  const snapshot = early.catch(() => ({}) as Record<string, unknown>);
  let firstPrefs: Promise<Prefs> | null = snapshot.then((s) => prefsItem.fromSnapshot(s) ?? prefsItem.get());
  const firstLang = snapshot.then((s) => langItem.fromSnapshot(s) ?? undefined);
  const prefs = {
    get: () => {
      const p = firstPrefs ?? prefsItem.get();
      firstPrefs = null;
      return p;
    },
    update: (fn: (p: Prefs) => Prefs) => prefsItem.update(fn),
  };
  const [ui] = await Promise.all([
    // createShadowRootUi only registers its `remove` with `onInvalidated` and reads `options` (absent: the CSS
    // is given here), which our lifetime provides; WXT's full context would announce us to the page.
    createShadowRootUi<HTMLElement>(life as unknown as ContentScriptContext, {
      name: HOST_TAG,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: overlayCss,
      onMount: (container) => container,
    }),
    firstLang.then((choice) => applyLanguage(loadLocale, choice, builtIn)),
  ]);
  if (life.isInvalid) return;
  const controller = startController({
    doc: document,
    url: () => location.href,
    recognize,
    navKind: navigationKind(document),
    mount() {
      if (!mounted || !ui.shadowHost.isConnected) {
        ui.mount();
        mounted = { host: ui.shadowHost, container: ui.uiContainer };
      }
      return mounted;
    },
    remove() {
      ui.remove();
      mounted = null;
    },
    journey: async (at, nav, situation) =>
      ((await browser.runtime.sendMessage({ type: 'journey', ...at, nav, situation })) as JourneyView | null) ?? null,
    features: FEATURES,
    prefs,
    // The family's answers: from the entry's early read too, so that the first paint is on the family's road.
    situations: extensionSituationStore(snapshot),
    beforeFirstPaint: () => new Promise<void>((resolve) => life.urgentTask(resolve)),
  });
  life.onLocationChange(() => void controller.refresh());
  const unwatch = langItem.watch(async (choice) => {
    await applyLanguage(loadLocale, choice, builtIn);
    await controller.refresh(true);
  });
  life.onInvalidated(unwatch);
  // The popup (our own extension page, through browser.tabs.sendMessage) asks which step this page is, or
  // asks to reopen the minimised help. Answers hold ids only, never page text.
  const reopenButton = () => (mounted?.container.querySelector('[data-testid="ce-reopen"]') as HTMLElement | null) ?? null;
  const onTabMessage = (raw: unknown, sender: Parameters<typeof senderKind>[0]) => {
    if (senderKind(sender, browser.runtime.id, browser.runtime.getURL('/' as '/popup.html'), () => false) !== 'page') return undefined;
    const req = parseTabRequest(raw);
    if (!req) return undefined;
    const answer = () => {
      const rec = controller.current();
      // The position the card shows (ids only), for the popup's « Où en suis-je ? ».
      return whereReply(rec, rec ? controller.journey() : null, !!reopenButton());
    };
    const button = req.type === 'reopen' ? reopenButton() : null;
    if (!button) return Promise.resolve(answer());
    // The help card's own reopen button: same path as a click on the page (the choice is remembered).
    button.click();
    return new Promise((resolve) => setTimeout(() => resolve(answer()), 60));
  };
  browser.runtime.onMessage.addListener(onTabMessage);
  life.onInvalidated(() => browser.runtime.onMessage.removeListener(onTabMessage));
  life.onInvalidated(() => controller.stop());
}
