/**
 * Applies the chosen language. Extension pages read `_locales/<lang>/messages.json` themselves; the content
 * script has French built in and asks the background for another language (a content script cannot read
 * extension files without exposing them to pages).
 *
 * "Automatic" follows the browser: its preferred languages (navigator.languages, which is the browser's UI
 * language unless the family changed it), then the UI language (browser.i18n.getUILanguage()), then French.
 * On extension pages, the language browser.i18n picked by itself is used when it is that one (no file read);
 * otherwise (e.g. a browser whose UI language is not one of ours, or a build without that UI locale) the
 * wanted locale's messages are loaded like an explicit choice. The overlay never uses browser.i18n (below).
 */
import { setMessages, t, type ChromeMessages } from './i18n';
import { wantedLang } from './lang-pref';
import type { LangChoice } from './storage/lang';

export { browserLanguages, preferredLang } from './lang-pref';

/** Messages a context carries with it (the overlay: French, the default locale, bundled in its module). */
export interface BuiltInMessages {
  lang: string;
  /** The messages, parsed on first call. */
  messages(): ChromeMessages;
}

/**
 * Apply the chosen language; `load` fetches a locale's messages (utils/page-language-first.ts `readLocaleFile` on
 * extension pages, a background message in the overlay). No storage and no extension API here: the overlay's
 * first card carries this module (docs/decisions/first-card.md).
 *
 * With `builtIn` (the overlay), `browser.i18n` is never asked: that language is applied without a load, any
 * other is loaded (the content script's entry starts that load before the page is parsed), and French is the
 * fallback for a failed load or a missing key. In Chromium the first `browser.i18n` call in a page's process
 * fetches the whole message bundle synchronously, on the page's main thread (docs/decisions/content-entry.md).
 */
export async function applyLanguage(
  load: (lang: string) => Promise<ChromeMessages | null>,
  c: LangChoice,
  builtIn?: BuiltInMessages,
): Promise<string | null> {
  const want = wantedLang(c);
  if (builtIn?.lang === want) {
    setMessages(builtIn.messages(), want, builtIn.messages());
    return want;
  }
  if (!builtIn) {
    setMessages(null);
    if (c === 'auto' && t('meta.lang') === want) return null;
  }
  const messages = await load(want);
  if (messages) setMessages(messages, want, builtIn?.messages() ?? null);
  else if (builtIn) setMessages(builtIn.messages(), builtIn.lang, builtIn.messages());
  else setMessages(null);
  return messages ? want : (builtIn?.lang ?? null);
}
