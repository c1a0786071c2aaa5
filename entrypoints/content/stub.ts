/**
 * The content script the manifest lists, once per group of portals sharing a host (modules/content-entries.ts):
 * before the page is parsed, it only asks for the group's entry module (./index.tsx, built as
 * `content-scripts/entry-<group>.js`), which recognises the page and loads the UI. Compiling and running the
 * entry here held every ENT page's `load` back; a module arrives in a task of its own, after `load` on a page
 * that loads at once. Why: docs/decisions/content-entry.md.
 */
/** The group's entry module in the built extension (defined per group by modules/content-entries.ts). */
declare const __CE_ENTRY_MODULE__: string;
/** The extension API as Chrome names it; Firefox gives it under this name too. */
declare const chrome: { runtime?: { id?: string; getURL(path: string): string } } | undefined;

export default defineContentScript({
  // Each group's hosts are set by modules/content-entries.ts, which builds this file once per group.
  matches: [],
  runAt: 'document_start',
  main() {
    try {
      // No `runtime.id`: the extension was updated or removed under this page.
      if (!chrome?.runtime?.id) return;
      // `chrome.runtime.getURL(…)` as such: the one form of import() AMO's linter accepts.
      import(/* @vite-ignore */ chrome.runtime.getURL(__CE_ENTRY_MODULE__)).catch(() => {});
    } catch {
      // Never let an error reach the page.
    }
  },
});
