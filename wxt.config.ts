import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { TEST_PUBLIC_KEY } from './deploy/test-key';
import { CONTENT_UI_FILE } from './modules/content-ui';
import { ENTRY_MODULE_FILES } from './modules/content-entries';
import { REPORT_FILE } from './utils/report/load';
import { ENT_MATCHES } from './utils/portals';

export const GECKO_ID = 'compagnon-ent@compagnon-ent.fr';

// https://wxt.dev/api/config.html
export default defineConfig({
  // CE_OUT_DIR lets several checkouts/worktrees build side by side.
  outDir: process.env.CE_OUT_DIR ?? '.output',
  // `browser` (auto-imported / from 'wxt/browser') is webextension-polyfill's promise API.
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({
    plugins: [preact()],
  }),
  // Release packages (scripts/release.mjs). The sources zip is what AMO asks for to rebuild the Firefox build:
  // WXT already leaves out node_modules, dotfiles, test files and the output folder; the rest of what the
  // .gitignore lists (generated results, screenshots, release files) is left out here. BUILD.md is added by the
  // release script. Built both for Chrome and Firefox so that one sources zip serves both stores.
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: [
      'test-results/**',
      'playwright-report/**',
      'guide/**',
      'release/**',
      'store/screenshots/**',
      '**/*.log',
    ],
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'fr',
    permissions: ['storage', 'activeTab'],
    host_permissions: ENT_MATCHES,
    // Each group's entry module, which its content script imports at once (modules/content-entries.ts), and the
    // lazily loaded overlay UI of the content script (modules/content-ui.ts): reachable by ENT pages only,
    // under Chrome's per-session dynamic URL; Firefox MV2 serves it under the random per-install UUID.
    // The page report's module (modules/page-report.ts) likewise, loaded only when a report is asked for.
    web_accessible_resources:
      manifestVersion === 2
        ? [...ENTRY_MODULE_FILES, CONTENT_UI_FILE, REPORT_FILE]
        : [{ resources: [...ENTRY_MODULE_FILES, CONTENT_UI_FILE, REPORT_FILE], matches: ENT_MATCHES, use_dynamic_url: true }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android runs extensions (Chrome for Android does not): same build, phone layout.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
    // School pre-configuration (issue 6): Chrome reads the policy's shape from this schema; Firefox takes
    // the same keys from policies.json (README) and has no manifest key for it.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    // A test build with a fixed extension id for the school policy examples (deploy/test-key.ts,
    // docs/deploiement.md): CE_TEST_KEY=1. Never in a release: the stores refuse or replace `key`.
    ...(process.env.CE_TEST_KEY === '1' && browser !== 'firefox' ? { key: TEST_PUBLIC_KEY } : {}),
  }),
});
