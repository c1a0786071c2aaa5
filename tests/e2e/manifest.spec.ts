/**
 * Permissions audit of the BUILT manifests. The allowed set is declared once, here: adding a permission
 * fails this test until the set is changed on purpose.
 */
import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { ENT_MATCHES, PORTALS } from '../../utils/portals';
import { entryGroups } from '../../utils/portals/entries';
import { COMPILE_HINT } from '../../modules/shared/compile-hint';

const ENTRY_GROUPS = entryGroups(PORTALS);
// Each group's entry module, as the build names it (spelled here, not taken from the build's own helper).
const entryFile = (g: { name: string }) => `${g.name.replace(/^content-/, 'entry-')}.js`;

// Exactly these API permissions: `storage` (preferences) and `activeTab` (the popup reads the address of the tab
// it is opened on, for « Où en suis-je ? » and the official-site check). No `tabs`, no `scripting`, no history.
const ALLOWED_PERMISSIONS = ['storage', 'activeTab'];
const REQUIRED_PERMISSIONS = ['storage', 'activeTab'];

for (const target of ['chrome-mv3', 'firefox-mv2']) {
  test(`manifest audit: ${target}`, () => {
    const file = path.resolve(import.meta.dirname, '../../.output', target, 'manifest.json');
    const m = JSON.parse(fs.readFileSync(file, 'utf8'));
    const perms: string[] = m.permissions ?? [];
    const hostPerms: string[] = m.manifest_version === 3 ? (m.host_permissions ?? []) : perms.filter((p) => p.includes('://'));
    const apiPerms = perms.filter((p) => !p.includes('://'));
    for (const p of apiPerms) expect(ALLOWED_PERMISSIONS, `unexpected permission ${p}`).toContain(p);
    for (const p of REQUIRED_PERMISSIONS) expect(apiPerms).toContain(p);
    expect([...apiPerms].sort()).toEqual([...ALLOWED_PERMISSIONS].sort());
    expect([...hostPerms].sort()).toEqual([...ENT_MATCHES].sort());
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.externally_connectable).toBeUndefined();
    const all = JSON.stringify(m);
    expect(all).not.toContain('<all_urls>');
    expect(all).not.toMatch(/"\*:\/\/\*\/\*"|"https:\/\/\*\/\*"/);
    // One content script per group of portals sharing a host (modules/content-entries.ts), each on its
    // group's hosts only; together, every ENT host once.
    expect((m.content_scripts ?? []).map((cs: { js: string[]; matches: string[] }) => ({ js: cs.js, matches: [...cs.matches].sort() }))).toEqual(
      ENTRY_GROUPS.map((g) => ({ js: [`content-scripts/${g.name}.js`], matches: [...g.matches].sort() })),
    );
    // Web-accessible resources: only the content script's modules — each group's entry, which its content script
    // imports at once (the manifest lists a stub: modules/content-entries.ts), the overlay's first card, its
    // one later chunk (docs/decisions/first-card.md) and the page report's module, loaded only when a report is
    // asked for (their CSS is bundled in them); on MV3 reachable from ENT pages only and behind a per-session
    // dynamic URL.
    // And each group's first-card texts, fetched beside the first card (modules/content-ui.ts `portalTexts`).
    const LAZY = [
      ...ENTRY_GROUPS.map((g) => `content-scripts/${entryFile(g)}`),
      'content-scripts/content-ui.js',
      'content-scripts/content-ui-later.js',
      'content-scripts/page-report.js',
      ...ENTRY_GROUPS.map((g) => `content-scripts/first-texts-${g.name.replace(/^content-/, '')}.js`),
    ];
    const war: string[] = [];
    for (const w of m.web_accessible_resources ?? []) {
      const resources = typeof w === 'string' ? [w] : w.resources;
      for (const r of resources) expect(LAZY).toContain(r);
      war.push(...resources);
      if (m.manifest_version === 3) {
        expect(w.use_dynamic_url).toBe(true);
        expect([...w.matches].sort()).toEqual([...ENT_MATCHES].sort());
      }
    }
    expect([...war].sort()).toEqual([...LAZY].sort());
    expect(m.content_security_policy ?? null).toBeNull(); // the browsers' strict defaults: no eval, no remote code
  });

  // The stubs and the entries are wrapped to call `main()` and nothing else (modules/content-entries.ts): each
  // runs to its end where there is no extension API (main returns at once), and the name the build ends it
  // with, as a script's value, is declared. A stray error here would be listed against the extension on every
  // ENT page.
  test(`content scripts and entries run to their end, with no wrapper but main(): ${target}`, () => {
    const dir = path.resolve(import.meta.dirname, '../../.output', target, 'content-scripts');
    for (const g of ENTRY_GROUPS) {
      for (const file of [`${g.name}.js`, entryFile(g)]) {
        const code = fs.readFileSync(path.join(dir, file), 'utf8');
        expect(code, file).not.toContain('crashed on startup');
        expect(() => vm.runInNewContext(code, {}), file).not.toThrow();
      }
    }
  });

  // Where the data comes from is for the demo and the tests (docs/sources.md); every ENT page loads the entries.
  test(`the entries carry the portals' data without its sources: ${target}`, () => {
    const dir = path.resolve(import.meta.dirname, '../../.output', target, 'content-scripts');
    for (const g of ENTRY_GROUPS) {
      const code = fs.readFileSync(path.join(dir, entryFile(g)), 'utf8');
      expect(code, entryFile(g)).not.toMatch(/sources:\[/);
      expect(code, entryFile(g)).not.toMatch(/`(seed-\d{3}|research-\d)[^`]*`/);
      // …and the data itself: each portal of the group, its steps' recognition.
      for (const id of g.portals) expect(code, `${entryFile(g)} ${id}`).toContain(PORTALS.find((p) => p.id === id)!.officialUrl);
      expect(code).toMatch(/confirm:\[/);
    }
  });

  // V8's compile hint (modules/shared/compile-hint.ts) opens the scripts that run at once on a step, the
  // entries and the first card, and only those: a chunk loaded after the first paint keeps lazy compiling, and
  // the stub is compiled before every ENT page is parsed.
  test(`the entries and the first card start with V8's compile hint, and only they: ${target}`, () => {
    const dir = path.resolve(import.meta.dirname, '../../.output', target, 'content-scripts');
    const hinted = fs.readdirSync(dir).filter((f) => f.endsWith('.js') && fs.readFileSync(path.join(dir, f), 'utf8').startsWith(`${COMPILE_HINT}\n`));
    expect(hinted.sort()).toEqual([...ENTRY_GROUPS.map(entryFile), 'content-ui.js'].sort());
  });
}
