/**
 * The extension API as the browser gives it, without webextension-polyfill: Firefox's `browser`, Chrome's
 * `chrome` (its Manifest V3 calls return promises). For code that runs before a page's first paint (the
 * popup's first chunk): the polyfill is a module to load and compile before anything shows. Elsewhere, the
 * auto-imported `browser` (the polyfill) is the rule.
 */
import type { WxtBrowser } from 'wxt/browser';

export function extApi(): WxtBrowser {
  const g = globalThis as { browser?: WxtBrowser; chrome?: WxtBrowser };
  return g.browser?.runtime?.id ? g.browser : (g.chrome ?? g.browser)!;
}
