/**
 * Applies the chosen language. Extension pages read `_locales/<lang>/messages.json` themselves; the content
 * script has French built in and asks the background for another language (a content script cannot read
 * extension files without exposing them to pages).
 *
 * "Automatic" follows the browser: its preferred languages (navigator.languages, which is the browser's UI
 * language unless the family changed it), then the UI language (browser.i18n.getUILanguage()), then French.
 * The language browser.i18n picked by itself is used when it is that one (no message round trip); otherwise
 * (e.g. a browser whose UI language is not one of ours, or a build without that UI locale) the wanted
 * locale's messages are loaded like an explicit choice.
 */
import { LANGS, setMessages, t, type ChromeMessages, type Lang } from './i18n';
import { langItem, type LangChoice } from './storage/lang';

export async function readLocaleFile(lang: string): Promise<ChromeMessages | null> {
  if (!(LANGS as readonly string[]).includes(lang)) return null;
  try {
    const res = await fetch(browser.runtime.getURL(`/_locales/${lang}/messages.json` as '/popup.html'));
    return res.ok ? ((await res.json()) as ChromeMessages) : null;
  } catch {
    return null;
  }
}

/** The browser's languages, most preferred first (BCP 47 tags). */
export function browserLanguages(): string[] {
  const out: string[] = [];
  try {
    const nav = globalThis.navigator;
    if (nav?.languages?.length) out.push(...nav.languages);
    else if (nav?.language) out.push(nav.language);
  } catch {
    /* no navigator */
  }
  try {
    const ui = (globalThis as { browser?: { i18n?: { getUILanguage?(): string } } }).browser?.i18n?.getUILanguage?.();
    if (ui) out.push(ui);
  } catch {
    /* no extension API (tests, demo outside the extension) */
  }
  return out;
}

/** The first of `tags` that is one of our languages (by primary subtag: fr-BE → fr, ar-MA → ar), else French. */
export function preferredLang(tags: readonly string[] = browserLanguages()): Lang {
  for (const tag of tags) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if ((LANGS as readonly string[]).includes(primary)) return primary as Lang;
  }
  return 'fr';
}

/** Messages a context carries with it (the overlay: French, the default locale, bundled in its module). */
export interface BuiltInMessages {
  lang: string;
  /** The messages, parsed on first call. */
  messages(): ChromeMessages;
}

/**
 * Load and apply the chosen language; `load` fetches a locale's messages (file or background message).
 *
 * With `builtIn` (the overlay), that language is applied without a load and without `browser.i18n`, and it is
 * the fallback when a load fails. In Chromium the first `browser.i18n` call in a page's process fetches the
 * whole message bundle from the browser process synchronously: 5–10 ms of the page's main thread, measured
 * in the bench's profile, just before the card's first paint. With French (the families' language, our
 * default locale) built in, only another language pays for it or for a load.
 */
export async function applyLanguage(
  load: (lang: string) => Promise<ChromeMessages | null> = readLocaleFile,
  choice?: LangChoice,
  builtIn?: BuiltInMessages,
): Promise<string | null> {
  const c = choice ?? (await langItem.get());
  const want = c === 'auto' ? preferredLang() : c;
  if (builtIn?.lang === want) {
    setMessages(builtIn.messages(), want, builtIn.messages());
    return want;
  }
  if (c === 'auto') {
    // The browser's own pick, when it is the wanted language: one synchronous bundle fetch in Chromium,
    // still much sooner than a load through the background (a message round trip to its service worker).
    setMessages(null);
    if (t('meta.lang') === want) return null;
  } else if (!builtIn) setMessages(null);
  const messages = await load(want);
  if (messages) setMessages(messages, want, builtIn?.messages() ?? null);
  else if (builtIn) setMessages(builtIn.messages(), builtIn.lang, builtIn.messages());
  else setMessages(null);
  return messages ? want : (builtIn?.lang ?? null);
}
