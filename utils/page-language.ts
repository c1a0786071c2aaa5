/**
 * Language of an extension page (popup, demonstration): applies the stored choice (or the browser's UI
 * language), sets `<html lang dir>` and (re)renders; follows later changes of the choice without a reload,
 * so focus stays where it was (the language picker itself re-renders in the new language).
 */
import { currentLang, isRtl } from './i18n';
import { applyLanguage } from './locale';
import { langItem } from './storage/lang';

export function applyDocumentLanguage(doc: Document = document): void {
  const lang = currentLang();
  doc.documentElement.lang = lang;
  doc.documentElement.dir = isRtl(lang) ? 'rtl' : 'ltr';
}

/** Render `paint` in the chosen language now and every time the choice changes. Returns a stop function. */
export async function withPageLanguage(paint: () => void): Promise<() => void> {
  await applyLanguage();
  applyDocumentLanguage();
  paint();
  return langItem.watch(async (choice) => {
    await applyLanguage(undefined, choice);
    applyDocumentLanguage();
    paint();
  });
}
