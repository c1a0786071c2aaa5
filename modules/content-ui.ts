/**
 * Build-time module: the overlay UI of the content script as a lazily loaded ES module (issue 9).
 *
 * The content script entry (`entrypoints/content/index.tsx`) holds only the recogniser, the portal data and a
 * small loader. On a recognised step it `import()`s `content-scripts/content-ui.js` (the first card: preact,
 * floating-ui, the help card, the French texts) from the extension. WXT builds content scripts as single IIFE
 * files, so this module adds the UI as an extra script entrypoint and turns its build into an ES module,
 * keeping every WXT plugin (auto-imports, aliases, `browser`). Its chunks (`content-scripts/content-ui-*.js`:
 * storage and zod, the features) are what the first card imports later, by relative URLs, so from the same
 * (dynamic) origin (docs/decisions/first-card.md). The module and its chunks are listed in
 * `web_accessible_resources` for the ENT hosts only (see wxt.config.ts and the manifest hook below).
 *
 * It also builds the content scripts (the groups' stubs) without WXT's content-script runtime (see the
 * `isContentEntry` case below); the entry modules are unlisted scripts, whose wrapper only calls `main()`.
 */
import path from 'node:path';
import type { Plugin } from 'vite';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { hintEntryChunk } from './shared/compile-hint';
import { defineWxtModule } from 'wxt/modules';
import { BUILT_IN_LANG } from '../utils/lang-pref';
import { PORTALS } from '../utils/portals';
import { PORTAL_INFO } from '../utils/portals/ids';
import { ENTRY_GROUPS, firstTextsFile, isContentEntry, sharedFromEntry } from './content-entries';

export const CONTENT_UI_NAME = 'content-ui';
/** Path of the lazy UI module inside the built extension. */
export const CONTENT_UI_FILE = `content-scripts/${CONTENT_UI_NAME}.js`;
/** The UI module's chunks, imported by it after the first paint (named after their main module). */
export const CONTENT_UI_CHUNKS = `content-scripts/${CONTENT_UI_NAME}-[name].js`;

/** The overlay's built-in messages: the default locale (French), compiled as @wxt-dev/i18n compiles it for
 * `_locales/fr/messages.json`, without descriptions (utils/locale.ts `applyLanguage` says why they are bundled). */
export const BUILT_IN_MESSAGES_ID = 'virtual:ce-built-in-messages';
export { BUILT_IN_LANG };

export async function builtInMessages(localesDir: string): Promise<Record<string, { message: string }>> {
  const chrome = generateChromeMessages(await parseMessagesFile(path.join(localesDir, `${BUILT_IN_LANG}.yml`)));
  return Object.fromEntries(Object.entries(chrome).map(([key, m]) => [key, { message: m.message }]));
}

/** The built-in texts the overlay reads later (a frame after the first paint, with the features that show
 * them): the password help's, the remembered choices' and the support contact's; the answers under « Je suis
 * bloqué(e) » (folded: the questions come with the first card, so the card does not grow later); the page
 * report's link and view (in the support feature); and texts
 * the card does not show (journey names, the extension's description, the glossary). */
export const LATER_TEXTS = /^(password|remember|journey|report)_|^ext_description$|^overlay_glossary_/;
/** What is folded under « Je suis bloqué(e) » (and « Comment savoir si c'est le vrai site ? »): the first card
 * carries each step's first question, so the folded section is there at the first paint and the card does not
 * grow later; the other questions and the answers are filled in with the later texts. */
export const FOLDED_ANSWERS = /_stuck_s\d+_a$|_stuck_s([2-9]|\d\d)_q$|^overlay_address_check_(a|dot|icon)$/;
/** Texts only the extension's own pages show (popup, demo, privacy page, language picker, options page): not
 * built into the overlay at all. tests/unit/first-card.test.ts checks the overlay's code names none of them. */
export const EXTENSION_PAGE_TEXTS = /^(popup|demo|privacy|language)_|^remember_options_(?!support_)/;

/** Where a built-in text goes: the first card's module, the later chunk, or nowhere (extension pages only). */
export function builtInGroup(key: string): 'first' | 'later' | null {
  if (EXTENSION_PAGE_TEXTS.test(key)) return null;
  return LATER_TEXTS.test(key) || FOLDED_ANSWERS.test(key) ? 'later' : 'first';
}

export const LATER_MESSAGES_ID = `${BUILT_IN_MESSAGES_ID}-later`;

/** Every `help` key a portal's data names (steps, states, fronts, variants, targets, obstructions…). */
export function helpKeysOf(data: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(data)) data.forEach((x) => helpKeysOf(x, out));
  else if (data && typeof data === 'object' && !(data instanceof RegExp)) {
    for (const [k, v] of Object.entries(data)) {
      if (k === 'help' && typeof v === 'string') out.add(v);
      else helpKeysOf(v, out);
    }
  }
  return out;
}

/**
 * The first card's texts that only one group of portals shows (utils/portals/entries.ts): the help of the
 * namespaces its portals' data names and no other group's does. They go to a file per group
 * (`content-scripts/first-texts-<group>.js`), which the entry fetches beside the UI module; the UI module keeps
 * the rest (shared texts, and every portal's short step titles: « Étape suivante » names another portal's step).
 * Keys as in messages.json (dots as underscores). Returns, per group name, its keys.
 */
export function portalTexts(
  keys: readonly string[],
  groups: readonly { name: string; portals: readonly string[] }[],
  portals: readonly { id: string }[],
  titles: readonly string[],
): Record<string, string[]> {
  const owners = new Map<string, Set<string>>();
  for (const g of groups) {
    for (const p of portals.filter((x) => g.portals.includes(x.id))) {
      for (const key of helpKeysOf(p)) {
        const ns = key.split('.')[0];
        (owners.get(ns) ?? owners.set(ns, new Set()).get(ns)!).add(g.name);
      }
    }
  }
  const isTitle = (k: string) => titles.some((t) => k.startsWith(`${t.replace(/\./g, '_')}_`));
  const out: Record<string, string[]> = Object.fromEntries(groups.map((g) => [g.name, []]));
  for (const k of keys) {
    if (isTitle(k)) continue;
    const by = owners.get(k.split('_')[0]);
    if (by?.size === 1) out[[...by][0]].push(k);
  }
  return out;
}

function builtInMessagesPlugin(localesDir: string, emitted: string[]): Plugin {
  const first = `\0${BUILT_IN_MESSAGES_ID}`;
  const later = `\0${LATER_MESSAGES_ID}`;
  // Read and split once per build (both virtual modules and the emitted files use it); again on a rebuild.
  let split: Promise<{ all: Record<string, { message: string }>; perGroup: Record<string, string[]> }> | null = null;
  const byGroup = () =>
    (split ??= builtInMessages(localesDir).then((all) => {
      const firstKeys = Object.keys(all).filter((k) => builtInGroup(k) === 'first');
      const titles = Object.values(PORTAL_INFO).map((i) => i.titles);
      return { all, perGroup: portalTexts(firstKeys, ENTRY_GROUPS, PORTALS, titles) };
    }));
  const group = async (which: 'first' | 'later') => {
    const { all, perGroup } = await byGroup();
    const elsewhere = new Set(Object.values(perGroup).flat());
    return Object.fromEntries(
      Object.entries(all)
        .filter(([k]) => builtInGroup(k) === which && !elsewhere.has(k))
        .map(([k, m]) => [k, m.message]),
    );
  };
  return {
    name: 'compagnon:content-ui-messages',
    buildStart() {
      split = null;
    },
    // One module per group of portals: a JSON string of { key: text } as its default export (see `portalTexts`).
    async generateBundle() {
      const { all, perGroup } = await byGroup();
      emitted.length = 0;
      for (const [name, keys] of Object.entries(perGroup)) {
        const json = JSON.stringify(Object.fromEntries(keys.map((k) => [k, all[k].message])));
        const fileName = firstTextsFile(name);
        this.emitFile({ type: 'asset', fileName, source: `export default ${JSON.stringify(json)};\n` });
        emitted.push(fileName);
      }
    },
    resolveId: (id) => (id === BUILT_IN_MESSAGES_ID ? first : id === LATER_MESSAGES_ID ? later : null),
    async load(id) {
      if (id !== first && id !== later) return null;
      this.addWatchFile(path.join(localesDir, `${BUILT_IN_LANG}.yml`));
      // A JSON string of { key: text }, parsed on first use: V8 scans a string literal much faster than it
      // compiles an object literal, and a page whose family reads another language never parses it.
      if (id === later) {
        // Added to the first card's texts (the same object `t()` reads, as the language or its fallback).
        return [
          `import builtIn from ${JSON.stringify(BUILT_IN_MESSAGES_ID)};`,
          `const json = ${JSON.stringify(JSON.stringify(await group('later')))};`,
          'let added = false;',
          'export default function addLaterTexts() {',
          '  if (added) return;',
          '  added = true;',
          '  const messages = builtIn.messages();',
          '  for (const [k, message] of Object.entries(JSON.parse(json))) messages[k] = { message };',
          '}',
        ].join('\n');
      }
      return [
        `const json = ${JSON.stringify(JSON.stringify(await group('first')))};`,
        'let parsed = null;',
        'const parse = () => Object.fromEntries(Object.entries(JSON.parse(json)).map(([k, message]) => [k, { message }]));',
        `export default { lang: ${JSON.stringify(BUILT_IN_LANG)}, messages: () => (parsed ??= parse()) };`,
        '/** Adds a group\'s first-card texts (its first-texts module\'s JSON) to these. */',
        'export function addFirstTexts(more) {',
        '  const messages = parsed ??= parse();',
        '  for (const [k, message] of Object.entries(JSON.parse(more))) messages[k] = { message };',
        '}',
      ].join('\n');
    },
  };
}

export default defineWxtModule({
  name: 'content-ui',
  setup(wxt) {
    const input = path.resolve(wxt.config.entrypointsDir, 'content/ui.tsx');
    // The chunks of the last UI build, made web-accessible beside the module itself.
    let chunks: string[] = [];
    // The groups' first-card text modules of the last UI build, web-accessible likewise.
    const texts: string[] = [];
    const collectChunks: Plugin = {
      name: 'compagnon:content-ui-chunks',
      generateBundle(_options, bundle) {
        chunks = Object.values(bundle)
          .filter((f) => f.type === 'chunk' && !f.isEntry)
          .map((f) => f.fileName)
          .sort();
      },
    };
    // Chrome serves the module under its per-session dynamic URL, but resolves the module's relative imports
    // against the extension's fixed URL, which pages (and so content scripts) may not load
    // (`use_dynamic_url`). So the chunks are imported by `chrome.runtime.getURL(…)` (the dynamic URL; the form
    // AMO's linter accepts), and what they take from the module comes through a registry in the content
    // script's own global (the isolated world: pages cannot see it), set when the module is evaluated, before
    // any chunk can load. Chunks must not import each other statically (the content script loads one).
    const REGISTRY = 'globalThis[Symbol.for("compagnon-ent:first-card")]';
    const dynamicUrls: Plugin = {
      name: 'compagnon:content-ui-dynamic-urls',
      renderChunk(code, chunk) {
        let out = code.replace(
          /\bimport\((["'`])\.\/(content-ui-[\w.-]+\.js)\1\)/g,
          (_m, _q, file) => `import(chrome.runtime.getURL("/content-scripts/${file}"))`,
        );
        if (chunk.isEntry) {
          const m = /export\s*\{([^}]*)\};?\s*$/.exec(out);
          if (!m) throw new Error('content-ui: no export clause at the end of the module');
          const pairs = m[1].split(',').map((p) => p.trim().split(/\s+as\s+/));
          const registry = pairs.map(([local, name]) => `${JSON.stringify(name ?? local)}:${local}`).join(',');
          out = `${out.slice(0, m.index)}${REGISTRY}={${registry}};${out.slice(m.index)}`;
        } else {
          out = out.replace(/\bimport\s*\{([^}]*)\}\s*from\s*(["'`])\.\/content-ui\.js\2;?/g, (_m, names: string) => {
            const binds = names.split(',').map((p) => p.trim().split(/\s+as\s+/)).map(([name, local]) => `${name}:${local ?? name}`);
            return `const{${binds.join(',')}}=${REGISTRY};`;
          });
          if (/\bfrom\s*["'`]\.\/content-ui\.js["'`]/.test(out)) throw new Error(`content-ui: unexpected import form in ${chunk.fileName}`);
        }
        return { code: out, map: null };
      },
    };
    wxt.hooks.hook('build:manifestGenerated', (_wxt, manifest) => {
      for (const war of manifest.web_accessible_resources ?? []) {
        const list = typeof war === 'string' ? null : war.resources;
        if (list?.includes(CONTENT_UI_FILE)) list.push(...chunks, ...texts);
      }
      const mv2 = manifest.web_accessible_resources as unknown[] | undefined;
      if (mv2?.includes(CONTENT_UI_FILE)) mv2.push(...chunks, ...texts);
    });
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
      if (entrypoints.length === 1 && isContentEntry(entrypoints[0].name)) {
        // The content script (a group's stub, entrypoints/content/stub.ts) is wrapped in WXT's bare wrapper,
        // the one WXT uses for main-world scripts: it calls `main()` and nothing else. The isolated-world
        // wrapper would first build a ContentScriptContext, which posts the extension id to the page
        // (utils/script-life.ts says why not) and brings the polyfill in. The manifest entry, and so the world
        // the script runs in, is unchanged.
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
      config.plugins.push(
        sameCss,
        sharedFromEntry(wxt.config.srcDir),
        builtInMessagesPlugin(path.resolve(wxt.config.srcDir, 'locales'), texts),
        collectChunks,
        dynamicUrls,
      );
      config.build!.rollupOptions ??= {};
      const out = config.build!.rollupOptions.output;
      const o = (Array.isArray(out) ? out[0] : out) ?? {};
      o.entryFileNames = CONTENT_UI_FILE;
      o.chunkFileNames = CONTENT_UI_CHUNKS;
      config.build!.rollupOptions.output = o;
      // What the module and a chunk share stays in the module (the chunks only run after it): the module may
      // export more than `start` for them, else rolldown moves shared code into chunks of its own, which the
      // first card would then import before it can run.
      config.build!.rollupOptions.preserveEntrySignatures = 'allow-extension';
      // Minified like the other scripts (library builds keep whitespace by default).
      if (wxt.config.command === 'build') o.minify = true;
      hintEntryChunk(config);
    });
  },
});
