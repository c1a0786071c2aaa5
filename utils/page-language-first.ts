/**
 * What an extension page needs to paint in the chosen language, without zod or WXT storage: the locale files,
 * `<html lang dir>`, and the stored choice read plainly from `storage.local` (utils/storage/first-paint.ts
 * `langFromSnapshot`, the overlay's own first read). The popup's first chunk uses this; ./page-language.ts
 * adds the zod-checked item and the following of later changes.
 */
import { currentLang, isRtl, LANGS, type ChromeMessages } from './i18n';
import { applyLanguage } from './locale';
import { extApi } from './ext-api';
import { langFromSnapshot } from './storage/first-paint';
import type { LangChoice } from './storage/lang';

/** A locale's messages from the extension's own files (extension pages and the background). */
export async function readLocaleFile(lang: string): Promise<ChromeMessages | null> {
  if (!(LANGS as readonly string[]).includes(lang)) return null;
  try {
    const res = await fetch(extApi().runtime.getURL(`/_locales/${lang}/messages.json` as '/popup.html'));
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

/** Apply a language choice to the page: its messages, then `<html lang dir>`. */
export async function setPageLanguage(choice: LangChoice): Promise<void> {
  await applyLanguage(readLocaleFile, choice);
  applyDocumentLanguage();
}

/**
 * The stored language choice from a plain `storage.local` read of its keys (`read`: asked for by the popup's
 * early script, entrypoints/popup/early.ts); null when only the zod-checked item can tell (a value the plain
 * check does not accept as it is, a version to migrate, or a failed read).
 */
export async function readLangSnapshot(read: Promise<Record<string, unknown> | null>): Promise<LangChoice | null> {
  try {
    const values = await read;
    return values ? langFromSnapshot(values) : null;
  } catch {
    return null;
  }
}
