/**
 * Translation lookup. Locale sources are `locales/<lang>.yml` (@wxt-dev/i18n turns them into
 * `_locales/<lang>/messages.json`; no text is in the content script's entry). By default the browser's
 * UI language is used through `browser.i18n`; a language chosen in the popup is applied by loading that
 * locale's messages.json and passing it to `setMessages`. The overlay's lazily loaded UI module carries the
 * French messages compiled in (modules/content-ui.ts) and never asks `browser.i18n` (utils/locale.ts).
 *
 * Keys are written with dots (`recia.login.title`); messages.json flattens them with underscores.
 */

export interface ChromeMessages {
  [key: string]: { message: string };
}

let override: ChromeMessages | null = null;
let overrideLang: string | null = null;
/** Where a key missing from `override` is looked up instead of `browser.i18n` (the overlay's built-in French). */
let fallback: ChromeMessages | null = null;

export const LANGS = ['fr', 'en', 'ar'] as const;
export type Lang = (typeof LANGS)[number];
export const RTL_LANGS: readonly string[] = ['ar'];

export function setMessages(
  messages: ChromeMessages | null,
  lang: string | null = null,
  fallbackMessages: ChromeMessages | null = null,
): void {
  override = messages;
  overrideLang = lang;
  fallback = fallbackMessages;
}

export function flatKey(key: string): string {
  return key.replace(/[.\-]/g, '_');
}

function substitute(message: string, subs: readonly (string | number)[]): string {
  return message.replace(/\$(\d)/g, (_, d: string) => String(subs[Number(d) - 1] ?? ''));
}

/** The message for `key`, or '' when it does not exist (callers treat '' as "no such text"). */
export function t(key: string, ...subs: (string | number)[]): string {
  const k = flatKey(key);
  if (override) {
    const m = override[k];
    if (m) return substitute(m.message, subs);
    // A key missing from the chosen locale (tests/unit/locales.test.ts forbids it, but a half-merged
    // branch may have it): French, or the browser's own pick, beats an empty text.
  }
  // With a fallback (the overlay), `browser.i18n` is never asked: not even for the key that ends a `tList`.
  if (fallback) return fallback[k] ? substitute(fallback[k].message, subs) : '';
  try {
    const g = (globalThis as { browser?: { i18n?: { getMessage(k: string, s?: string[]): string } } }).browser;
    return g?.i18n?.getMessage(k, subs.map(String)) ?? '';
  } catch {
    return '';
  }
}

/**
 * Numbered list under a prefix: `prefix.b1`, `prefix.b2`, … until one is missing. (Purely numeric keys
 * would be read as plural forms by @wxt-dev/i18n, hence the letter.)
 */
export function tList(prefix: string, max = 12, letter = 'b'): string[] {
  const out: string[] = [];
  for (let i = 1; i <= max; i++) {
    const v = t(`${prefix}.${letter}${i}`);
    if (!v) break;
    out.push(v);
  }
  return out;
}

/** The language texts are shown in. */
export function currentLang(): string {
  if (overrideLang) return overrideLang;
  const fromMessages = t('meta.lang');
  if (fromMessages) return fromMessages;
  return 'fr';
}

export function isRtl(lang = currentLang()): boolean {
  return RTL_LANGS.includes(lang);
}
