/**
 * Content script entry: the recogniser, the portal data and a small loader, built per group of portals as
 * `content-scripts/entry-<group>.js`, the module the group's content script (./stub.ts) imports before the page
 * is parsed; the overlay UI is the lazily imported `content-scripts/content-ui.js` (./ui.tsx). Why it is shaped
 * so: docs/decisions/content-entry.md.
 */
import { ENT_MATCHES, FIRST_TEXTS, PORTALS } from './portals';
import { couldBeStep, recognize, resolvePortal, stepsAt, type Failed, type RecognitionResult } from '@/utils/recognize';
import { earliest, FAST_MS, watchPage, type PageWatch } from '@/utils/watch';
import { lensOf, stepsWatched, type MutationLens } from '@/utils/mutation-filter';
import type { StepDef } from '@/utils/portals/types';
import { scriptLife } from '@/utils/script-life';
import { extApi } from '@/utils/ext-api';
import { FIRST_PAINT_KEYS, LANG_KEY, storageKeys } from '@/utils/storage/first-paint';
import { BUILT_IN_LANG, wantedLang } from '@/utils/lang-pref';
import { LOADER_START, loaderStep, type LoaderAction, type LoaderEvent } from '@/utils/loader';
import type { start } from './ui';
import type { ReportModule } from '@/utils/report/load';

/** Path of the lazy UI module in the built extension (modules/content-ui.ts writes it there). */
const UI_PATH = '/content-scripts/content-ui.js';
/** The page report's module (utils/report/load.ts REPORT_FILE), loaded only when the popup asks for a report. */
const REPORT_PATH = '/content-scripts/page-report.js';

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
const api = () => extApi<EntryApi | undefined>();

/** The steps the last pass found the page is not, and why: the watch looks only at what can change that
 * (entryLens, computed again for each pass's map). */
let failed = new Map<StepDef, Failed>();
/** The last pass's answer and the address it was for (handed to the UI module's first pass: utils/handover.ts). */
let last: { href: string; rec: RecognitionResult | null } = { href: '', rec: null };

function isStep(): boolean {
  failed = new Map();
  const href = location.href;
  try {
    last = { href, rec: recognize(href, document, PORTALS, { failed }) };
  } catch {
    last = { href, rec: null };
  }
  return !!last.rec;
}

// Read by modules/content-entries.ts for the group's content scripts (./stub.ts), which import this module.
export default defineContentScript({
  matches: ENT_MATCHES,
  // Before the page is parsed, where Chromium runs a content script synchronously and `load` waits least.
  runAt: 'document_start',
  // The overlay's CSS is bundled into the UI module (./ui.tsx) and given to its shadow root.
  cssInjectionMode: 'manual',
  main() {
    const ext = api();
    if (!ext?.runtime?.id) return;
    const life = scriptLife(api);
    const pre = prefetch(ext, life);
    // On addresses where a step can be, the UI module's fetch and the early read start at once: this module
    // arrives in a task of its own (while the page waits for its scripts, or after it is parsed).
    if (couldBeStep(location.href, PORTALS)) {
      pre.fetchUi().catch(() => pre.forgetUi());
      void pre.fetchTexts();
      void pre.readEarly().then(pre.startLocaleLoad);
    }
    let state = LOADER_START;
    let watch: PageWatch | null = null;
    const timer = earliest(() => check());
    /** The delay the watch asked for: the queued re-check is brought forward, never put off. */
    let delay = FAST_MS[0];
    const dispatch = (e: LoaderEvent) => {
      if (life.isInvalid) return;
      const { next, actions } = loaderStep(state, e);
      state = next;
      actions.forEach(run);
    };
    const changedIn = (ms: number) => {
      delay = ms;
      dispatch({ type: 'changed' });
      if (state.checkDue) timer.schedule(ms);
    };
    const changed = () => {
      changedIn(FAST_MS[0]);
      watch?.settle();
    };
    const run = (a: LoaderAction) => {
      if (a === 'load') loadUi(life, pre, () => dispatch({ type: 'failed' }), inDcl);
      else if (a === 'unwatch') stopWatching();
      else if (a === 'queueCheck') timer.schedule(delay);
      else {
        watch = watchLate(changedIn);
        lookAgain(life, changed);
      }
    };
    const check = () => {
      watch?.observeShadowRoots();
      const step = isStep();
      // Still no step: the watch backs off (a step ends it).
      watch?.passed(false);
      dispatch({ type: 'check', step });
    };
    const stopWatching = () => {
      watch?.stop();
      watch = null;
      timer.cancel();
    };
    life.onInvalidated(stopWatching);
    answerUntilLoaded(ext, life, () => state.loading);
    // One recognition pass, then the UI module or the watch: in the DOMContentLoaded task, or in a task of its
    // own after this module's arrival if that is later (not in this module's task, which it would lengthen).
    // In the DOMContentLoaded task, with the UI module already there, the first card is rendered in that same
    // task: it shows in the page's first frame (docs/decisions/first-card.md « In the DOMContentLoaded task »).
    let inDcl = false;
    let begun = false;
    const begin = (dcl: boolean) => {
      if (begun || life.isInvalid) return;
      begun = true;
      inDcl = dcl;
      dispatch({ type: 'begin', step: isStep() });
      inDcl = false;
    };
    if (document.readyState === 'loading') {
      // On window, not document: the page's own listeners on document (where portals set up their forms) run
      // first, and the pass sees what they built. A page that stops the event there: a task after it.
      life.addEventListener(window, 'DOMContentLoaded', () => begin(true), { once: true });
      life.addEventListener(document, 'DOMContentLoaded', () => life.setTimeout(() => begin(false), 0), { once: true });
    } else life.setTimeout(() => begin(false), 0);
  },
});

type UiModule = { start: typeof start };
type Life = ReturnType<typeof scriptLife>;

/** What the UI module needs, started early and handed over once: the module itself, the first paint's
 * storage values (ids and a language code), and another language's texts when French is not wanted. */
function prefetch(ext: EntryApi, life: Life) {
  let ui: Promise<UiModule> | null = null;
  let uiHere: UiModule | null = null;
  let texts: Promise<string | null> | null = null;
  let early: Promise<Record<string, unknown>> | null = null;
  let localeLoad: { lang: string; messages: Promise<unknown> } | null = null;
  return {
    // `chrome.runtime.getURL(…)` written as such (a global, never renamed by the minifier): AMO's linter accepts
    // an import() of that call and no other form. Firefox also has `chrome` in content scripts.
    fetchUi: () =>
      (ui ??= (import(/* @vite-ignore */ chrome.runtime.getURL(UI_PATH)) as Promise<UiModule>).then((m) => (uiHere = m))),
    /** The UI module, once evaluated (null before). */
    uiHere: () => uiHere,
    // The first card's texts of this group's portals (modules/content-ui.ts `portalTexts`), beside the module.
    fetchTexts: () =>
      (texts ??= FIRST_TEXTS
        ? (import(/* @vite-ignore */ chrome.runtime.getURL(FIRST_TEXTS)) as Promise<{ default: string }>).then((m) => m.default)
        : Promise.resolve(null)),
    forgetUi: () => void ((ui = null), (uiHere = null), (texts = null)),
    // Read again by the UI module's items if this failed or came from an older version.
    readEarly: () => (early ??= Promise.resolve(ext.storage.local.get(FIRST_PAINT_KEYS)).catch(() => ({}))),
    startLocaleLoad(values: Record<string, unknown>) {
      const lang = wantedLang(values[storageKeys(LANG_KEY)[0]]);
      if (lang === BUILT_IN_LANG || life.isInvalid) return;
      let messages: Promise<unknown>;
      try {
        messages = Promise.resolve(ext.runtime.sendMessage({ type: 'locale', lang })).catch(() => null);
      } catch {
        messages = Promise.resolve(null);
      }
      localeLoad = { lang, messages };
    },
    prefetchedLocale(lang: string): Promise<unknown> | null {
      const got = localeLoad?.lang === lang ? localeLoad.messages : null;
      localeLoad = null;
      return got;
    },
  };
}

/** Starts the UI module: in the DOMContentLoaded task (`atOnce`) if it is already there, its first card
 * rendered in that task from this pass's answer; else in a task of its own, posted ahead of the page's ordinary
 * tasks, so that its evaluation and the UI's first run are never one long task. */
function loadUi(life: Life, pre: ReturnType<typeof prefetch>, failed: () => void, atOnce: boolean): void {
  const here = atOnce ? pre.uiHere() : null;
  const start = (m: UiModule) =>
    m.start(life, (url, doc, opts) => recognize(url, doc, PORTALS, opts), pre.readEarly(), pre.prefetchedLocale, pre.fetchTexts(), here && last);
  (here ? start(here) : pre.fetchUi().then((m) => new Promise<UiModule>((resolve) => life.urgentTask(() => resolve(m)))).then(start))
    .catch(() => {
      // Never let an error reach the page.
      failed();
      pre.forgetUi();
    });
}

/** Not (yet) a step: watch cheaply for late rendering, history changes and shadow roots attached later. */
function watchLate(onChange: (delayMs: number) => void): PageWatch {
  return watchPage(document, onChange, {
    attributeFilter: ['class', 'hidden', 'style', 'open', 'id', 'type', 'checked'],
    historyEvents: ['popstate', 'hashchange', 'pageshow'],
    lens: entryLens,
  });
}

let lensAt: { href: string; failed: typeof failed; lens: MutationLens | false } | null = null;
/** What can make this address a step: the DOM of the steps its host and path allow (of each, what the last
 * pass found missing: utils/mutation-filter.ts `stepsWatched`); none (false): only another address can, and
 * mutations are not looked at. */
function entryLens(): MutationLens | false {
  const href = location.href;
  if (lensAt?.href !== href || lensAt.failed !== failed) {
    const steps = stepsAt(href, PORTALS);
    lensAt = { href, failed, lens: steps.length ? lensOf(stepsWatched(steps, failed)) : false };
  }
  return lensAt.lens;
}

/** Address changes without a load (pushState without popstate), and `load`: pages that render their form
 * from their own scripts often do so around it. */
function lookAgain(life: Life, again: () => void): void {
  life.onLocationChange(again);
  if (document.readyState === 'complete') again();
  else life.addEventListener(window, 'load', again, { once: true });
}

function reportContext() {
  let rec = null;
  try {
    rec = recognize(location.href, document, PORTALS);
  } catch {
    /* the report says « aucune étape » */
  }
  return {
    url: location.href,
    recognised: rec && { portal: rec.portal, step: rec.step, state: rec.state },
    portal: rec?.portal ?? resolvePortal(new URL(location.href), null, PORTALS)?.id ?? null,
    viewport: { width: innerWidth, height: innerHeight },
  };
}

/** The popup asks « où en suis-je ? »: until the UI module runs, this page is not a step. Only our own
 * extension pages are answered, and only with ids (here: none). */
function answerUntilLoaded(ext: EntryApi, life: Life, loading: () => boolean): void {
  const ownOrigin = ext.runtime.getURL('/');
  const onTabMessage = (raw: unknown, sender: Sender, reply: (answer: unknown) => void) => {
    if (sender?.id !== ext.runtime.id || !sender.url?.startsWith(ownOrigin)) return;
    const type = raw && typeof raw === 'object' ? (raw as { type?: unknown }).type : undefined;
    // « Cette page n'est pas reconnue ? »: the redacted report, built here on request, whether or not a step.
    if (type === 'report') {
      (import(/* @vite-ignore */ chrome.runtime.getURL(REPORT_PATH)) as Promise<ReportModule>)
        .then((m) => reply(m.pageReport(document, reportContext())))
        .catch(() => reply(null));
      return true;
    }
    if (loading()) return;
    if (type === 'where' || type === 'reopen') reply({ rec: null });
  };
  ext.runtime.onMessage.addListener(onTabMessage);
  life.onInvalidated(() => ext.runtime.onMessage.removeListener(onTabMessage));
}
