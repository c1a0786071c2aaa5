/**
 * The overlay UI of the content script, loaded lazily (issue 9): the entry (`./index.tsx`) imports this module
 * from the extension only once a page is a recognised step. This module is the **first card** (issue 23,
 * docs/decisions/first-card.md): preact, the help card, the highlight, placement (floating-ui), the situation
 * question, the overlay CSS and the built-in French texts. Everything else is one chunk (./later), imported a
 * frame after the first paint: zod, WXT storage and the popup's questions, the texts and CSS of the features,
 * and the features (overlay/features/lazy.tsx). Built by modules/content-ui.ts.
 */
import overlayCss from '@/overlay/style.css?inline';
import type { ScriptLife } from '@/utils/script-life';
import { extApi } from '@/utils/ext-api';
import { startController, type ControllerEnv } from '@/overlay/controller';
import { HOST_TAG } from '@/overlay/host';
import { warmFonts } from '@/overlay/warm-fonts';
import { extensionPrefsStore } from '@/overlay/prefs-store';
import { extensionSituationStore } from '@/overlay/situation-store';
import { contentFeatures } from '@/overlay/features/lazy';
import { navigationKind } from '@/utils/dom';
import type { JourneyView } from '@/utils/journey';
import type { RecognitionResult } from '@/utils/recognize';
import { handOver } from '@/utils/handover';
import { applyLanguage, preferredLang } from '@/utils/locale';
import type { ChromeMessages } from '@/utils/i18n';
import { langFromSnapshot } from '@/utils/storage/first-paint';
// French, the default locale, compiled into this module (modules/content-ui.ts): never `browser.i18n` here.
import builtIn, { addFirstTexts } from 'virtual:ce-built-in-messages';

// Parsed when this module is evaluated for a French browser: on a page that comes over the network that is
// while the page is still loading, not between DOMContentLoaded and the card's first paint.
if (preferredLang() === builtIn.lang) builtIn.messages();

// The card's fonts, asked for once per page before its first layout (overlay/warm-fonts.ts), in a task of their
// own: while the page is still arriving if it is, else just before the first render (`start`).
let fontsReady = false;
const readyFonts = () => {
  if (fontsReady) return;
  fontsReady = true;
  warmFonts(document, overlayCss);
};
if (document.readyState === 'loading') setTimeout(readyFonts, 0);

type Sender = { id?: string; url?: string };
type OnMessage = (raw: unknown, sender: Sender, reply: (answer: unknown) => void) => boolean | void;
/** The few calls the first card makes, as the browser gives them (no polyfill: the entry does the same). */
interface UiApi {
  runtime: {
    id?: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(cb: OnMessage): void; removeListener(cb: OnMessage): void };
  };
}
const api = () => extApi<UiApi>();

type Late = typeof import('./later');

/** Mount the overlay controller on this page (the entry calls it once, on the first recognised step, with its
 * recogniser bound to the portal data and its early read of the first paint's storage values). */
export async function start(
  life: ScriptLife,
  // Not named `recognize`: WXT's auto-import would add utils/recognize's, which this module must not carry.
  recognizePage: ControllerEnv['recognize'],
  early: Promise<Record<string, unknown>>,
  prefetchedLocale: (lang: string) => Promise<unknown> | null = () => null,
  // The first card's texts of the entry's portals, fetched by the entry beside this module (a failed fetch:
  // an error, as for this module itself — a card without its texts would say nothing true).
  firstTexts: Promise<string | null> = Promise.resolve(null),
  // Called in the DOMContentLoaded task with the answer the entry just found there (utils/handover.ts): the
  // first card is rendered in this task, without yielding (docs/decisions/first-card.md « In the
  // DOMContentLoaded task »).
  handed: { href: string; rec: RecognitionResult | null } | null = null,
): Promise<void> {
  const ext = api();
  const atOnce = !!handed;
  // Taken before any await: nothing of the page has run since the entry's pass.
  const recognizeFirst = handed ? handOver(handed, document, recognizePage) : recognizePage;
  // Posted ahead of the first render's task, which is posted later (`beforeFirstPaint`). At once: a page
  // still loading has had them in a task of its own already (the module's evaluation posted it).
  if (atOnce) readyFonts();
  else life.urgentTask(readyFonts);
  // The late chunks (storage, zod, the features) are asked for once `ready` opens: a frame after the first
  // paint, or at once when the first paint itself needs storage (the snapshot could not be used as it is).
  let open!: () => void;
  const ready = new Promise<void>((resolve) => (open = resolve));
  let lateModule: Promise<Late> | null = null;
  const late = (now = false): Promise<Late> => {
    if (now) open();
    return ready.then(() => (lateModule ??= import('./later')));
  };
  // A tab in the background gets no animation frames: the late chunks come anyway.
  life.setTimeout(open, 2000);

  let mounted: { host: HTMLElement; container: HTMLElement } | null = null;
  // Another language's texts: the load the entry started before the page was parsed, else a new one.
  const loadLocale = (lang: string) =>
    Promise.resolve(prefetchedLocale(lang) ?? ext.runtime.sendMessage({ type: 'locale', lang }))
      .then((m) => (m && typeof m === 'object' ? (m as ChromeMessages) : null))
      .catch(() => null);
  // Everything the first paint needs is there or started at once: the preferences, the language and the
  // family's answers come from the entry's early read, started with the module's import (plain checks here,
  // the zod-checked items only when those checks cannot tell); the shadow root UI's CSS is bundled in this
  // module (no extra round trip, no stylesheet exposed to pages); mounting and removing the UI afterwards is
  // synchronous.
  const snapshot = early.catch(() => ({}) as Record<string, unknown>);
  const firstLang = snapshot.then((s) => langFromSnapshot(s) ?? late(true).then((m) => m.langItem.get()));
  const ui = shadowUi(`:host{all:initial !important;}\n${overlayCss}`);
  // The texts the first card does not carry and the features' CSS, then the features that use them.
  const laterTexts = late().then((m) => {
    m.addLaterTexts();
    const style = document.createElement('style');
    style.textContent = m.featuresCss;
    ui.head.append(style);
  });
  const texts = await firstTexts;
  if (texts) addFirstTexts(texts);
  await firstLang.then((choice) => applyLanguage(loadLocale, choice, builtIn));
  if (life.isInvalid) return;
  const { host, container } = ui;
  const remove = () => {
    host.remove();
    container.replaceChildren();
    mounted = null;
  };
  life.onInvalidated(remove);
  const controller = startController({
    doc: document,
    url: () => location.href,
    recognize: recognizeFirst,
    navKind: navigationKind(document),
    mount() {
      if (!mounted || !host.isConnected) {
        document.body.append(host);
        mounted = { host, container };
      }
      return mounted;
    },
    remove,
    journey: async (at, nav, situation) =>
      ((await ext.runtime.sendMessage({ type: 'journey', ...at, nav, situation })) as JourneyView | null) ?? null,
    features: contentFeatures(
      {
        password: () => late().then((m) => m.passwordFeature),
        capsLock: () => late().then((m) => m.capsLockFeature),
        remember: () => late().then((m) => m.rememberFeature),
        support: () => late().then((m) => m.supportFeature),
      },
      ready,
      laterTexts,
    ),
    prefs: extensionPrefsStore(snapshot, (now) => late(now).then((m) => m.prefsItem)),
    // The family's answers: from the entry's early read too, so that the first paint is on the family's road.
    situations: extensionSituationStore(snapshot, (now) => late(now).then((m) => m.situationItem)),
    // The first render comes in a task of its own (or at once: `atOnce`); the late chunks a frame after it.
    beforeFirstPaint: () =>
      new Promise<void>((resolve) => {
        const render = () => {
          resolve();
          requestAnimationFrame(() => life.setTimeout(open, 0));
        };
        if (atOnce) render();
        else life.urgentTask(render);
      }),
  });
  life.onLocationChange(() => void controller.refresh());
  // The answers under « Je suis bloqué(e) » (folded) are among the later texts.
  void laterTexts.then(() => controller.refresh(true)).catch(() => {});
  void late().then((m) => {
    if (life.isInvalid) return;
    const unwatch = m.langItem.watch(async (choice) => {
      await applyLanguage(loadLocale, choice, builtIn);
      await controller.refresh(true);
    });
    life.onInvalidated(unwatch);
  }).catch(() => {});
  // The popup (our own extension page, through tabs.sendMessage) asks which step this page is, or asks to
  // reopen the minimised help: answered by the late chunk (its zod-checked reply), waited for if need be.
  const ownOrigin = ext.runtime.getURL('/');
  const reopenButton = () => (mounted?.container.querySelector('[data-testid="ce-reopen"]') as HTMLElement | null) ?? null;
  const onTabMessage: OnMessage = (raw, sender, reply) => {
    if (sender?.id !== ext.runtime.id || !sender.url?.startsWith(ownOrigin)) return;
    const type = raw && typeof raw === 'object' ? (raw as { type?: unknown }).type : undefined;
    if (type !== 'where' && type !== 'reopen') return;
    late(true)
      .then((m) => m.answerTab(raw, controller, reopenButton))
      .then(reply, () => reply(undefined));
    return true;
  };
  ext.runtime.onMessage.addListener(onTabMessage);
  life.onInvalidated(() => ext.runtime.onMessage.removeListener(onTabMessage));
  life.onInvalidated(() => controller.stop());
}

/**
 * The UI host as WXT's createShadowRootUi builds it (`:host` reset first, then our CSS), without WXT's runtime
 * and the polyfill it brings: an open shadow root holding <html><head><style></head><body>, the body being the
 * render container. The overlay CSS has no @property / @font-face rule (those would have to go to the page).
 */
function shadowUi(css: string) {
  const host = document.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const html = document.createElement('html');
  const head = document.createElement('head');
  const container = document.createElement('body');
  const style = document.createElement('style');
  style.textContent = css;
  head.append(style);
  html.append(head, container);
  shadow.append(html);
  return { host, head, container };
}
