/**
 * The store listing (store/*.md, issue 21): the three languages have the same sections, the short description
 * fits the Chrome Web Store's 132 characters, every host permission of the manifest is justified in each
 * language, and each permission the manifest asks for has its justification.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ENT_MATCHES } from '@/utils/portals';

const dir = path.resolve(import.meta.dirname, '../../store');
/** `## heading` → its text (until the next `## `), `### sub` headings kept inside. */
function sections(md: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of md.split(/^## /m).slice(1)) {
    const nl = part.indexOf('\n');
    out.set(part.slice(0, nl).trim(), part.slice(nl + 1).trim());
  }
  return out;
}
const listing = Object.fromEntries(['fr', 'en', 'ar'].map((l) => [l, fs.readFileSync(path.join(dir, `${l}.md`), 'utf8')]));

describe('store listing', () => {
  const config = fs.readFileSync(path.resolve(dir, '../wxt.config.ts'), 'utf8');

  for (const [lang, md] of Object.entries(listing)) {
    it(`${lang}: six sections, the name, a short description of at most 132 characters`, () => {
      const s = [...sections(md).values()];
      expect(s).toHaveLength(6);
      expect(s[0]).toBe('Compagnon ENT');
      expect(s[1].length).toBeGreaterThan(40);
      expect([...s[1]].length).toBeLessThanOrEqual(132);
      expect(s[2].length).toBeGreaterThan(800);
    });

    it(`${lang}: each host of the manifest, storage and activeTab are justified`, () => {
      const hosts = ENT_MATCHES.map((m) => new URL(m.replace('*.', 'wildcard.')).host.replace('wildcard.', '*.'));
      const missing = hosts.filter((h) => !md.includes(`\`${h}\``));
      expect(missing).toEqual([]);
      expect(md).toMatch(/^### storage$/m);
      expect(md).toMatch(/^### activeTab$/m);
    });
  }

  it('the manifest description (ext.description) fits Chrome\'s 132 characters in every locale', () => {
    for (const lang of ['fr', 'en', 'ar']) {
      const d = parse(fs.readFileSync(path.resolve(dir, `../locales/${lang}.yml`), 'utf8')).ext.description as string;
      expect([...d].length, lang).toBeLessThanOrEqual(132);
    }
  });

  it('the manifest asks for storage and activeTab only (the listing justifies no other)', () => {
    expect(config).toMatch(/permissions: \['storage', 'activeTab'\]/);
  });
});
