/**
 * The extension API as the browser gives it, without webextension-polyfill: Firefox's `browser`, Chrome's
 * `chrome` (its Manifest V3 calls return promises). For code that runs before a first paint or on every ENT
 * page (the content script's entry and first card, the popup's first chunk): the polyfill is a module to load
 * and compile before anything shows. Elsewhere, the auto-imported `browser` (the polyfill) is the rule.
 * `T`: the calls the caller makes (the content script names its few; the popup takes WXT's whole type).
 */
import type { WxtBrowser } from 'wxt/browser';

export function extApi<T = WxtBrowser>(): T {
  const g = globalThis as { browser?: { runtime?: { id?: string } }; chrome?: unknown };
  return (g.browser?.runtime?.id ? g.browser : (g.chrome ?? g.browser)) as T;
}
