/**
 * Build-time module: the content script is built once per group of portals that share a host
 * (utils/portals/entries.ts), in two files: `content-scripts/content-<group>.js`, the manifest's content script
 * for the group's hosts only (`entrypoints/content/stub.ts`: it asks for the other file and nothing else), and
 * `content-scripts/entry-<group>.js`, the entry (`entrypoints/content/index.tsx`) carrying only its group's
 * portal data, loaded as a web-accessible module. Every other line of the entry is the same in each.
 * Why: docs/decisions/content-entry.md.
 */
import path from 'node:path';
import type { Plugin } from 'vite';
import { defineWxtModule } from 'wxt/modules';
import { hintEntryChunk } from './shared/compile-hint';
import { PORTALS } from '../utils/portals';
import { entryGroups, type EntryGroup } from '../utils/portals/entries';

/**
 * What the entry and the UI module both run (the recogniser, the page reader, the watch…): the entry puts its
 * own instances in a registry on the content script's global (the isolated world: pages cannot see it), and the
 * UI module's build takes them from there instead of carrying a second copy; the UI module is only ever
 * evaluated after the entry has run. Module (from the source root) → the names the UI module's code imports.
 * A name missing here fails the UI module's build (the stand-in module does not export it).
 */
export const SHARED_WITH_UI: Readonly<Record<string, readonly string[]>> = {
  'utils/dom': ['DomView', 'isShown', 'navigationKind'],
  'utils/recognize': ['resolveTargetDef', 'serviceHost', 'stepsAt'],
  'utils/mutation-filter': ['lensOf', 'stepsWatched', 'stepWatched'],
  'utils/watch': ['earliest', 'watchPage'],
};
const SHARED_REGISTRY = 'globalThis[Symbol.for("compagnon-ent:entry")]';
const sourceOf = (srcDir: string, m: string) => path.join(srcDir, `${m}.ts`);

/** The entry's side: its module registers the shared functions as it is evaluated. */
function registerShared(srcDir: string, entryFile: string): Plugin {
  return {
    name: 'compagnon:content-entry-shared',
    transform(code, id) {
      if (id.split('?')[0] !== entryFile) return null;
      const mods = Object.entries(SHARED_WITH_UI);
      const imports = mods.map(([m, names], i) => `import { ${names.map((n) => `${n} as __s${i}_${n}`).join(', ')} } from ${JSON.stringify(sourceOf(srcDir, m))};`);
      // Arrays in SHARED_WITH_UI's order, not objects by name: the names would be bytes of every ENT page's entry.
      const registry = mods.map(([, names], i) => `[${names.map((n) => `__s${i}_${n}`).join(', ')}]`);
      return { code: [code, ...imports, `${SHARED_REGISTRY} = [${registry.join(', ')}];`].join('\n'), map: null };
    },
  };
}

/** The UI module's side: each shared module is a stand-in that takes the entry's functions from the registry. */
export function sharedFromEntry(srcDir: string): Plugin {
  const files = new Map(Object.keys(SHARED_WITH_UI).map((m) => [sourceOf(srcDir, m), m]));
  return {
    name: 'compagnon:content-ui-shared',
    enforce: 'pre',
    load(id) {
      const m = files.get(id.split('?')[0]);
      if (!m) return null;
      const at = Object.keys(SHARED_WITH_UI).indexOf(m);
      return [
        `const m = ${SHARED_REGISTRY}?.[${at}];`,
        `if (!m) throw new Error(${JSON.stringify(`compagnon-ent: the entry did not share ${m}`)});`,
        ...SHARED_WITH_UI[m].map((n, i) => `export const ${n} = m[${i}];`),
      ].join('\n');
    },
  };
}


export const ENTRY_GROUPS: readonly EntryGroup[] = entryGroups(PORTALS);

/** Where a group's first-card texts are in the built extension (modules/content-ui.ts `portalTexts`). */
export const firstTextsFile = (group: string) => `content-scripts/first-texts-${group.replace(/^content-/, '')}.js`;

/** The name of a group's entry module (built as `content-scripts/<name>.js`). */
export const entryModuleName = (group: string) => group.replace(/^content-/, 'entry-');
/** Where each group's entry module is in the built extension: web-accessible, like the UI module. */
export const ENTRY_MODULE_FILES: readonly string[] = ENTRY_GROUPS.map((g) => `content-scripts/${entryModuleName(g.name)}.js`);

/** Is this the name of one of the manifest's content scripts (a group's stub)? */
export const isContentEntry = (name: string) => ENTRY_GROUPS.some((g) => g.name === name);

/** `portalsModule`, the entry's own registry module (entrypoints/content/portals.ts), is replaced in each group's
 * build by the group's portals. */
function groupPortals(group: EntryGroup, portalsDir: string, portalsModule: string): Plugin {
  return {
    name: 'compagnon:content-entry-portals',
    enforce: 'pre',
    load(id) {
      if (id.split('?')[0] !== portalsModule) return null;
      // Each portal's data file default-exports it (tests/unit/portals.test.ts checks the convention).
      return [
        ...group.portals.map((id, i) => `import p${i} from ${JSON.stringify(path.join(portalsDir, `${id}.ts`))};`),
        `export const PORTALS = [${group.portals.map((_, i) => `p${i}`).join(', ')}];`,
        `export const ENT_MATCHES = ${JSON.stringify(group.matches)};`,
        `export const FIRST_TEXTS = ${JSON.stringify(`/${firstTextsFile(group.name)}`)};`,
      ].join('\n');
    },
  };
}

/**
 * The portal data's `sources` (where each step, state and variant comes from: docs/sources.md) are read by the
 * demo and the tests, never on a page: left out of the entries, whose bytes every ENT page loads. Only arrays
 * of plain string literals and constants named in capitals go (the data's forms); anything else stays.
 */
export const SOURCES_LITERAL = /\bsources:\s*(?:\[\s*(?:(['"`])(?:(?!\1)[^\\\n]|\\.)*\1\s*,?\s*)*\]|[A-Z][A-Z0-9_]*\b)\s*,?/g;
function dropSources(portalsDir: string): Plugin {
  return {
    name: 'compagnon:content-entry-sources',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0];
      if (path.dirname(file) !== portalsDir || !file.endsWith('.ts')) return null;
      return { code: code.replace(SOURCES_LITERAL, ''), map: null };
    },
  };
}

/** WXT's wrappers of a script log a crash in development only (a no-op logger in a build) and start its
 * plugins (none here): the stub's (WXT's main-world wrapper, modules/content-ui.ts) and the entry's (an
 * unlisted script) only call `main`. The stub is compiled before every ENT page is parsed, and the entry's
 * bytes count in its budget. */
function bareWrapper(): Plugin {
  const wrappers = ['\0virtual:wxt-unlisted-script-entrypoint?', '\0virtual:wxt-content-script-main-world-entrypoint?'];
  return {
    name: 'compagnon:content-entry-bare',
    enforce: 'pre',
    load(id) {
      const w = wrappers.find((x) => id.startsWith(x));
      // Exported as WXT's are: the build names the result and ends with that name (a script's value).
      return w ? `import definition from ${JSON.stringify(id.slice(w.length))};\nexport default definition.main();\n` : null;
    },
  };
}

export default defineWxtModule({
  name: 'content-entries',
  setup(wxt) {
    const portalsDir = path.resolve(wxt.config.srcDir, 'utils/portals');
    const stubFile = path.resolve(wxt.config.entrypointsDir, 'content/stub.ts');
    wxt.hooks.hook('entrypoints:resolved', (_wxt, entrypoints) => {
      const i = entrypoints.findIndex((e) => e.type === 'content-script' && e.name === 'content');
      if (i < 0) throw new Error('content-entries: no content script entry named "content"');
      const entry = entrypoints[i];
      if (entry.type !== 'content-script') return;
      entrypoints.splice(
        i,
        1,
        // The manifest's content scripts: the stub, on the group's hosts, at the entry's run_at.
        ...ENTRY_GROUPS.map((g) => ({ ...entry, name: g.name, inputPath: stubFile, options: { ...entry.options, matches: g.matches } })),
        // The entries, as scripts the manifest does not list (web-accessible: wxt.config.ts).
        ...ENTRY_GROUPS.map((g) => ({
          type: 'unlisted-script' as const,
          name: entryModuleName(g.name),
          inputPath: entry.inputPath,
          outputDir: path.resolve(wxt.config.outDir, 'content-scripts'),
          options: {},
          skipped: entry.skipped,
        })),
      );
    });
    wxt.hooks.hook('vite:build:extendConfig', (entrypoints, config) => {
      const name = entrypoints.length === 1 ? entrypoints[0].name : undefined;
      const stubOf = ENTRY_GROUPS.find((g) => g.name === name);
      if (stubOf) {
        config.define = { ...config.define, __CE_ENTRY_MODULE__: JSON.stringify(`/content-scripts/${entryModuleName(stubOf.name)}.js`) };
        config.plugins = [...(config.plugins ?? []), bareWrapper()];
        return;
      }
      const group = ENTRY_GROUPS.find((g) => entryModuleName(g.name) === name);
      if (!group) return;
      const entryFile = path.resolve(wxt.config.entrypointsDir, 'content/index.tsx');
      const portalsModule = path.resolve(wxt.config.entrypointsDir, 'content/portals.ts');
      config.plugins = [
        ...(config.plugins ?? []),
        groupPortals(group, portalsDir, portalsModule),
        registerShared(wxt.config.srcDir, entryFile),
        dropSources(portalsDir),
        bareWrapper(),
      ];
      hintEntryChunk(config);
      // Portal data only extension pages and the background read (the journeys) is left out of the entries
      // (utils/portals/content-build.ts).
      config.define = { ...config.define, __CE_CONTENT_ENTRY__: 'true' };
    });
  },
});
