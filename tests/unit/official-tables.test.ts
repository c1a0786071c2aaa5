/**
 * The official-site check's reduced tables (utils/official/tables.generated.ts, scripts/official-tables.mjs):
 * the committed module is what the generator writes for today's portal data, and the check gives the same
 * verdict with them as with the full `tldts` and `confusables` data, on official hosts, typos, look-alike
 * characters and names under thousands of public suffixes.
 */
import fs from 'node:fs';
import { domainToASCII } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { generate, OUT, suffixRules } from '../../scripts/official-tables.mjs';
import { parseHost } from '@/utils/official/psl';
import { PORTALS } from '@/utils/portals';

const officialHosts = PORTALS.flatMap((p) => Object.values(p.hosts).flatMap((g) => [...(g.exact ?? []), ...(g.suffix ?? [])]));

type Check = typeof import('@/utils/official/check');

/** The check as it ships, and the same code over the packages' full data. */
async function checks(): Promise<{ ours: Check; full: Check }> {
  vi.resetModules();
  const ours = await import('@/utils/official/check');
  vi.resetModules();
  vi.doMock('@/utils/official/psl', async () => {
    const { parse } = await import('tldts');
    return { parseHost: (h: string) => parse(h) };
  });
  vi.doMock('@/utils/official/confusables', async () => ({ removeConfusables: (await import('confusables')).default }));
  const full = await import('@/utils/official/check');
  vi.doUnmock('@/utils/official/psl');
  vi.doUnmock('@/utils/official/confusables');
  return { ours, full };
}

describe('reduced tables of the official-site check', () => {
  it('the committed module is what scripts/official-tables.mjs writes', async () => {
    expect(fs.readFileSync(OUT, 'utf8')).toBe(await generate(officialHosts));
  });

  it('official hosts: the same public suffix and name as tldts', async () => {
    const { parse } = await import('tldts');
    for (const h of officialHosts) {
      const a = parseHost(h);
      const b = parse(h);
      expect({ ps: a.publicSuffix, d: a.domainWithoutSuffix, ip: a.isIp }, h).toEqual({ ps: b.publicSuffix, d: b.domainWithoutSuffix, ip: b.isIp });
    }
  });

  it('the same verdict as with the full data', async () => {
    const { ours, full } = await checks();
    const { rules } = await suffixRules();
    const suffixes = rules.filter(([, f]) => f & 1).map(([r]) => r.replace(/^\*\./, 'x.'));
    const { characters } = await import('confusables/dist/characters.js' as string);
    const looks = [...(characters as Map<string, string>).entries()].flatMap(([base, alts]) => [...alts].map((c) => [c, base]));
    const names = [...new Set(officialHosts.flatMap((h) => h.split('.')).filter((l) => l.length >= 4))];
    const hosts = new Set<string>([...officialHosts, 'lycees.netocentre.fr.evil.com', 'netocentre.fr.co', '127.0.0.1', '[::1]', 'localhost']);
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (const [i, suffix] of suffixes.entries()) {
      if (i % 2) continue;
      const n = names[rnd(names.length)];
      const at = rnd(n.length);
      hosts.add(`${n}.${suffix}`);
      hosts.add(`www.${n.slice(0, at)}${n.slice(at + 1)}.${suffix}`); // a letter left out
      hosts.add(`${n.slice(0, at)}${looks[rnd(looks.length)][0]}${n.slice(at + 1)}.${suffix}`); // a look-alike
      hosts.add(`${suffix.split('.')[0]}x.${suffix}`);
    }
    for (const h of officialHosts) {
      for (let k = 0; k < 30; k++) {
        const at = rnd(h.length);
        const [c] = looks[rnd(looks.length)];
        hosts.add(`${h.slice(0, at)}${c}${h.slice(at + 1)}`);
      }
    }
    let compared = 0;
    for (const h of hosts) {
      const ascii = domainToASCII(h) || h;
      expect(ours.checkHost(ascii), h).toEqual(full.checkHost(ascii));
      compared++;
    }
    expect(compared).toBeGreaterThan(5000);
  }, 120_000);
});
