/**
 * The privacy policy (PRIVACY.md and the extension's privacy page) must list everything the extension keeps:
 * every storage key the code uses is in PRIVACY.md's table, and the page has each section in every language.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../..');
const read = (f: string) => fs.readFileSync(path.join(root, f), 'utf8');
const sources = ['entrypoints', 'components', 'utils']
  .flatMap((d) => (fs.readdirSync(path.join(root, d), { recursive: true }) as string[]).map((f) => path.join(d, f)))
  .filter((f) => /\.(ts|tsx)$/.test(f));

describe('PRIVACY.md lists what the code stores', () => {
  const policy = read('PRIVACY.md');
  const table = new Set([...policy.matchAll(/^\| `([a-z]+:[a-z0-9<>:-]+)` \|/gm)].map((m) => m[1]));

  it('every storage item key of the code is in the table', () => {
    const keys = new Set<string>();
    for (const f of sources) {
      const text = read(f);
      for (const m of text.matchAll(/['"`]((?:local|session|sync):[a-z0-9-]+)['"`]/g)) keys.add(m[1]);
      // The background's per-tab journey state, in session storage (local where there is none).
      if (/storage\.session[\s\S]{0,200}`journey:\$\{/.test(text) || /`journey:\$\{tabId\}`/.test(text)) keys.add('session:journey:<tab>');
    }
    expect(keys.size).toBeGreaterThanOrEqual(5);
    expect([...keys].filter((k) => !table.has(k)).sort()).toEqual([]);
  });

  it('says nothing is sent and no analytics, as the no-network tests prove', () => {
    expect(policy).toMatch(/sends nothing to anyone/);
    expect(policy).toMatch(/no analytics/);
    expect(fs.existsSync(path.join(root, 'tests/e2e/no-network.spec.ts'))).toBe(true);
  });

  it('no sync storage: nothing leaves the device through the browser account either', () => {
    const sync = sources.filter((f) => /storage\.sync|['"`]sync:/.test(read(f)));
    expect(sync).toEqual([]);
  });
});

describe('privacy page texts', () => {
  const sections = ['kept', 'never', 'sent', 'access'];
  for (const lang of ['fr', 'en', 'ar']) {
    it(`${lang}: title, intro, link and every section`, () => {
      const p = parse(read(`locales/${lang}.yml`)).privacy;
      for (const k of ['page_title', 'link', 'title', 'intro', 'school', 'school_title', 'erase', 'erase_title']) expect(p[k], k).toBeTruthy();
      for (const s of sections) {
        expect(p[`${s}_title`], s).toBeTruthy();
        expect(Object.keys(p[s]).length, s).toBeGreaterThanOrEqual(3);
      }
    });
  }
});
