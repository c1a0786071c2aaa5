/**
 * Language of an extension page (popup, demonstration): applies the stored choice (or the browser's UI
 * language), sets `<html lang dir>` and (re)renders; follows later changes of the choice without a reload,
 * so focus stays where it was (the language picker itself re-renders in the new language).
 */
import { currentLang, isRtl, LANGS, type ChromeMessages } from './i18n';
import { applyLanguage } from './locale';
import { langItem } from './storage/lang';

/** A locale's messages from the extension's own files (extension pages and the background). */
export async function readLocaleFile(lang: string): Promise<ChromeMessages | null> {
  if (!(LANGS as readonly string[]).includes(lang)) return null;
  try {
    const res = await fetch(browser.runtime.getURL(`/_locales/${lang}/messages.json` as '/popup.html'));
    return res.ok ? ((await res.json()) as ChromeMessages) : null;
  } catch {
    return null;
  }
}

export function applyDocumentLanguage(doc: Document = document): void {
  const lang = currentLang();
  doc.documentElement.lang = lang;
  doc.documentElement.dir = isRtl(lang) ? 'rtl' : 'ltr';
}

/** Render `paint` in the chosen language now and every time the choice changes. Returns a stop function. */
export async function withPageLanguage(paint: () => void): Promise<() => void> {
  await applyLanguage(readLocaleFile, await langItem.get());
  applyDocumentLanguage();
  paint();
  return langItem.watch(async (choice) => {
    await applyLanguage(readLocaleFile, choice);
    applyDocumentLanguage();
    paint();
  });
}
