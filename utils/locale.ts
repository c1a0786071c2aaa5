/**
 * Applies the chosen language. Extension pages read `_locales/<lang>/messages.json` themselves; the content
 * script asks the background (a content script cannot read extension files without exposing them to pages).
 */
import { LANGS, setMessages, type ChromeMessages } from './i18n';
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

/** Load and apply the chosen language; `load` fetches a locale's messages (file or background message). */
export async function applyLanguage(
  load: (lang: string) => Promise<ChromeMessages | null> = readLocaleFile,
  choice?: LangChoice,
): Promise<string | null> {
  const c = choice ?? (await langItem.get());
  if (c === 'auto') {
    setMessages(null);
    return null;
  }
  const messages = await load(c);
  setMessages(messages, messages ? c : null);
  return messages ? c : null;
}
