/**
 * The content script is built once per group of portals sharing a host (utils/portals/entries.ts,
 * modules/content-entries.ts): every ENT host is served by exactly one group, and on every fixture page a
 * group's portals recognise what all the portals do.
 */
import { describe, expect, it } from 'vitest';
import { ENT_MATCHES, PORTALS } from '@/utils/portals';
import { entryGroups } from '@/utils/portals/entries';
import { recognize } from '@/utils/recognize';
import { loadFixtures } from '../support/fixtures.mjs';

const GROUPS = entryGroups(PORTALS);
const docOf = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** A manifest match pattern of ours (`https://host/*` or `https://*.domain/*`) against an address. */
function matches(pattern: string, url: string): boolean {
  const m = /^https:\/\/(\*\.)?([^/]+)\/\*$/.exec(pattern);
  if (!m) throw new Error(`unexpected pattern ${pattern}`);
  const u = new URL(url);
  if (u.protocol !== 'https:') return false;
  return m[1] ? u.hostname === m[2] || u.hostname.endsWith(`.${m[2]}`) : u.hostname === m[2];
}
const groupsAt = (url: string) => GROUPS.filter((g) => g.matches.some((p) => matches(p, url)));

describe('the content script’s groups', () => {
  it('cover every portal once, and together match exactly the ENT hosts', () => {
    expect(GROUPS.flatMap((g) => g.portals).sort()).toEqual(PORTALS.map((p) => p.id).sort());
    expect([...new Set(GROUPS.flatMap((g) => g.matches))].sort()).toEqual([...ENT_MATCHES].sort());
  });

  it('keep the portals that share RECIA’s CAS together, and the others apart', () => {
    expect(GROUPS.map((g) => [g.name, g.portals])).toEqual([
      ['content-netocentre', ['touraine-eschool', 'netocentre']],
      ['content-mon-ent-occitanie', ['mon-ent-occitanie']],
      ['content-educonnect', ['educonnect']],
    ]);
  });

  it('groups portals whose hosts overlap, by an exact host or a domain under another', () => {
    const a = { id: 'a' as never, hosts: { x: { exact: ['ent.a.fr'] } } };
    const b = { id: 'b' as never, hosts: { y: { suffix: ['a.fr'] } } };
    const c = { id: 'c' as never, hosts: { z: { suffix: ['c.fr'] } } };
    const d = { id: 'd' as never, hosts: { w: { suffix: ['lycees.c.fr'] } } };
    expect(entryGroups([a, b, c, d]).map((g) => g.portals)).toEqual([['a', 'b'], ['c', 'd']]);
  });

  const fixtures = loadFixtures().filter((f) => /^https:/.test(f.url));
  it.each(fixtures.map((f) => [f.name, f] as const))('one group serves the page and recognises it as all portals do: %s', (_, f) => {
    const at = groupsAt(f.url);
    const ent = ENT_MATCHES.some((p) => matches(p, f.url));
    expect(at.length, f.url).toBe(ent ? 1 : 0);
    if (!ent) return;
    const mine = PORTALS.filter((p) => at[0].portals.includes(p.id));
    const strip = (r: ReturnType<typeof recognize>) => r && { ...r, stepDef: r.stepDef.id, portalDef: r.portalDef.id, target: r.target?.outerHTML ?? null };
    for (const opts of [{}, { situation: 'first-ent' as const }, { situation: 'everyday-educonnect' as const }]) {
      expect(strip(recognize(f.url, docOf(f.html), mine, opts))).toEqual(strip(recognize(f.url, docOf(f.html), PORTALS, opts)));
    }
  });
});
