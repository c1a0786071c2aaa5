/**
 * Build-time module: the overlay UI of the content script as a lazily loaded ES module (issue 9).
 *
 * The content script entry (`entrypoints/content/index.tsx`) holds only the recogniser, the portal data and a
 * small loader. On a recognised step it `import()`s `content-scripts/content-ui.js` (preact, floating-ui, the
 * help card, the features, the storage items) from the extension. WXT builds content scripts as single IIFE
 * files, so this module adds the UI as an extra script entrypoint and turns its build into a self-contained ES
 * module (one file, no shared chunks), keeping every WXT plugin (auto-imports, aliases, `browser`).
 * The file is listed in `web_accessible_resources` for the ENT hosts only (see wxt.config.ts).
 *
 * It also builds the entry itself without WXT's content-script runtime (see the `content` case below).
 */
import path from 'node:path';
import type { Plugin } from 'vite';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { defineWxtModule } from 'wxt/modules';
import { BUILT_IN_LANG } from '../utils/lang-pref';

export const CONTENT_UI_NAME = 'content-ui';
/** Path of the lazy UI module inside the built extension. */
export const CONTENT_UI_FILE = `content-scripts/${CONTENT_UI_NAME}.js`;

/** The overlay's built-in messages: the default locale (French), compiled as @wxt-dev/i18n compiles it for
 * `_locales/fr/messages.json`, without descriptions (utils/locale.ts `applyLanguage` says why they are bundled). */
export const BUILT_IN_MESSAGES_ID = 'virtual:ce-built-in-messages';
export { BUILT_IN_LANG };

export async function builtInMessages(localesDir: string): Promise<Record<string, { message: string }>> {
  const chrome = generateChromeMessages(await parseMessagesFile(path.join(localesDir, `${BUILT_IN_LANG}.yml`)));
  return Object.fromEntries(Object.entries(chrome).map(([key, m]) => [key, { message: m.message }]));
}

function builtInMessagesPlugin(localesDir: string): Plugin {
  const resolved = `\0${BUILT_IN_MESSAGES_ID}`;
  return {
    name: 'compagnon:content-ui-messages',
    resolveId: (id) => (id === BUILT_IN_MESSAGES_ID ? resolved : null),
    async load(id) {
      if (id !== resolved) return null;
      this.addWatchFile(path.join(localesDir, `${BUILT_IN_LANG}.yml`));
      // A JSON string of { key: text }, parsed on first use: V8 scans a string literal much faster than it
      // compiles an object literal, and a page whose family reads another language never parses it.
      const texts = Object.fromEntries(Object.entries(await builtInMessages(localesDir)).map(([k, m]) => [k, m.message]));
      return [
        `const json = ${JSON.stringify(JSON.stringify(texts))};`,
        'let parsed = null;',
        'const parse = () => Object.fromEntries(Object.entries(JSON.parse(json)).map(([k, message]) => [k, { message }]));',
        `export default { lang: ${JSON.stringify(BUILT_IN_LANG)}, messages: () => (parsed ??= parse()) };`,
      ].join('\n');
    },
  };
}

export default defineWxtModule({
  name: 'content-ui',
  setup(wxt) {
    const input = path.resolve(wxt.config.entrypointsDir, 'content/ui.tsx');
    wxt.hooks.hook('entrypoints:resolved', (_wxt, entrypoints) => {
      entrypoints.push({
        type: 'unlisted-script',
        name: CONTENT_UI_NAME,
        inputPath: input,
        outputDir: path.resolve(wxt.config.outDir, 'content-scripts'),
        options: {},
        skipped: false,
      });
    });
    wxt.hooks.hook('vite:build:extendConfig', (entrypoints, config) => {
      if (entrypoints.length === 1 && entrypoints[0].name === 'content') {
        // The entry (entrypoints/content/index.tsx) is wrapped in WXT's bare wrapper, the one WXT uses for
        // main-world scripts: it calls `main()` and nothing else. The isolated-world wrapper would first build
        // a ContentScriptContext, which posts the extension id to the page (utils/script-life.ts says why not)
        // and brings the polyfill in. The manifest entry, and so the world the script runs in, is unchanged.
        const lib = config.build?.lib;
        if (!lib || typeof lib.entry !== 'string' || !lib.entry.includes('content-script-isolated-world')) {
          throw new Error('content-ui: the content entry is no longer built from WXT\'s isolated-world wrapper');
        }
        lib.entry = lib.entry.replace('content-script-isolated-world', 'content-script-main-world');
        return;
      }
      if (entrypoints.length !== 1 || entrypoints[0].name !== CONTENT_UI_NAME) return;
      const lib = config.build?.lib;
      if (!lib) throw new Error('content-ui: expected a library build');
      // The module itself, not WXT's unlisted-script wrapper (which would run a `main`), as an ES module.
      lib.entry = input;
      lib.formats = ['es'];
      config.plugins = (config.plugins ?? []).flat().filter((p) => !(p && 'name' in p && p.name === 'wxt:iife-footer'));
      // `createShadowRootUi` loads `content-scripts/<ENTRYPOINT>.css`: the CSS belongs to the `content` entry.
      const sameCss: Plugin = {
        name: 'compagnon:content-ui-globals',
        enforce: 'post',
        config: () => ({ define: { 'import.meta.env.ENTRYPOINT': JSON.stringify('content') } }),
      };
      config.plugins.push(sameCss, builtInMessagesPlugin(path.resolve(wxt.config.srcDir, 'locales')));
      config.build!.rollupOptions ??= {};
      const out = config.build!.rollupOptions.output;
      const o = (Array.isArray(out) ? out[0] : out) ?? {};
      o.entryFileNames = CONTENT_UI_FILE;
      config.build!.rollupOptions.output = o;
      // One self-contained file; minified like the other scripts (library builds keep whitespace by default).
      (config.build!.rollupOptions as { codeSplitting?: boolean }).codeSplitting = false;
      if (wxt.config.command === 'build') o.minify = true;
    });
  },
});
