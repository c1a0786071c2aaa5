/**
 * Applies the chosen language. Extension pages read `_locales/<lang>/messages.json` themselves; the content
 * script asks the background (a content script cannot read extension files without exposing them to pages).
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

/** Load and apply the chosen language; `load` fetches a locale's messages (file or background message). */
export async function applyLanguage(
  load: (lang: string) => Promise<ChromeMessages | null> = readLocaleFile,
  choice?: LangChoice,
): Promise<string | null> {
  const c = choice ?? (await langItem.get());
  const want = c === 'auto' ? preferredLang() : c;
  setMessages(null);
  if (c === 'auto' && t('meta.lang') === want) return null;
  const messages = await load(want);
  setMessages(messages, messages ? want : null);
  return messages ? want : null;
}
