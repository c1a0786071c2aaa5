/**
 * Which language a family reads, from the browser alone (no storage, no zod): small enough for the content
 * script's entry, which starts loading a non-French locale before the page is parsed (utils/locale.ts has the
 * rest of the language logic).
 */
import { LANGS, type Lang } from './i18n';

/** The overlay's built-in language (French, the default locale): compiled into the UI module. */
export const BUILT_IN_LANG: Lang = 'fr';

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

/** The language a stored choice (`auto` or a language; anything else counts as `auto`) asks for. */
export function wantedLang(choice: unknown): Lang {
  return typeof choice === 'string' && (LANGS as readonly string[]).includes(choice) ? (choice as Lang) : preferredLang();
}
