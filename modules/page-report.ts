/**
 * Build-time module: the page report (utils/report/page-report.ts and its word list) as one ES module,
 * `content-scripts/page-report.js`, loaded only when a report is asked for — by the content script's entry for
 * the popup, or by the help card — so neither the entry, the overlay UI nor the popup carries the word list.
 * Built as modules/content-ui.ts builds the overlay UI: an unlisted script turned into a self-contained module.
 * Listed in `web_accessible_resources` for the ENT hosts only (wxt.config.ts).
 */
import path from 'node:path';
import type { Plugin } from 'vite';
import { defineWxtModule } from 'wxt/modules';
import { REPORT_FILE } from '../utils/report/load';

const NAME = 'page-report';

export default defineWxtModule({
  name: NAME,
  setup(wxt) {
    const input = path.resolve(wxt.config.srcDir, 'utils/report/page-report.ts');
    wxt.hooks.hook('entrypoints:resolved', (_wxt, entrypoints) => {
      entrypoints.push({
        type: 'unlisted-script',
        name: NAME,
        inputPath: input,
        outputDir: path.resolve(wxt.config.outDir, 'content-scripts'),
        options: {},
        skipped: false,
      });
    });
    wxt.hooks.hook('vite:build:extendConfig', (entrypoints, config) => {
      if (entrypoints.length !== 1 || entrypoints[0].name !== NAME) return;
      const lib = config.build?.lib;
      if (!lib) throw new Error('page-report: expected a library build');
      // The module itself (its exports), not WXT's unlisted-script wrapper.
      lib.entry = input;
      lib.formats = ['es'];
      config.plugins = (config.plugins ?? []).flat().filter((p) => !(p && 'name' in p && (p as Plugin).name === 'wxt:iife-footer'));
      config.build!.rollupOptions ??= {};
      const out = config.build!.rollupOptions.output;
      const o = (Array.isArray(out) ? out[0] : out) ?? {};
      o.entryFileNames = REPORT_FILE;
      config.build!.rollupOptions.output = o;
      (config.build!.rollupOptions as { codeSplitting?: boolean }).codeSplitting = false;
      if (wxt.config.command === 'build') o.minify = true;
    });
  },
});
